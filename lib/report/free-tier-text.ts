/**
 * What `--free-tier` subtracted, for the text renderers (table, markdown, html): which always-free
 * allowances were applied and how much each took off. The amounts are the sums of the resources'
 * "Free tier:" lines, which the totals already include — these lines only name them.
 */
import { Decimal, formatQuantity, formatUsd } from '../money.js';
import type { Estimate } from '../estimate/estimate-types.js';

/** "applied: -$1.23 from 3 allowances" / "applied: no allowance used" / "not applied". */
export function freeTierStatus(estimate: Estimate): string {
  if (!estimate.freeTier) return 'not applied';
  const uses = estimate.freeTierAllowances ?? [];
  if (!uses.length) return 'applied (no resource drew on an always-free allowance)';
  const total = uses.reduce((sum, u) => sum.plus(u.monthly), new Decimal(0));
  const allowances = `${uses.length} allowance${uses.length === 1 ? '' : 's'}`;
  return `applied: ${formatUsd(total)} from ${allowances} (account-wide; shared by all resources here)`;
}

/** One line per allowance used: "Free tier Lambda requests: 1,000,000 of 1,000,000 requests used, -$0.20 (2 resources)". */
export function freeTierAllowanceLines(estimate: Estimate): string[] {
  return (estimate.freeTierAllowances ?? []).map((u) => {
    const of = `${formatQuantity(new Decimal(u.used))} of ${formatQuantity(new Decimal(u.quantity))} ${u.unit}`;
    const where = u.url ? ` — ${u.url}` : ` — ${u.from}`;
    const resources = `${u.resources.length} resource${u.resources.length === 1 ? '' : 's'}`;
    return `Free tier ${u.name}: ${of} used, ${formatUsd(new Decimal(u.monthly))} (${resources})${where}`;
  });
}

/** Sweeps and comparisons show totals per step; the allowances are applied within each step. */
export const FREE_TIER_PER_STEP =
  'Free tier: applied at each step — the always-free allowances are subtracted afresh at each load, ' +
  'shared by the resources of each design (`cdk-cost estimate --free-tier` lists them)';
