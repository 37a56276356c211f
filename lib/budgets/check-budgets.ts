/**
 * Budget checks: the command-line limits and the usage file's budgets section, evaluated against
 * an estimate (head) and, for increase limits, the estimate it is compared with (base). Amounts are
 * compared at cents, as shown: "$2,500.00 is over $2,500.00" can never be reported.
 */
import { Decimal, ZERO, toCents } from '../money.js';
import { UserError, closest } from '../errors.js';
import type { Estimate } from '../estimate/estimate-types.js';
import type { BudgetCheck } from './budget-check.js';
import { BUDGET_KEYS, TOTAL_SCOPE, type ScopeBudget } from './budgets-section.js';
import type { BudgetLimits, IncreaseLimit } from './limits.js';

export interface BudgetInputs {
  head: Estimate;
  /** The estimate the head is compared with; increase limits need it. */
  base?: Estimate;
  limits?: BudgetLimits;
  budgets?: ScopeBudget[];
}

export function checkBudgets({ head, base, limits = {}, budgets = [] }: BudgetInputs): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const totalAfter = new Decimal(head.totals.monthly);
  const totalBefore = base ? new Decimal(base.totals.monthly) : undefined;
  if (limits.totalOver) checks.push(maxMonthly(TOTAL_SCOPE, totalAfter, limits.totalOver, '--fail-if-total-over'));
  if (limits.increaseOver) {
    if (!totalBefore) {
      throw new UserError(
        '--fail-if-increase-over needs something to compare with.',
        'Use `cdk-cost diff BASE HEAD --fail-if-increase-over …`, or `cdk-cost estimate --baseline base.json`.',
      );
    }
    checks.push(increase(TOTAL_SCOPE, totalBefore, totalAfter, limits.increaseOver, '--fail-if-increase-over'));
  }
  for (const budget of budgets) {
    const after = monthlyAt(head, budget.scope);
    const before = base ? monthlyAt(base, budget.scope) : undefined;
    if (after === undefined && before === undefined) {
      const names = [TOTAL_SCOPE, ...scopesOf(head), ...(base ? scopesOf(base) : [])];
      const guess = closest(budget.scope, names);
      throw new UserError(
        `${budget.origin}: budgets → "${budget.scope}" is neither "total", a stack, nor a construct path of ` +
          `${base ? 'either side' : 'the app'}.${guess ? ` Did you mean "${guess}"?` : ''}`,
        `Stacks: ${[...new Set([...head.stacks, ...(base?.stacks ?? [])].map((s) => s.name))].join(', ')}.`,
      );
    }
    for (const limit of budget.limits) {
      const rule = BUDGET_KEYS[limit.key];
      if (rule === 'max-monthly') checks.push(maxMonthly(budget.scope, after ?? ZERO, limit.value, limit.origin));
      // Increase limits compare with a base; a lone estimate has none, so they wait for `diff`.
      else if (base) {
        const kind: IncreaseLimit['kind'] = rule === 'max-increase-usd' ? 'usd' : 'percent';
        checks.push(increase(budget.scope, before ?? ZERO, after ?? ZERO, { kind, value: limit.value }, limit.origin));
      }
    }
  }
  return checks;
}

/** Monthly cost of "total", a stack, or everything under a construct path; undefined when absent. */
export function monthlyAt(estimate: Estimate, scope: string): Decimal | undefined {
  if (scope === TOTAL_SCOPE) return new Decimal(estimate.totals.monthly);
  const stack = estimate.stacks.find((s) => s.name === scope);
  if (stack) return new Decimal(stack.monthly);
  let found = false;
  let sum = ZERO;
  for (const r of estimate.resources) {
    if (r.path === scope || r.path.startsWith(`${scope}/`)) {
      found = true;
      sum = sum.plus(r.monthly);
    }
  }
  return found ? sum : undefined;
}

function maxMonthly(scope: string, actual: Decimal, limit: Decimal, origin: string): BudgetCheck {
  return {
    scope,
    rule: 'max-monthly',
    limit: limit.toFixed(),
    actual: actual.toFixed(),
    exceeded: toCents(actual).greaterThan(limit),
    origin,
  };
}

function increase(scope: string, before: Decimal, after: Decimal, limit: IncreaseLimit, origin: string): BudgetCheck {
  const change = after.minus(before);
  if (limit.kind === 'usd') {
    return {
      scope,
      rule: 'max-increase-usd',
      limit: limit.value.toFixed(),
      actual: change.toFixed(),
      exceeded: toCents(change).greaterThan(limit.value),
      origin,
    };
  }
  if (before.isZero()) {
    // Any increase from nothing is an infinite share: over every percentage limit.
    return {
      scope,
      rule: 'max-increase-percent',
      limit: limit.value.toFixed(),
      actual: null,
      exceeded: toCents(change).greaterThan(0),
      origin,
    };
  }
  const percent = change.div(before).times(100).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  return {
    scope,
    rule: 'max-increase-percent',
    limit: limit.value.toFixed(),
    actual: percent.toFixed(),
    exceeded: percent.greaterThan(limit.value),
    origin,
  };
}

function scopesOf(estimate: Estimate): string[] {
  return [...estimate.stacks.map((s) => s.name), ...estimate.constructs.map((c) => c.path)];
}
