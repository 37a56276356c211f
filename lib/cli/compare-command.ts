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
import { compareDesigns, type CompareSide } from '../usage/sweep/compare.js';
import { runLoadEstimate, type LoadRun } from '../usage/sweep/load-run.js';
import { checkStacks } from '../estimate/select-stacks.js';
import { FREE_TIER_OPTION } from './free-tier-option.js';

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
}

export function registerCompare(program: Command, io: CliIo, _setExitCode: SetExitCode): void {
  program
    .command('compare')
    .description('Two designs under the same entry loads: the cost of each at each multiple of the load, and the crossover where they change order.')
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
    .action(async (a: string, b: string, flags: CompareFlags) => {
      if (!(FORMATS as readonly string[]).includes(flags.format)) throw new UserError(`--format ${flags.format}: unknown format.`, `Use one of: ${FORMATS.join(', ')}.`);
      const format = flags.format as Format;
      const scales = scalesFrom(flags.scale);
      const specA = parseSourceStacks(a);
      const specB = parseSourceStacks(b);
      const runs = new Map<string, Promise<LoadRun>>();
      const runFor = (source: string, usage: string | undefined) => {
        const key = `${source}\u0000${usage ?? ''}`;
        let run = runs.get(key);
        if (!run) {
          run = runLoadEstimate({
            source,
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
      const comparison = compareDesigns(side(specA, runA), side(specB, runB), scales);
      const text = renderComparison(comparison, format);
      emitReport(io, flags.out, text, `${format} comparison`);
    });
}
