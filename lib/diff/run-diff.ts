/**
 * The whole diff job as one call: price (or read) both sides with one usage file, diff them, and
 * evaluate the budgets (command-line limits and the usage file's budgets section).
 */
import { checkBudgets } from '../budgets/check-budgets.js';
import { readBudgets } from '../budgets/budgets-section.js';
import type { BudgetLimits } from '../budgets/limits.js';
import { limitChanges } from '../limits/diff-limits.js';
import { diffEstimates } from './diff-estimates.js';
import type { CostDiff } from './diff-types.js';
import { loadSides, type LoadSidesOptions } from './load-sides.js';

export interface RunDiffOptions extends LoadSidesOptions {
  base: string;
  head: string;
  limits?: BudgetLimits;
  /** Also compare the AWS limits each side crosses (diff --limits), at this peak factor. */
  checkLimits?: boolean;
  peakFactor?: number;
}

export async function runDiff(options: RunDiffOptions): Promise<CostDiff> {
  const { base: baseSpec, head: headSpec, limits, checkLimits, peakFactor, ...loadOptions } = options;
  const { base, head, usage } = await loadSides(baseSpec, headSpec, loadOptions);
  const diff = diffEstimates(base, head);
  diff.budgets = checkBudgets({ head: head.estimate, base: base.estimate, ...(limits ? { limits } : {}), budgets: readBudgets(usage) });
  if (checkLimits) diff.limits = limitChanges(base.estimate, head.estimate, peakFactor);
  return diff;
}
