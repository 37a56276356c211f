/**
 * RDS Extended Support: a major engine version past its end of standard support bills per vCPU-hour
 * of each provisioned instance (a Multi-AZ standby too), per ACU-hour on Aurora Serverless v2.
 * The dates are facts from the AWS docs (rds-extended-support-dates.json, each with its page); the
 * rates are the price data's: "<engine> Year 1 Year 2 <major>" / "<engine> Year 3 <major>" per vCPU-hour,
 * and "Any Year … <major>" — engine "Any", only for versions that run on Serverless v2 (8.0, 13–15),
 * at 85% of the provisioned rate — which we read as AWS's per-ACU-hour Serverless v2 rate.
 * The band (years 1–2 or 3) is the one in force on the estimate's date: today.
 */
import { Decimal } from '../../money.js';
import type { PricerContext } from '../pricer.js';
import { HOURS_PER_MONTH, fmt } from '../../quantities.js';
import type { RdsEngine } from './rds-engine.js';
import { vcpusOf } from './instance-vcpus.js';
import dates from './rds-extended-support-dates.json' with { type: 'json' };

interface SupportDates {
  engine: string;
  major: string;
  endOfStandardSupport: string;
  yearOneFrom: string;
  yearThreeFrom: string | null;
  endOfExtendedSupport: string;
  url: string;
}

const VERSIONS: readonly SupportDates[] = dates.versions;

/** Major version of an EngineVersion: MySQL "8.0.35" → "8.0", Aurora MySQL "5.7.mysql_aurora.2.11.2" → "5.7",
 * PostgreSQL "11.22" → "11" (before 10, "9.6.x" → "9.6"). */
export function majorVersion(engine: RdsEngine, version: string): string | undefined {
  const parts = /^(\d+)(?:\.(\d+))?/.exec(version.trim());
  if (!parts) return undefined;
  const [, first, second] = parts;
  if (engine.name.includes('PostgreSQL') && Number(first) >= 10) return first;
  return second === undefined ? first : `${first}.${second}`;
}

export type ExtendedSupportPhase =
  | { kind: 'standard' }
  | { kind: 'billed'; band: 'Year 1 Year 2' | 'Year 3'; dates: SupportDates }
  | { kind: 'not-billed'; why: string; dates: SupportDates };

/** Where a major version stands on a day (ISO date compare: the data's dates are whole days). */
export function extendedSupportPhase(engineName: string, major: string, asOf: Date): ExtendedSupportPhase {
  const entry = VERSIONS.find((v) => v.engine === engineName && v.major === major);
  const day = asOf.toISOString().slice(0, 10);
  if (!entry || day <= entry.endOfStandardSupport) return { kind: 'standard' };
  if (day > entry.endOfExtendedSupport) {
    return {
      kind: 'not-billed',
      dates: entry,
      why:
        `RDS Extended Support for ${engineName} ${major} ended on ${entry.endOfExtendedSupport}` +
        ' (AWS upgrades such databases to a supported major version)',
    };
  }
  if (day < entry.yearOneFrom) {
    return {
      kind: 'not-billed',
      dates: entry,
      why:
        `${engineName} ${major} left standard support on ${entry.endOfStandardSupport};` +
        ` AWS bills Extended Support from ${entry.yearOneFrom}`,
    };
  }
  const yearThree = entry.yearThreeFrom !== null && day >= entry.yearThreeFrom;
  return { kind: 'billed', band: yearThree ? 'Year 3' : 'Year 1 Year 2', dates: entry };
}

/** The price data's rate name ("MySQL Year 3 5 7"): the major version's dots become spaces. */
export function extendedSupportKey(engineName: string, band: 'Year 1 Year 2' | 'Year 3', major: string) {
  return `${engineName} ${band} ${major.replace(/\./g, ' ')}` as const;
}

export interface ExtendedSupportTarget {
  engine: RdsEngine | undefined;
  /** EngineVersion from the instance, else its cluster or source. */
  version: string | undefined;
  dbClass: string | undefined;
  /** A stand-alone Multi-AZ instance: its standby is billed too. */
  multiAz: boolean;
  /**
   * Instances billed, standbys included, when not 1 or 2 (a Multi-AZ DB cluster: writer + 2 readable
   * standbys — AWS: "RDS Extended Support charges apply to standby instances in Multi-AZ deployments").
   */
  instances?: number;
  /** For db.serverless: the ACU-hours the capacity line bills, and how they were found. */
  acuHours?: { quantity: Decimal | undefined; formula?: string };
}

export function addExtendedSupport(ctx: PricerContext, t: ExtendedSupportTarget, asOf: Date = new Date()): void {
  const { engine, version } = t;
  if (!engine || !['MySQL', 'PostgreSQL', 'Aurora MySQL', 'Aurora PostgreSQL'].includes(engine.name)) return;
  if (version === undefined) {
    ctx.note('EngineVersion not set: AWS creates the default (current) version, in standard support, so no Extended Support charge');
    return;
  }
  const major = majorVersion(engine, version);
  if (!major) return;
  const day = asOf.toISOString().slice(0, 10);
  const phase = extendedSupportPhase(engine.name, major, asOf);
  if (phase.kind === 'standard') return;
  if (phase.kind === 'not-billed') {
    ctx.note(`${phase.why} (as of ${day}; ${phase.dates.url})`);
    return;
  }
  const when =
    `${engine.name} ${major} past standard support since ${phase.dates.endOfStandardSupport},` +
    ` ${phase.band === 'Year 3' ? 'year 3' : 'years 1–2'} rate as of ${day} (${phase.dates.url})`;
  if (t.dbClass === 'db.serverless') {
    ctx.note(`Extended Support: ${when}`);
    ctx.add({
      name: `Extended Support (${engine.name} ${major}, Serverless v2)`,
      unit: 'ACU-hours',
      quantity: t.acuHours?.quantity,
      price: { serviceCode: 'AmazonRDS', key: extendedSupportKey('Any', phase.band, major) },
      usageBased: true,
      usageKeys: ['averageACUs'],
      ...(t.acuHours?.formula ? { formula: t.acuHours.formula } : {}),
    });
    return;
  }
  const found = t.dbClass ? vcpusOf(t.dbClass) : undefined;
  if (!found) {
    ctx.note(`Extended Support not priced: ${when}, but the vCPUs of ${t.dbClass ?? 'the instance class'} are not known`);
    return;
  }
  if (found.note) ctx.note(found.note);
  ctx.note(`Extended Support: ${when}`);
  const copies = t.instances ?? (t.multiAz ? 2 : 1);
  const vcpuHours = new Decimal(found.vcpus * copies).times(HOURS_PER_MONTH);
  ctx.add({
    name: `Extended Support (${engine.name} ${major}, ${found.vcpus * copies} vCPUs)`,
    unit: 'vCPU-hours',
    quantity: vcpuHours,
    price: { serviceCode: 'AmazonRDS', key: extendedSupportKey(engine.name, phase.band, major) },
    usageBased: false,
    formula: `${found.vcpus} vCPUs (${t.dbClass})${copies > 1 ? ` × ${copies} (${copyWord(copies)})` : ''} × ${fmt(HOURS_PER_MONTH)} h`,
  });
}

function copyWord(copies: number): string {
  return copies === 2 ? 'Multi-AZ standby' : 'writer + readable standbys';
}
