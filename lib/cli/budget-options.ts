/**
 * The budget flags `estimate` and `diff` share, and their checks after an estimate.
 */
import type { Command } from 'commander';
import type { Estimate } from '../estimate/estimate-types.js';
import type { UsageFile } from '../usage/usage-file.js';
import { UserError } from '../errors.js';
import { readSavedEstimate } from '../diff/saved-estimate.js';
import { readBudgets } from '../budgets/budgets-section.js';
import { checkBudgets } from '../budgets/check-budgets.js';
import { checkSteps, type BudgetStep } from '../budgets/step-budgets.js';
import { parseIncreaseLimit, parseUsdLimit, type BudgetLimits } from '../budgets/limits.js';
import type { BudgetCheck } from '../diff/diff-types.js';

export interface BudgetFlags {
  failIfTotalOver?: string;
  failIfIncreaseOver?: string;
}

export interface EstimateBudgetFlags extends BudgetFlags {
  baseline?: string;
}

export const TOTAL_OVER_OPTION = ['--fail-if-total-over <usd>', 'exit 2 when the monthly total is over this many USD'] as const;
export const INCREASE_OVER_OPTION = [
  '--fail-if-increase-over <usd|pct>',
  'exit 2 when the monthly total grows by more than USD (e.g. 50) or a percentage (e.g. 10%)',
] as const;
export const BASELINE_OPTION = [
  '--baseline <file>',
  'saved estimate (estimate --format json --out FILE) that --fail-if-increase-over and budget increase limits compare with',
] as const;

export function addBudgetOptions(command: Command): Command {
  return command.option(...TOTAL_OVER_OPTION).option(...INCREASE_OVER_OPTION);
}

/** Parsed before any synthesis, so a typo fails in a second, not after a minute of `cdk synth`. */
export function parseBudgetFlags(flags: BudgetFlags): BudgetLimits {
  return {
    ...(flags.failIfTotalOver !== undefined ? { totalOver: parseUsdLimit('--fail-if-total-over', flags.failIfTotalOver) } : {}),
    ...(flags.failIfIncreaseOver !== undefined
      ? { increaseOver: parseIncreaseLimit('--fail-if-increase-over', flags.failIfIncreaseOver) }
      : {}),
  };
}

/** `estimate`'s budgets: flags and baseline read and checked up front, before any synthesis or output. */
export interface EstimateBudgets {
  /** The checks on one estimate. Run before anything is written: a scope typo in the usage file is an error, not a half-done run. */
  evaluate(estimate: Estimate, usage: UsageFile | undefined): BudgetCheck[];
  /** The checks on every step of a sweep, each naming its step. */
  evaluateSteps(steps: BudgetStep[], usage: UsageFile | undefined): BudgetCheck[];
  /** Whether any budget is set (flags now; the usage file's budgets section once it is read). */
  any(usage: UsageFile | undefined): boolean;
}

export function prepareEstimateBudgets(flags: EstimateBudgetFlags): EstimateBudgets {
  const limits = parseBudgetFlags(flags);
  let baseline: Estimate | undefined;
  if (flags.baseline !== undefined) {
    baseline = readSavedEstimate(flags.baseline);
    if (!baseline)
      throw new UserError(
        `--baseline ${flags.baseline}: not a saved cdk-cost estimate.`,
        'Write one with `cdk-cost estimate --format json --out base.json`.',
      );
  }
  if (limits.increaseOver && !baseline) {
    throw new UserError(
      '--fail-if-increase-over needs something to compare with.',
      'Use `cdk-cost diff BASE HEAD --fail-if-increase-over …`, or `cdk-cost estimate --baseline base.json`.',
    );
  }
  return {
    evaluate: (estimate, usage) =>
      checkBudgets({ head: estimate, ...(baseline ? { base: baseline } : {}), limits, budgets: readBudgets(usage) }),
    evaluateSteps: (steps, usage) => checkSteps(steps, limits, readBudgets(usage), baseline),
    any: (usage) => Object.keys(limits).length > 0 || readBudgets(usage).length > 0,
  };
}
