/**
 * Budget checks on stderr, and the exit code they call for: 2 when any budget is exceeded.
 */
import type { BudgetCheck } from '../diff/diff-types.js';
import { describeCheck } from '../report/diff/describe-budget.js';

export const EXIT_BUDGET_EXCEEDED = 2;

/** Writes one line per check; returns the exit code the checks call for (0 or 2). */
export function reportBudgets(checks: BudgetCheck[], write: (text: string) => void): number {
  for (const check of checks) write(`${check.exceeded ? 'budget exceeded' : 'budget ok'}: ${describeCheck(check)}\n`);
  return checks.some((c) => c.exceeded) ? EXIT_BUDGET_EXCEEDED : 0;
}
