/**
 * One ScanReport from the per account × region reports of an organization scan: findings and gaps
 * marked with their account, totals and API calls summed, one summary per account (scanned,
 * partial, not scanned and why), and the waste per value of the --group-by-tag tag.
 */
import { Decimal, ZERO } from '../../money.js';
import type { PriceBook } from '../../pricing/price-book.js';
import type { CommandLog } from '../aws/command-log.js';
import { metricWindow } from '../metrics/fetch-metrics.js';
import type { Rule } from '../rules/rule.js';
import type { Thresholds } from '../thresholds.js';
import { SCAN_SCHEMA_VERSION, type CoverageGap, type Finding, type ScanReport, type SkippedRegion } from '../types.js';
import type { OrgAccount } from './accounts.js';
import type { AccountSummary } from './org-types.js';
import { groupByTag } from './tag-groups.js';

export interface AccountResult {
  account: OrgAccount;
  reports: ScanReport[];
  gaps: CoverageGap[];
  skipped: SkippedRegion[];
  log: CommandLog;
  /** Set when the account could not be scanned at all. */
  reason?: string;
}

export interface MergeContext {
  now: Date;
  lookbackDays: number;
  thresholds: Thresholds;
  rules: Rule[];
  priceBook: PriceBook;
  /** The scanning account's own calls (Organizations, STS). */
  orgLog: CommandLog;
  notes: string[];
  groupByTag?: string;
}

export function mergeAccountReports(results: AccountResult[], ctx: MergeContext): ScanReport {
  const findings: Finding[] = [];
  const gaps: CoverageGap[] = [];
  const skippedRegions: SkippedRegion[] = [];
  const accounts: AccountSummary[] = [];
  const byService: Record<string, number> = {};
  let calls = 0;
  let getMetricData = 0;
  let metricQueries = 0;
  const count = (service: string, n: number) => {
    byService[service] = (byService[service] ?? 0) + n;
    calls += n;
  };
  for (const [service, n] of Object.entries(ctx.orgLog.byService())) count(service, n);

  for (const r of results) {
    const id = r.account.id;
    const own = r.reports.flatMap((rep) => rep.findings.map((f) => ({ ...f, account: id })));
    const ownGaps = [...r.gaps, ...r.reports.flatMap((rep) => rep.gaps)].map((g) => ({ ...g, account: id }));
    const ownSkipped = [...r.skipped, ...r.reports.flatMap((rep) => rep.skippedRegions)].map((s) => ({ ...s, account: id }));
    findings.push(...own);
    gaps.push(...ownGaps);
    skippedRegions.push(...ownSkipped);
    for (const [service, n] of Object.entries(r.log.byService())) count(service, n);
    for (const rep of r.reports) {
      getMetricData += rep.apiCalls.cloudWatchGetMetricData;
      metricQueries += rep.apiCalls.metricQueries;
    }
    const regions = [...new Set(r.reports.flatMap((rep) => rep.regions))].sort();
    accounts.push({
      id,
      name: r.account.name,
      status: r.reason ? 'not-scanned' : ownGaps.length || ownSkipped.length ? 'partial' : 'scanned',
      ...(r.reason ? { reason: r.reason } : {}),
      regions,
      monthlyWaste: sumWaste(own).toFixed(),
      findings: own.length,
      notPriced: own.filter((f) => f.cost.status === 'not-priced').length,
      gaps: ownGaps.length,
      apiCalls: r.log.records.length,
    });
  }

  findings.sort(byWaste);
  const window = metricWindow(ctx.now, ctx.lookbackDays);
  const info = ctx.priceBook.info();
  const scanned = accounts.filter((a) => a.status !== 'not-scanned').length;
  return {
    schemaVersion: SCAN_SCHEMA_VERSION,
    currency: 'USD',
    hoursPerMonth: 730,
    scannedAt: ctx.now.toISOString(),
    lookbackDays: ctx.lookbackDays,
    window: { start: window.start.toISOString(), end: window.end.toISOString() },
    scope: { kind: 'account', source: null, stacks: [] },
    regions: [...new Set(accounts.flatMap((a) => a.regions))].sort(),
    prices: { kind: info.kind, location: info.location, pricesAsOf: info.pricesAsOf },
    totals: {
      monthlyWaste: sumWaste(findings).toFixed(),
      findings: findings.length,
      priced: findings.filter((f) => f.cost.status !== 'not-priced').length,
      notPriced: findings.filter((f) => f.cost.status === 'not-priced').length,
      orphaned: findings.filter((f) => f.kind === 'orphaned').length,
      idle: findings.filter((f) => f.kind === 'idle').length,
    },
    findings,
    gaps,
    coverage: { rules: ctx.rules.length, notRun: [...new Set(gaps.flatMap((g) => g.rulesSkipped))].sort() },
    skippedRegions,
    thresholds: ctx.thresholds,
    apiCalls: {
      total: calls,
      byService: Object.fromEntries(Object.entries(byService).sort(([a], [b]) => (a < b ? -1 : 1))),
      cloudWatchGetMetricData: getMetricData,
      metricQueries,
    },
    notes: [...ctx.notes, `${scanned} of ${accounts.length} account(s) scanned`],
    accounts: accounts.sort((a, b) => new Decimal(b.monthlyWaste).comparedTo(a.monthlyWaste) || (a.id < b.id ? -1 : 1)),
    ...(ctx.groupByTag ? { groups: groupByTag(findings, ctx.groupByTag) } : {}),
  };
}

export function sumWaste(findings: Finding[]): Decimal {
  return findings.reduce((s, f) => (f.cost.monthly === null ? s : s.plus(f.cost.monthly)), ZERO);
}

/** As the one-account scan sorts: largest waste first, not-priced after every priced one, then account, region, id. */
function byWaste(a: Finding, b: Finding): number {
  const x = a.cost.monthly;
  const y = b.cost.monthly;
  if (x !== null && y !== null) {
    const c = new Decimal(y).comparedTo(x);
    if (c) return c;
  } else if (x !== null) return -1;
  else if (y !== null) return 1;
  return cmp(a.account ?? '', b.account ?? '') || cmp(a.resource.region, b.resource.region) || cmp(a.resource.id, b.resource.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
