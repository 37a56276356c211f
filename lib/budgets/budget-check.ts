/**
 * One budget rule checked against an estimate (or a diff). Budgets sit beside estimate, below diff,
 * CostGuard and the CLI that all check them; diff-types re-exports it for the diff JSON.
 */
export interface BudgetCheck {
  /** "total", a stack name, or a construct path. */
  scope: string;
  rule: 'max-monthly' | 'max-increase-usd' | 'max-increase-percent';
  /** The limit: USD, or percent for max-increase-percent. */
  limit: string;
  /** The measured value in the same unit; null when it cannot be computed (percent of $0). */
  actual: string | null;
  exceeded: boolean;
  /** Where the limit was set: a flag (`--fail-if-total-over`) or `file:line`. */
  origin: string;
  /** Which estimate of several it was checked on: a sweep step ("10×"), a design at a step in `compare`. */
  at?: string;
}
