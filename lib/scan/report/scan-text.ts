/**
 * Pieces both text renderers use: the money column, the header lines, gaps and skipped regions.
 */
import { Decimal, formatUsd } from '../../money.js';
import type { Finding, ScanReport } from '../types.js';

export function wasteCell(f: Finding): string {
  if (f.cost.status === 'not-priced') return 'not priced';
  return formatUsd(new Decimal(f.cost.monthly ?? '0'));
}

export function headerLines(report: ScanReport): string[] {
  const scope = report.accounts
    ? `${report.accounts.length} account(s)`
    : report.scope.kind === 'app'
      ? `stacks of ${report.scope.source} (${report.scope.stacks.join(', ')})`
      : 'the whole account';
  return [
    `Scanned ${scope} in ${report.regions.join(', ') || 'no region'}; lookback ${report.lookbackDays} days ` +
      `(${report.window.start.slice(0, 10)} → ${report.window.end.slice(0, 10)}); prices as of ${report.prices.pricesAsOf} ` +
      `(${report.prices.kind}).`,
    `Monthly waste: ${formatUsd(new Decimal(report.totals.monthlyWaste))} in ${report.totals.findings} finding(s): ` +
      `${report.totals.orphaned} orphaned, ${report.totals.idle} idle` +
      `${report.totals.notPriced ? `; ${report.totals.notPriced} not priced (not in the total)` : ''}.`,
  ];
}

/**
 * Said before anything else when the scan could not look everywhere: a scan whose calls were denied
 * saw nothing, and has not shown that there is no waste.
 */
export function incompleteLine(report: ScanReport): string | undefined {
  const notRun = report.coverage.notRun.length;
  if (report.accounts) return incompleteAccounts(report);
  if (report.regions.length === 0) {
    return 'Incomplete scan: no region could be scanned (see the regions skipped below); nothing was judged.';
  }
  if (notRun === 0) return undefined;
  const which =
    notRun >= report.coverage.rules
      ? `none of the ${report.coverage.rules} rules could run`
      : `${notRun} of the ${report.coverage.rules} rules could not run (${report.coverage.notRun.join(', ')})`;
  return `Incomplete scan: ${which}, because of the coverage gaps below; what those rules judge was not looked at.`;
}

/** Organization scans: how many accounts were not looked at, or only partly (rules not run somewhere). */
function incompleteAccounts(report: ScanReport): string | undefined {
  const accounts = report.accounts ?? [];
  const notScanned = accounts.filter((a) => a.status === 'not-scanned').map((a) => a.id);
  const partly = new Set(
    report.gaps.filter((g) => g.rulesSkipped.length && g.account && !notScanned.includes(g.account)).map((g) => g.account),
  );
  if (notScanned.length === 0 && partly.size === 0) return undefined;
  const parts = [
    ...(notScanned.length ? [`${notScanned.length} of ${accounts.length} account(s) could not be scanned`] : []),
    ...(partly.size ? [`${partly.size} account(s) only partly (rules not run: ${report.coverage.notRun.length})`] : []),
  ];
  return `Incomplete scan: ${parts.join(', ')}, because of the coverage gaps below; what was not looked at was not judged.`;
}

export function costNote(f: Finding): string | undefined {
  if (f.cost.status === 'not-priced') return f.cost.reason;
  if (f.cost.status === 'free') return f.cost.reason;
  return f.cost.notes.find((n) => n.startsWith('not counted'));
}

export function coverageLines(report: ScanReport): string[] {
  const out: string[] = [];
  if (report.gaps.length) {
    out.push('Coverage gaps (the scan could not look here; grant the permission to close them):');
    for (const g of report.gaps) {
      out.push(
        `  ${g.account ? `${g.account} ` : ''}${g.region} ${g.service}:${g.operation} — ${g.code}: ${g.message}` +
          `${g.rulesSkipped.length ? ` (rules not run: ${g.rulesSkipped.join(', ')})` : ''}`,
      );
    }
  }
  if (report.skippedRegions.length) {
    out.push('Regions skipped:');
    for (const s of report.skippedRegions) out.push(`  ${s.account ? `${s.account} ` : ''}${s.region}: ${s.reason}`);
  }
  const byService = Object.entries(report.apiCalls.byService)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  out.push(
    `API calls: ${report.apiCalls.total} (${byService}); ${report.apiCalls.metricQueries} metric queries in ` +
      `${report.apiCalls.cloudWatchGetMetricData} GetMetricData call(s).`,
  );
  return out;
}
