/**
 * The budget flags `estimate` and `diff` share, and their checks after an estimate.
 */
import type { Command } from 'commander';
import type { Estimate } from '../../estimate/estimate-types.js';
import type { UsageFile } from '../../usage/usage-file.js';
import { UserError } from '../../errors.js';
import { readSavedEstimate } from '../../diff/saved-estimate.js';
import { readBudgets } from './budgets-section.js';
import { checkBudgets } from './check-budgets.js';
import { reportBudgets } from './budget-report.js';
import { parseIncreaseLimit, parseUsdLimit, type BudgetLimits } from './limits.js';

export interface BudgetFlags {
  failIfTotalOver?: string;
  failIfIncreaseOver?: string;
}

export interface EstimateBudgetFlags extends BudgetFlags {
  baseline?: string;
}

export const TOTAL_OVER_OPTION = ['--fail-if-total-over <usd>', 'exit 2 when the monthly total is over this many USD'] as const;
export const INCREASE_OVER_OPTION = ['--fail-if-increase-over <usd|pct>', 'exit 2 when the monthly total grows by more than USD (e.g. 50) or a percentage (e.g. 10%)'] as const;
export const BASELINE_OPTION = ['--baseline <file>', 'saved estimate (estimate --format json --out FILE) that --fail-if-increase-over and budget increase limits compare with'] as const;

export function addBudgetOptions(command: Command): Command {
  return command.option(...TOTAL_OVER_OPTION).option(...INCREASE_OVER_OPTION);
}

/** Parsed before any synthesis, so a typo fails in a second, not after a minute of `cdk synth`. */
export function parseBudgetFlags(flags: BudgetFlags): BudgetLimits {
  return {
    ...(flags.failIfTotalOver !== undefined ? { totalOver: parseUsdLimit('--fail-if-total-over', flags.failIfTotalOver) } : {}),
    ...(flags.failIfIncreaseOver !== undefined ? { increaseOver: parseIncreaseLimit('--fail-if-increase-over', flags.failIfIncreaseOver) } : {}),
  };
}

/** For `estimate`: flags and baseline read up front; `check` reports and returns the exit code (0 or 2). */
export function prepareEstimateBudgets(flags: EstimateBudgetFlags): { check(estimate: Estimate, usage: UsageFile | undefined, write: (text: string) => void): number } {
  const limits = parseBudgetFlags(flags);
  let baseline: Estimate | undefined;
  if (flags.baseline !== undefined) {
    baseline = readSavedEstimate(flags.baseline);
    if (!baseline) throw new UserError(`--baseline ${flags.baseline}: not a saved cdk-cost estimate.`, 'Write one with `cdk-cost estimate --format json --out base.json`.');
  }
  return {
    check: (estimate, usage, write) => reportBudgets(checkBudgets({ head: estimate, ...(baseline ? { base: baseline } : {}), limits, budgets: readBudgets(usage) }), write),
  };
}
