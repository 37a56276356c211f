/**
 * `cdk-cost estimate --explain PATH` and `--scale LIST`: the estimate's load options. Kept apart
 * from estimate-command.ts, which hands over to this when either flag is given.
 */
import { emitReport } from './write-output.js';
import { UserError } from '../errors.js';
import type { CliIo } from './run.js';
import type { Format } from '../report/render.js';
import { renderExplain } from '../report/render-explain.js';
import { renderSweep } from '../report/render-sweep.js';
import { explainConstruct } from '../load/explain-construct.js';
import { estimateAt, runLoadEstimate } from '../load/sweep/load-run.js';
import type { EstimateBudgets } from './budget-options.js';
import { reportBudgets } from './budget-report.js';
import type { BudgetCheck } from '../diff/diff-types.js';
import { parseScales, runSweep, ScaleError } from '../load/sweep/sweep.js';
import type { RunEstimateOptions } from '../estimate/run-estimate.js';
import { sweepLimits, type LimitsFlags } from './limits-option.js';

export interface LoadFlags extends LimitsFlags {
  explain?: string;
  scale?: string;
  out?: string;
}

export function scalesFrom(text: string, flag = '--scale') {
  try {
    return parseScales(text);
  } catch (error) {
    if (error instanceof ScaleError)
      throw new UserError(
        `${flag} ${text}: "${error.value}" is not a positive number.`,
        'Give multiples of the entry loads, e.g. --scale 1,10,100 (0.5 for half).',
      );
    throw error;
  }
}

/** Returns the exit code: the budgets' (a budget holds at every step), or 2 when --fail-on-limits and a limit is crossed. */
export async function runEstimateLoad(
  options: RunEstimateOptions,
  flags: LoadFlags,
  format: Format,
  io: CliIo,
  budgets: EstimateBudgets,
): Promise<number> {
  // One HTML page per object: the sweep has its page, an explanation is text.
  if (format === 'html' && flags.explain !== undefined)
    throw new UserError(
      '--explain has no HTML view.',
      'Use --format table, markdown or json with --explain (--scale works with --format html).',
    );
  const scales = flags.scale !== undefined ? scalesFrom(flags.scale) : undefined;
  const run = await runLoadEstimate(options);
  const parts: string[] = [];
  let exitCode = 0;
  if (flags.explain !== undefined && format !== 'html')
    parts.push(renderExplain(flags.explain, explainConstruct(run, flags.explain), format));
  if (scales) {
    const sweep = runSweep(run, scales, options.stacks);
    const limits = sweepLimits(run, sweep, flags, format); // --limits: where each design breaks, beside its cost
    parts.push((limits?.json ?? renderSweep(sweep, format)) + (limits?.section ?? ''));
    exitCode = limits?.exitCode ?? 0;
  }
  // Checked before anything is written. Without --scale, the one estimate at the loads as given.
  let checks: BudgetCheck[] = [];
  if (budgets.any(run.usage)) {
    checks = scales
      ? budgets.evaluateSteps(
          scales.map((scale) => ({ label: `${scale.toFixed()}×`, estimate: estimateAt(run, scale, options.stacks) })),
          run.usage,
        )
      : budgets.evaluate(run.estimate, run.usage);
  }
  const text = parts.join('\n');
  emitReport(io, flags.out, text, `${format} ${scales ? 'sweep' : 'explanation'}`);
  return Math.max(reportBudgets(checks, io.stderr), exitCode);
}
