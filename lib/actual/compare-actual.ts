/**
 * The estimate held against the bill, per stack and per bill line (Cost Explorer SERVICE). The
 * estimate is for a 730-hour month; it is scaled to the period's hours (× hours / 730) before the
 * comparison, so a 31-day month is compared with 744 hours of the estimate. Where the tool can tell
 * what explains a difference it says so: a bill line the estimate does not model, taxes, credits
 * and refunds (record types), resources priced without usage, no bill where the estimate has cost.
 */
import type { Estimate } from '../estimate/estimate-types.js';
import { Decimal } from '../money.js';
import { billLineOf, CE_NON_SERVICE, CE_SERVICES } from './ce-services.js';
import type { Period, StackCosts } from './cost-explorer.js';

export interface BillLine {
  /** Cost Explorer's SERVICE value, or the estimate's service when the table maps it nowhere. */
  line: string;
  /** The estimate's services billed under this line. */
  services: string[];
  estimate: string;
  actual: string;
  difference: string;
  /** difference ÷ estimate; null when the estimate is zero. */
  share: number | null;
  explanation?: string;
}

export interface StackComparison {
  stack: string;
  estimate: string;
  actual: string;
  difference: string;
  share: number | null;
  lines: BillLine[];
  notes: string[];
}

export interface ActualReport {
  schemaVersion: '1';
  period: Period & { hours: number };
  usageFile: string | null;
  /** Cost Explorer returned estimated (not final) amounts: the period is not closed yet. */
  estimated: boolean;
  stacks: StackComparison[];
  /** Stacks of the estimate Cost Explorer has no cost for (not deployed, or the tag not active then). */
  withoutCost: string[];
  totals: { estimate: string; actual: string; difference: string; share: number | null };
  /** API requests this command made: Cost Explorer's are billed per request. */
  requests: { costExplorer: number; total: number };
  driftLimit?: number;
  /** Stacks whose |share| is over the drift limit. */
  overLimit: string[];
}

const money = (d: Decimal) => d.toFixed(2);
const shareOf = (difference: Decimal, estimate: Decimal): number | null =>
  estimate.isZero() ? null : difference.div(estimate).toDecimalPlaces(4).toNumber();

export function compareActual(
  estimate: Estimate,
  costs: StackCosts,
  period: Period,
  options: { driftLimit?: number; requests: ActualReport['requests'] },
): ActualReport {
  const hours = (Date.parse(`${period.end}T00:00:00Z`) - Date.parse(`${period.start}T00:00:00Z`)) / 3_600_000;
  const scale = new Decimal(hours).div(estimate.hoursPerMonth);
  const stacks: StackComparison[] = [];
  const withoutCost: string[] = [];
  for (const stack of estimate.stacks) {
    if (!costs.byService.has(stack.name)) {
      withoutCost.push(stack.name); // not deployed, or its tag not active for the period: nothing to compare
      continue;
    }
    const resources = estimate.resources.filter((r) => r.stack === stack.name);
    // Estimate per bill line.
    const estimated = new Map<string, { services: Set<string>; amount: Decimal }>();
    for (const r of resources) {
      const service = r.service ?? r.type;
      const line = billLineOf(service) ?? service;
      const entry = estimated.get(line) ?? { services: new Set<string>(), amount: new Decimal(0) };
      entry.services.add(service);
      entry.amount = entry.amount.plus(new Decimal(r.monthly).times(scale));
      estimated.set(line, entry);
    }
    const billed = costs.byService.get(stack.name) ?? new Map<string, Decimal>();
    const lines: BillLine[] = [];
    for (const line of [...new Set([...estimated.keys(), ...billed.keys()])].sort()) {
      const e = estimated.get(line)?.amount ?? new Decimal(0);
      const a = billed.get(line) ?? new Decimal(0);
      if (e.toDecimalPlaces(2).isZero() && a.toDecimalPlaces(2).isZero()) continue;
      const difference = a.minus(e);
      const explanation =
        CE_NON_SERVICE[line] ??
        (!estimated.has(line) && !CE_SERVICES[line]
          ? 'not modelled by the estimate'
          : !estimated.has(line)
            ? 'no resource of this service in the estimate of this stack'
            : a.isZero() && !e.isZero()
              ? 'not billed: free tier, not in use, or not tagged with the stack'
              : undefined);
      lines.push({
        line,
        services: [...(estimated.get(line)?.services ?? [])].sort(),
        estimate: money(e),
        actual: money(a),
        difference: money(difference),
        share: shareOf(difference, e),
        ...(explanation ? { explanation } : {}),
      });
    }
    const e = resources.reduce((s, r) => s.plus(new Decimal(r.monthly).times(scale)), new Decimal(0));
    const a = [...billed.values()].reduce((s, x) => s.plus(x), new Decimal(0));
    const notes: string[] = [];
    for (const [type, amount] of costs.byRecordType.get(stack.name) ?? []) {
      if (type === 'Usage' || amount.isZero()) continue;
      notes.push(`${type}: ${money(amount)} USD in the actual (record type ${type}; the estimate has none)`);
    }
    const withoutUsage = resources.filter((r) => r.missingUsage.length).map((r) => `${r.path} (${r.missingUsage.join(', ')})`);
    if (withoutUsage.length) notes.push(`priced without usage for some keys: ${withoutUsage.join('; ')}`);
    stacks.push({
      stack: stack.name,
      estimate: money(e),
      actual: money(a),
      difference: money(a.minus(e)),
      share: shareOf(a.minus(e), e),
      lines,
      notes,
    });
  }
  const te = stacks.reduce((s, x) => s.plus(x.estimate), new Decimal(0));
  const ta = stacks.reduce((s, x) => s.plus(x.actual), new Decimal(0));
  const limit = options.driftLimit;
  return {
    schemaVersion: '1',
    period: { ...period, hours },
    usageFile: estimate.usageFile,
    estimated: costs.estimated,
    stacks,
    withoutCost,
    totals: { estimate: money(te), actual: money(ta), difference: money(ta.minus(te)), share: shareOf(ta.minus(te), te) },
    requests: options.requests,
    ...(limit !== undefined ? { driftLimit: limit } : {}),
    overLimit:
      limit === undefined
        ? []
        : stacks.filter((s) => (s.share === null ? !new Decimal(s.actual).isZero() : Math.abs(s.share) * 100 > limit)).map((s) => s.stack),
  };
}
