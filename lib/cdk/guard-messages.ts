/**
 * What the CostGuard says in `cdk synth`: an error on every stack a broken budget covers, naming
 * the budget and the total; otherwise a warning per stack carrying the estimate.
 */
import type { Stack } from 'aws-cdk-lib';
import { Decimal, formatUsd } from '../money.js';
import type { Estimate } from '../estimate/estimate-types.js';
import type { BudgetCheck } from '../diff/diff-types.js';
import { describeCheck } from '../report/diff/describe-budget.js';
import { groupByOwner } from '../report/view.js';

export interface GuardAnnotation {
  stack: Stack;
  level: 'error' | 'warning';
  message: string;
}

export function guardAnnotations(
  estimate: Estimate,
  stacks: Map<string, Stack>,
  checks: BudgetCheck[],
  scopeLabel: string,
): GuardAnnotation[] {
  const total = formatUsd(new Decimal(estimate.totals.monthly));
  const largest = groupByOwner(estimate)
    .slice(0, 3)
    .filter((g) => !g.monthly.isZero())
    .map((g) => `${g.owner} ${formatUsd(g.monthly)}`)
    .join(', ');
  const out: GuardAnnotation[] = [];
  for (const check of checks.filter((c) => c.exceeded)) {
    const message =
      check.origin === 'CostGuard maxMonthlyUsd'
        ? `cdk-cost CostGuard: the estimated monthly cost of ${scopeLabel}, ${total}, is over the budget of ` +
          `${formatUsd(new Decimal(check.limit))} (maxMonthlyUsd).${largest ? ` Largest: ${largest}.` : ''} ` +
          'Lower the cost or raise the budget.'
        : `cdk-cost CostGuard: budget exceeded: ${describeCheck(check)}.${largest ? ` Largest in ${scopeLabel}: ${largest}.` : ''}`;
    for (const stack of stacksCoveredBy(check.scope, stacks)) out.push({ stack, level: 'error', message });
  }
  if (out.length) return out;

  const budget = checks.find((c) => c.origin === 'CostGuard maxMonthlyUsd');
  const share =
    budget && !new Decimal(budget.limit).isZero()
      ? ` (${new Decimal(estimate.totals.monthly).div(budget.limit).times(100).toDecimalPlaces(0).toFixed()}% of the ` +
        `${formatUsd(new Decimal(budget.limit))} budget)`
      : budget
        ? ` (budget ${formatUsd(new Decimal(budget.limit))})`
        : ' (no budget set)';
  const usageMissing = estimate.resources.filter((r) => r.missingUsage.length > 0 && r.status !== 'free').length;
  const unsupported = estimate.summary.unsupported;
  const gaps = [
    usageMissing ? `${usageMissing} with usage not given (those parts priced at $0)` : '',
    unsupported ? `${unsupported} not priced` : '',
  ]
    .filter(Boolean)
    .join(', ');
  for (const [name, stack] of stacks) {
    const own = estimate.stacks.find((x) => x.name === name);
    out.push({
      stack,
      level: 'warning',
      message:
        `cdk-cost: this stack ≈ ${formatUsd(new Decimal(own?.monthly ?? '0'))}/month; ${scopeLabel} ≈ ${total}/month${share}.` +
        `${largest ? ` Largest: ${largest}.` : ''}${gaps ? ` Resources ${gaps}.` : ''} On-demand list prices as of ` +
        `${estimate.prices.pricesAsOf}; usage: ${estimate.usageFile ?? 'none given'}.`,
    });
  }
  return out;
}

/** A check on "total" covers every stack; on a stack, that stack; on a construct path, the stack it is in. */
function stacksCoveredBy(scope: string, stacks: Map<string, Stack>): Stack[] {
  if (scope === 'total') return [...stacks.values()];
  const exact = stacks.get(scope);
  if (exact) return [exact];
  const containing = [...stacks.entries()].filter(([name]) => scope.startsWith(`${name}/`)).sort(([a], [b]) => b.length - a.length)[0];
  return containing ? [containing[1]] : [...stacks.values()];
}
