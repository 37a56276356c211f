/**
 * A budget check in words: "total $2,702.30/month is over the limit of $2,500.00 (--fail-if-total-over)".
 */
import { Decimal, formatUsd } from '../../money.js';
import type { BudgetCheck } from '../../diff/diff-types.js';
import { formatPercent, formatSignedUsd } from './format-delta.js';

export function describeCheck(check: BudgetCheck): string {
  // "total at 10×": a sweep checks every step, and says which one broke the budget.
  const where = check.at ? `${check.scope} at ${check.at}` : check.scope;
  const verdict = check.exceeded ? 'is over the limit of' : 'is within the limit of';
  switch (check.rule) {
    case 'max-monthly':
      return (
        `${where} ${formatUsd(new Decimal(check.actual ?? '0'))}/month ${verdict} ${formatUsd(new Decimal(check.limit))} ` +
        `(${check.origin})`
      );
    case 'max-increase-usd':
      return (
        `${where} change ${formatSignedUsd(check.actual ?? '0')}/month ${verdict} +${formatUsd(new Decimal(check.limit))} ` +
        `(${check.origin})`
      );
    case 'max-increase-percent':
      return check.actual === null
        ? `${where} ` +
            `${check.exceeded ? 'grew from $0.00, which is over any percentage limit, here' : 'stays at $0.00, within the limit of'} ` +
            `+${check.limit}% (${check.origin})`
        : `${where} change ${formatPercent(check.actual)} ${verdict} +${check.limit}% (${check.origin})`;
  }
}
