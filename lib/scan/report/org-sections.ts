/**
 * The organization parts of a scan report, for the table and Markdown renderers: waste per account
 * (and why an account was not scanned) and waste per value of the --group-by-tag tag.
 */
import { Decimal, formatUsd } from '../../money.js';
import type { ScanReport } from '../types.js';

export interface Section {
  title: string;
  header: string[];
  rows: string[][];
}

export function orgSections(report: ScanReport): Section[] {
  const out: Section[] = [];
  if (report.accounts) {
    out.push({
      title: `Waste per account (${report.accounts.length})`,
      header: ['Account', 'Monthly', 'Findings', 'Regions', 'Status'],
      rows: report.accounts.map((a) => [
        a.name ? `${a.id} (${a.name})` : a.id,
        formatUsd(new Decimal(a.monthlyWaste)),
        a.notPriced ? `${a.findings} (${a.notPriced} not priced)` : String(a.findings),
        String(a.regions.length),
        a.status === 'not-scanned' ? `not scanned: ${a.reason}` : a.status === 'partial' ? `partial: ${a.gaps} gap(s)` : 'scanned',
      ]),
    });
  }
  if (report.groups) {
    const withAccounts = report.accounts !== undefined;
    out.push({
      title: `Waste per ${report.groups.tag} (tag "${report.groups.tag}" on the resource)`,
      header: [report.groups.tag, 'Monthly', 'Findings', ...(withAccounts ? ['Accounts'] : [])],
      rows: report.groups.groups.map((g) => [
        g.value ?? '(untagged)',
        formatUsd(new Decimal(g.monthlyWaste)),
        g.notPriced ? `${g.findings} (${g.notPriced} not priced)` : String(g.findings),
        ...(withAccounts ? [g.accounts.join(', ')] : []),
      ]),
    });
  }
  return out;
}
