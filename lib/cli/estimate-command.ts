/**
 * `cdk-cost estimate [SOURCE]`: price an app, a Cloud Assembly, or a template.
 */
import type { Command } from 'commander';
import { emitReport } from './write-output.js';
import { UserError } from '../errors.js';
import type { CliIo } from './run.js';
import type { SetExitCode } from './commands.js';
import { collectKeyValue } from './options.js';
import { addSynthOptions, progressLine, synthLoadOptions, type SynthFlags } from './synth-options.js';
import { runEstimate } from '../estimate/run-estimate.js';
import { runEstimateLoad } from './estimate-load.js';
import { parseSourceStacks } from './source-stacks.js';
import { readSavedEstimate } from '../diff/saved-estimate.js';
import type { Estimate } from '../estimate/estimate-types.js';
import { renderEstimate, FORMATS, type Format } from '../report/render.js';
import { coverageSection } from '../report/render-coverage.js';
import { reportBudgets } from './budget-report.js';
import {
  BASELINE_OPTION,
  INCREASE_OVER_OPTION,
  TOTAL_OVER_OPTION,
  prepareEstimateBudgets,
  type EstimateBudgetFlags,
} from './budget-options.js';
import { addPriceSourceOptions, openPriceBook, type PriceSourceFlags } from './price-options.js';
import { FREE_TIER_OPTION } from './free-tier-option.js';
import { LIMITS_OPTIONS, limitsOutput, type LimitsFlags } from './limits-option.js';
import { PricerRegistry } from '../resources/registry.js';

interface EstimateFlags extends EstimateBudgetFlags, PriceSourceFlags, SynthFlags, LimitsFlags {
  usage?: string;
  format: string;
  out?: string;
  region?: string;
  parameter: Record<string, string>;
  context: Record<string, string>;
  freeTier?: boolean;
  snapshot?: string;
  coverage?: boolean;
  explain?: string;
  scale?: string;
}

