/**
 * The whole scan as one call: decide scope and regions, scan each region (datasets once, metrics in
 * batches, pure rules), merge one finding per resource, price each with the estimate's pricers, and
 * sort by monthly waste.
 */
import { UserError } from '../../errors.js';
import { type Decimal, ZERO } from '../../money.js';
import { bundledSnapshotDir } from '../../package-root.js';
import type { PriceBook } from '../../pricing/price-book.js';
import { SnapshotPriceBook } from '../../pricing/snapshot/snapshot-price-book.js';
import { loadSource, type LoadOptions } from '../../source/load-source.js';
import { fatalAwsError } from '../../aws/sdk-errors.js';
import { ClientFactory, type AwsAccess } from '../aws/clients.js';
import { CommandLog } from '../aws/command-log.js';
import { metricWindow } from '../metrics/fetch-metrics.js';
import { ALL_RULES } from '../rules/index.js';
import type { Rule, ScanScope } from '../rules/rule.js';
import { resolveThresholds, type Thresholds } from '../thresholds.js';
import { SCAN_SCHEMA_VERSION, type CoverageGap, type Finding, type ScanReport, type SkippedRegion } from '../types.js';
import { mergeFindings, type MergedFinding } from './merge-findings.js';
import { FindingPricer } from './price-findings.js';
import { planRegions } from './regions.js';
import { RegionDisabledError, scanRegion } from './scan-region.js';
import type { PricerRegistry } from '../../resources/registry.js';

export interface ScanProgress {
  region: string;
  regionIndex: number;
  regionCount: number;
  step: string;
  done: number;
  total: number;
}

export interface ScanOptions extends Pick<LoadOptions, 'context' | 'parameters' | 'keepAssembly' | 'synthTimeoutMs' | 'onPhase'> {
  /** App directory, cdk.out or template: scan only this app's stacks. Default: the whole account. */
  source?: string;
  /** Region codes, or "all". Default: the app's regions, else the SDK's configured region. */
  regions?: string[];
  access?: AwsAccess;
  lookbackDays?: number;
  thresholds?: Thresholds;
  /** The scanner's clock (tests move it; everything time-based reads it). */
  now?: () => Date;
  priceBook?: PriceBook;
  snapshotDir?: string;
  rules?: Rule[];
  /** The pricers findings are priced with: the entry point builds them once (`scanPricers()` adds the scan-only ones). */
  pricers: PricerRegistry;
  /** Records every command sent; pass one in to inspect them afterwards. */
  log?: CommandLog;
  onProgress?: (progress: ScanProgress) => void;
}

export const DEFAULT_LOOKBACK_DAYS = 14;

