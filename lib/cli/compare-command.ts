/**
 * `cdk-cost compare A B --scale LIST`: two designs under the same entry loads — cost of each at
 * each multiple, and the load where they change order. A and B are SOURCE, or SOURCE#STACK[,STACK]
 * to compare stacks of one app (it is synthesized once).
 */
import type { Command } from 'commander';
import { emitReport } from './write-output.js';
import { parseSourceStacks } from './source-stacks.js';
import { UserError } from '../errors.js';
import type { CliIo } from './run.js';
import type { SetExitCode } from './commands.js';
import { collectKeyValue } from './options.js';
import { scalesFrom } from './estimate-load.js';
import { FORMATS, type Format } from '../report/render.js';
import { renderComparison } from '../report/render-compare.js';
import { compareDesigns, type CompareSide } from '../load/sweep/compare.js';
import { estimateAt, runLoadEstimate, type LoadRun } from '../load/sweep/load-run.js';
import { checkStacks } from '../estimate/select-stacks.js';
import { FREE_TIER_OPTION } from './free-tier-option.js';
import { TOTAL_OVER_OPTION, parseBudgetFlags } from './budget-options.js';
import { readBudgets, type ScopeBudget } from '../budgets/budgets-section.js';
import { reportBudgets } from './budget-report.js';
import { checkStepsWhereFound, unknownScope, unmatchedBudgets, type BudgetStep } from '../budgets/step-budgets.js';
import { PricerRegistry } from '../resources/registry.js';
import { designBreaks } from '../limits/compare-limits.js';
import { parsePeakFactor } from './limits-option.js';

interface CompareFlags {
  usage?: string;
  usageB?: string;
  scale: string;
  format: string;
  out?: string;
  region?: string;
  context: Record<string, string>;
  freeTier?: boolean;
  snapshot?: string;
  failIfTotalOver?: string;
  limits?: boolean;
  peakFactor?: string;
}

export function registerCompare(program: Command, io: CliIo, setExitCode: SetExitCode): void {
  program
    .command('compare')
    .description(
      'Two designs under the same entry loads: the cost of each at each multiple of the load, and the crossover where they change order.',
    )
    .argument('<a>', 'SOURCE, or SOURCE#STACK[,STACK] (e.g. .#UploadPipeline)')
    .argument('<b>', 'SOURCE, or SOURCE#STACK[,STACK]')
    .option('-u, --usage <file>', 'usage file with the load (for A, and for B unless --usage-b)')
    .option('--usage-b <file>', 'usage file for B, when it is another app')
    .option('-s, --scale <list>', 'multiples of the entry loads', '0.1,1,10')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('-r, --region <region>', 'region for stacks that do not name one (default us-east-1)')
    .option('-c, --context <key=value>', 'CDK context value for synthesis (repeatable)', collectKeyValue('--context'), {})
    .option(...FREE_TIER_OPTION)
    .option('--snapshot <dir>', 'price snapshot directory (default: the bundled one)')
    .option(TOTAL_OVER_OPTION[0], `${TOTAL_OVER_OPTION[1]} — for either design at any step`)
    .option('--limits', 'also mark where each design first crosses an AWS limit (quota, payload size), beside the cost crossover')
    .option('--peak-factor <n>', 'peak requests/s ÷ the monthly average, for --limits (default 3)')
    .action(async (a: string, b: string, flags: CompareFlags) => {
      if (!(FORMATS as readonly string[]).includes(flags.format))
        throw new UserError(`--format ${flags.format}: unknown format.`, `Use one of: ${FORMATS.join(', ')}.`);
      const format = flags.format as Format;
      const scales = scalesFrom(flags.scale);
      const limits = parseBudgetFlags(flags);
      const specA = parseSourceStacks(a);
      const specB = parseSourceStacks(b);
      const runs = new Map<string, Promise<LoadRun>>();
      const pricers = new PricerRegistry();
      const runFor = (source: string, usage: string | undefined) => {
        const key = `${source}\u0000${usage ?? ''}`;
        let run = runs.get(key);
        if (!run) {
          run = runLoadEstimate({
            source,
            pricers,
            ...(usage ? { usageFile: usage } : {}),
            ...(flags.region ? { region: flags.region } : {}),
            ...(Object.keys(flags.context).length ? { context: flags.context } : {}),
            freeTier: flags.freeTier === true,
            ...(flags.snapshot ? { snapshotDir: flags.snapshot } : {}),
          });
          runs.set(key, run);
        }
        return run;
      };
      const runA = await runFor(specA.source, flags.usage);
      const runB = await runFor(specB.source, flags.usageB ?? (specB.source === specA.source ? flags.usage : undefined));
      const side = (spec: { label: string; stacks?: Set<string> }, run: LoadRun): CompareSide => {
        if (spec.stacks) checkStacks(run.architecture, spec.stacks, spec.label);
        return { label: spec.label, run, ...(spec.stacks ? { stacks: spec.stacks } : {}) };
      };
      const sideA = side(specA, runA);
      const sideB = side(specB, runB);
      const comparison = compareDesigns(sideA, sideB, scales);
      // Budgets (the flag; each usage file's budgets section for its design) hold for both designs at every step.
      const checks = checkBoth([stepsOf('A', sideA, scales), stepsOf('B', sideB, scales)], limits);
      const breaks =
        flags.limits || flags.peakFactor !== undefined ? designBreaks(sideA, sideB, parsePeakFactor(flags.peakFactor)) : undefined;
      const text = renderComparison(comparison, format, breaks);
      emitReport(io, flags.out, text, `${format} comparison`);
      setExitCode(reportBudgets(checks, io.stderr));
    });
}

interface SideSteps {
  budgets: ScopeBudget[];
  /** Each design at each step as a whole estimate: priced only when a budget needs it. */
  steps: () => BudgetStep[];
}

function stepsOf(name: string, side: CompareSide, scales: ReturnType<typeof scalesFrom>): SideSteps {
  return {
    budgets: readBudgets(side.run.usage),
    steps: () =>
      scales.map((scale) => ({
        label: `${scale.toFixed()}× (${name}: ${side.label})`,
        estimate: estimateAt(side.run, scale, side.stacks),
      })),
  };
}

/** A usage-file budget applies to the design that has its scope; one that neither has is an error. */
function checkBoth(sides: SideSteps[], limits: ReturnType<typeof parseBudgetFlags>) {
  if (Object.keys(limits).length === 0 && sides.every((side) => side.budgets.length === 0)) return [];
  const priced = sides.map((side) => ({ budgets: side.budgets, steps: side.steps() }));
  const allSteps = priced.flatMap((p) => p.steps);
  for (const { budgets } of priced) {
    const unknown = unmatchedBudgets(allSteps, budgets)[0];
    if (unknown) throw unknownScope(unknown, allSteps);
  }
  return priced.flatMap(({ steps, budgets }) => checkStepsWhereFound(steps, limits, budgets));
}