export function registerEstimate(program: Command, io: CliIo, setExitCode: SetExitCode): void {
  program
    .command('estimate')
    .description('Monthly cost of a CDK app directory (cdk.json), a cdk.out Cloud Assembly, or a CloudFormation template (JSON/YAML).')
    .argument(
      '[source]',
      'app directory, cdk.out directory, or template file; SOURCE#STACK[,STACK] prices only those stacks; a saved estimate (--format ' +
        'json) is rendered again',
      '.',
    )
    .option('-u, --usage <file>', 'usage file (YAML); default: cdk-cost.usage.yml beside the source, if present')
    .option(
      '-f, --format <format>',
      `output format: ${FORMATS.join(', ')} (html: one self-contained page, e.g. --format html --out report.html)`,
      'table',
    )
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('-r, --region <region>', 'region for stacks that do not name one (default us-east-1)')
    .option('-p, --parameter <key=value>', 'template parameter value (repeatable)', collectKeyValue('--parameter'), {})
    .option('-c, --context <key=value>', 'CDK context value for synthesis (repeatable)', collectKeyValue('--context'), {})
    .option(...FREE_TIER_OPTION)
    .option('--snapshot <dir>', 'price snapshot directory (default: the bundled one)')
    .option('--coverage', 'also list, per resource type, how many resources were priced, free, usage-missing or unsupported, and why')
    .option('--explain <path>', 'how every usage number of the resources under a construct was given or derived from the entry loads')
    .option('--scale <list>', 'the whole estimate at each multiple of the entry loads, e.g. 1,10,100')
    .option(...TOTAL_OVER_OPTION)
    .option(...INCREASE_OVER_OPTION)
    .option(...BASELINE_OPTION)
    .option(...LIMITS_OPTIONS[0])
    .option(...LIMITS_OPTIONS[1])
    .option(...LIMITS_OPTIONS[2])
    .option(...LIMITS_OPTIONS[3])
    .action(async (source: string, flags: EstimateFlags) => {
      const format = parseFormat(flags.format);
      const budgets = prepareEstimateBudgets(flags);
      const saved = readSavedEstimate(source);
      if (saved) {
        // Every input is checked before anything is written: a broken budget never leaves a report behind.
        const checks = budgets.evaluate(saved, undefined);
        renderSaved(source, saved, flags, format, io);
        return setExitCode(reportBudgets(checks, io.stderr));
      }
      const side = parseSourceStacks(source);
      const progress = progressLine(io, flags);
      const options = {
        ...synthLoadOptions(flags),
        onPhase: (phase: string) => progress.phase(phase),
        source: side.source,
        ...(side.stacks ? { stacks: side.stacks, label: side.label } : {}),
        ...(flags.usage ? { usageFile: flags.usage } : {}),
        ...(flags.region ? { region: flags.region } : {}),
        parameters: flags.parameter,
        ...(Object.keys(flags.context).length ? { context: flags.context } : {}),
        freeTier: flags.freeTier === true,
        ...(flags.snapshot ? { snapshotDir: flags.snapshot } : {}),
        priceBook: await openPriceBook(flags, (line) => io.stderr(`live prices: ${line}\n`)),
        // The command is the entry point: it builds the one registry every estimate below prices with.
        pricers: new PricerRegistry(),
      };
      if (flags.explain !== undefined || flags.scale !== undefined) {
        return setExitCode(await runEstimateLoad(options, flags, format, io, budgets).finally(() => progress.done()));
      }
      let text: string;
      let run: Awaited<ReturnType<typeof runEstimate>>;
      let checks: ReturnType<typeof budgets.evaluate>;
      let limits: ReturnType<typeof limitsOutput>;
      try {
        run = await runEstimate(options);
        // Every input is checked before anything is written: a broken budget never leaves a report behind.
        checks = budgets.evaluate(run.estimate, run.usage);
        progress.phase('rendering');
        limits = limitsOutput(run, flags, format); // --limits, --peak-factor, --fail-on-limits
        text =
          limits?.json ??
          limits?.page ??
          renderEstimate(run.estimate, format) + (flags.coverage ? coverageSection(run.estimate, format) : '');
      } finally {
        progress.done();
      }
      output(text + (limits?.section ?? ''), flags, format, io);
      setExitCode(Math.max(reportBudgets(checks, io.stderr), limits?.exitCode ?? 0));
    });
  // --prices snapshot|live, the live cache and the Price List endpoint (pricing/live).
  addPriceSourceOptions(program.commands.find((c) => c.name() === 'estimate')!);
  addSynthOptions(program.commands.find((c) => c.name() === 'estimate')!);
}

function output(text: string, flags: EstimateFlags, format: Format, io: CliIo): void {
  emitReport(io, flags.out, text, `${format} estimate`);
}

/**
 * A saved estimate (`--format json --out estimate.json`) rendered again in another format, e.g. the
 * HTML report of a CI artifact. It is priced already: options that would price it again are errors.
 */
function renderSaved(path: string, estimate: Estimate, flags: EstimateFlags, format: Format, io: CliIo): void {
  const repricing: Array<[string, boolean]> = [
    ['--usage', flags.usage !== undefined],
    ['--scale', flags.scale !== undefined],
    ['--explain', flags.explain !== undefined],
    ['--region', flags.region !== undefined],
    ['--snapshot', flags.snapshot !== undefined],
    ['--free-tier', flags.freeTier === true],
    ['--parameter', Object.keys(flags.parameter).length > 0],
    ['--context', Object.keys(flags.context).length > 0],
  ];
  const given = repricing.filter(([, isGiven]) => isGiven).map(([name]) => name);
  if (given.length) {
    throw new UserError(
      `${path} is a saved estimate, priced already: ${given.join(', ')} cannot change it.`,
      'Estimate the app or template again with those options, or drop them to render this file.',
    );
  }
  output(renderEstimate(estimate, format) + (flags.coverage ? coverageSection(estimate, format) : ''), flags, format, io);
}

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UserError(`--format ${value}: unknown format.`, `Use one of: ${FORMATS.join(', ')}.`);
}