export async function runScan(options: ScanOptions): Promise<ScanReport> {
  const now = options.now?.() ?? new Date();
  const lookbackDays = options.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
  const thresholds = options.thresholds ?? resolveThresholds();
  const rules = options.rules ?? ALL_RULES;
  const log = options.log ?? new CommandLog();
  const priceBook = options.priceBook ?? new SnapshotPriceBook(options.snapshotDir ?? bundledSnapshotDir());
  const notes: string[] = [];

  let scope: ScanScope = { kind: 'account', stacks: new Set() };
  let appRegions: string[] = [];
  if (options.source) {
    const architecture = await loadSource(options.source, {
      ...(options.regions?.length === 1 && options.regions[0] !== 'all' ? { region: options.regions[0] } : {}),
      ...(options.context ? { context: options.context } : {}),
      ...(options.parameters ? { parameters: options.parameters } : {}),
      ...(options.keepAssembly ? { keepAssembly: options.keepAssembly } : {}),
      ...(options.synthTimeoutMs ? { synthTimeoutMs: options.synthTimeoutMs } : {}),
      ...(options.onPhase ? { onPhase: options.onPhase } : {}),
    });
    const topLevel = architecture.stacks.filter((s) => !s.parent);
    scope = { kind: 'app', stacks: new Set(topLevel.map((s) => s.name)) };
    appRegions = [...new Set(topLevel.map((s) => s.region))].sort();
    notes.push(`scope: the ${topLevel.length} stack(s) of ${options.source} (${topLevel.map((s) => s.name).join(', ')})`);
  }

  const clients = new ClientFactory(options.access ?? {}, log);
  try {
    return await scanWith(clients);
  } catch (error) {
    // No credentials, an unknown profile, an endpoint that does not answer: the user's situation, said plainly.
    const endpoint = options.access?.clientConfig?.endpoint;
    throw (
      fatalAwsError(error, {
        what: 'scan',
        ...(options.access?.profile ? { profile: options.access.profile } : {}),
        ...(typeof endpoint === 'string' ? { endpoint } : {}),
      }) ?? error
    );
  } finally {
    clients.destroy();
  }

  async function scanWith(clients: ClientFactory): Promise<ScanReport> {
    const plan = await planRegions(clients, options.regions ?? [], appRegions, options.access?.profile);
    const gaps: CoverageGap[] = [...plan.gaps];
    const skippedRegions: SkippedRegion[] = [...plan.skipped];
    const window = metricWindow(now, lookbackDays);
    const raw: Parameters<typeof mergeFindings>[0] = [];
    let metricQueries = 0;
    const disabledByError: string[] = [];
    for (const [index, region] of plan.regions.entries()) {
      try {
        const result = await scanRegion({
          region,
          clients,
          rules,
          window,
          context: { now, lookbackDays, window, thresholds, scope },
          progress: (e) => options.onProgress?.({ ...e, regionIndex: index, regionCount: plan.regions.length }),
        });
        raw.push(...result.findings);
        gaps.push(...result.gaps);
        metricQueries += result.metricQueries;
      } catch (error) {
        if (!(error instanceof RegionDisabledError)) throw error;
        skippedRegions.push({ region, reason: `region not enabled for this account (${error.message})` });
        disabledByError.push(error.message);
      }
    }
    // A disabled region and rejected credentials answer alike; rejected everywhere means the credentials.
    if (plan.regions.length > 0 && disabledByError.length === plan.regions.length) {
      throw new UserError(
        `AWS rejected the credentials in every region scanned (${plan.regions.join(', ')}): ${disabledByError[0]}`,
        'Check AWS_PROFILE / --profile, your access keys or SSO session (`aws sts get-caller-identity`).',
      );
    }

    const merged = mergeFindings(raw, rules);
    const pricer = new FindingPricer(priceBook, options.pricers);
    await pricer.prepare(merged);
    const priced = merged.map((f) => ({ f, ...pricer.price(f) }));
    priced.sort(
      (a, b) =>
        compareWaste(a.monthly, b.monthly) || cmp(a.f.resource.region, b.f.resource.region) || cmp(a.f.resource.id, b.f.resource.id),
    );
    const findings = priced.map(({ f, cost }) => toFinding(f, cost));
    const total = priced.reduce((s, p) => s.plus(p.monthly ?? ZERO), ZERO);
    const info = priceBook.info();
    const calls = log.records;
    return {
      schemaVersion: SCAN_SCHEMA_VERSION,
      currency: 'USD',
      hoursPerMonth: 730,
      scannedAt: now.toISOString(),
      lookbackDays,
      window: { start: window.start.toISOString(), end: window.end.toISOString() },
      scope: { kind: scope.kind, source: options.source ?? null, stacks: [...scope.stacks].sort() },
      regions: plan.regions,
      prices: { kind: info.kind, location: info.location, pricesAsOf: info.pricesAsOf },
      totals: {
        monthlyWaste: total.toFixed(),
        findings: findings.length,
        priced: findings.filter((f) => f.cost.status !== 'not-priced').length,
        notPriced: findings.filter((f) => f.cost.status === 'not-priced').length,
        orphaned: findings.filter((f) => f.kind === 'orphaned').length,
        idle: findings.filter((f) => f.kind === 'idle').length,
      },
      findings,
      gaps,
      coverage: { rules: rules.length, notRun: [...new Set(gaps.flatMap((g) => g.rulesSkipped))].sort() },
      skippedRegions,
      thresholds,
      apiCalls: {
        total: calls.length,
        byService: log.byService(),
        cloudWatchGetMetricData: log.count((r) => r.command === 'GetMetricData'),
        metricQueries,
      },
      notes,
    };
  }
}

function toFinding(f: MergedFinding, cost: Finding['cost']): Finding {
  const first = f.rules[0]!;
  return {
    kind: first.kind,
    rules: f.rules.map((r) => r.id),
    message: first.message,
    resource: { id: f.resource.id, name: f.resource.name, type: f.resource.type, region: f.resource.region, tags: f.resource.tags },
    stack: f.stack ?? null,
    evidence: f.evidence,
    cost,
    action: f.actions.join(' '),
  };
}

/** Largest waste first; not-priced findings after every priced one. */
function compareWaste(a: Decimal | undefined, b: Decimal | undefined): number {
  if (a && b) return b.comparedTo(a);
  if (a) return -1;
  if (b) return 1;
  return 0;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
