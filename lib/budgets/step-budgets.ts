/**
 * Budgets over many estimates of one app: each step of a load sweep (`estimate --scale 1,10`),
 * each design at each step of `compare`. A budget holds at every step — the 10× step over it fails
 * the run as the 1× step would — and each check names its step ("total at 10× …").
 */
import { closest, UserError } from '../errors.js';
import type { Estimate } from '../estimate/estimate-types.js';
import type { BudgetCheck } from './budget-check.js';
import { checkBudgets, monthlyAt } from './check-budgets.js';
import { TOTAL_SCOPE, type ScopeBudget } from './budgets-section.js';
import type { BudgetLimits } from './limits.js';

export interface BudgetStep {
  /** How the step is named in a check: "10×", or "B (examples#UploadPipelineAsync) at 10×". */
  label: string;
  estimate: Estimate;
}

/**
 * Every limit at every step. A usage-file budget applies where its scope exists (in `compare`, a
 * stack of one design is not in the other); a scope no step has is an error, as for one estimate.
 */
export function checkSteps(steps: BudgetStep[], limits: BudgetLimits, budgets: ScopeBudget[], base?: Estimate): BudgetCheck[] {
  const unknown = unmatchedBudgets(steps, budgets)[0];
  if (unknown) throw unknownScope(unknown, steps);
  return checkStepsWhereFound(steps, limits, budgets, base);
}

/** Like checkSteps, but a budget whose scope no step has is skipped (the caller checks it against other steps). */
export function checkStepsWhereFound(steps: BudgetStep[], limits: BudgetLimits, budgets: ScopeBudget[], base?: Estimate): BudgetCheck[] {
  return steps.flatMap((step) =>
    checkBudgets({ head: step.estimate, ...(base ? { base } : {}), limits, budgets: budgets.filter((b) => applies(b, step.estimate)) }).map(
      (c) => ({ ...c, at: step.label }),
    ),
  );
}

/** The budgets whose scope is in none of the steps' estimates. */
export function unmatchedBudgets(steps: BudgetStep[], budgets: ScopeBudget[]): ScopeBudget[] {
  return budgets.filter((budget) => !steps.some((s) => applies(budget, s.estimate)));
}

/** The error for a budget scope that is nowhere: file:line, a suggestion, the stacks there are. */
export function unknownScope(budget: ScopeBudget, steps: BudgetStep[]): UserError {
  const names = [...new Set(steps.flatMap((s) => [...s.estimate.stacks.map((x) => x.name), ...s.estimate.constructs.map((c) => c.path)]))];
  const guess = closest(budget.scope, [TOTAL_SCOPE, ...names]);
  return new UserError(
    `${budget.origin}: budgets → "${budget.scope}" is neither "total", a stack, nor a construct path of what is estimated.` +
      (guess ? ` Did you mean "${guess}"?` : ''),
    `Stacks: ${[...new Set(steps.flatMap((s) => s.estimate.stacks.map((x) => x.name)))].join(', ')}.`,
  );
}

function applies(budget: ScopeBudget, estimate: Estimate): boolean {
  return budget.scope === TOTAL_SCOPE || monthlyAt(estimate, budget.scope) !== undefined;
}
