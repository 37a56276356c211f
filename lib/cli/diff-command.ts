/**
 * `cdk-cost diff BASE HEAD`: the cost change between two versions of an app. Each side is a source
 * (app directory, cdk.out, template) or a saved estimate (`estimate --format json --out FILE`).
 */
import type { Command } from 'commander';
import { emitReport } from './write-output.js';
import { UserError } from '../errors.js';
import type { CliIo } from './run.js';
import type { SetExitCode } from './commands.js';
import { collectKeyValue } from './options.js';
import { addBudgetOptions, parseBudgetFlags, type BudgetFlags } from './budget-options.js';
import { reportBudgets } from './budget-report.js';
import { runDiff } from '../diff/run-diff.js';
import { DIFF_FORMATS, renderDiff, type DiffFormat } from '../report/diff/render-diff.js';
import { FREE_TIER_OPTION } from './free-tier-option.js';
import { parsePeakFactor } from './limits-option.js';
import { PricerRegistry } from '../resources/registry.js';

interface DiffFlags extends BudgetFlags {
  usage?: string;
  format: string;
  out?: string;
  region?: string;
  context: Record<string, string>;
  freeTier?: boolean;
  snapshot?: string;
  limits?: boolean;
  peakFactor?: string;
}

export function registerDiff(program: Command, io: CliIo, setExitCode: SetExitCode): void {
  const command = program
    .command('diff')
    .description(
      'Cost change from BASE to HEAD: added, removed and changed resources, with the monthly delta and why. Each side is an app ' +
        'directory, a cdk.out, a template, or a saved estimate JSON.',
    )
    .argument('<base>', 'the version before: source, or saved estimate (estimate --format json --out FILE)')
    .argument('<head>', 'the version after: source, or saved estimate')
    .option('-u, --usage <file>', 'usage file for both sides (default: cdk-cost.usage.yml beside HEAD, if present)')
    .option('-f, --format <format>', `output format: ${DIFF_FORMATS.join(', ')} (markdown is the pull-request comment)`, 'table')
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('-r, --region <region>', 'region for stacks that do not name one (default us-east-1)')
    .option('-c, --context <key=value>', 'CDK context value for synthesizing both sides (repeatable)', collectKeyValue('--context'), {})
    .option(...FREE_TIER_OPTION)
    .option('--snapshot <dir>', 'price snapshot directory (default: the bundled one)')
    .option('--limits', 'also name the AWS limits HEAD crosses at its estimated load that BASE did not (markdown, json)')
    .option('--peak-factor <n>', 'peak requests/s ÷ the monthly average, for --limits (default 3)');
  addBudgetOptions(command).action(async (base: string, head: string, flags: DiffFlags) => {
    const format = parseFormat(flags.format);
    const limits = parseBudgetFlags(flags);
    const diff = await runDiff({
      base,
      head,
      limits,
      pricers: new PricerRegistry(),
      ...(flags.usage ? { usageFile: flags.usage } : {}),
      ...(flags.region ? { region: flags.region } : {}),
      ...(Object.keys(flags.context).length ? { context: flags.context } : {}),
      freeTier: flags.freeTier === true,
      ...(flags.snapshot ? { snapshotDir: flags.snapshot } : {}),
      ...limitsOptions(flags),
    });
    const text = renderDiff(diff, format);
    emitReport(io, flags.out, text, `${format} diff`);
    setExitCode(reportBudgets(diff.budgets, io.stderr));
  });
}

function limitsOptions(flags: DiffFlags): { checkLimits?: boolean; peakFactor?: number } {
  if (!flags.limits && flags.peakFactor === undefined) return {};
  const peakFactor = parsePeakFactor(flags.peakFactor);
  return { checkLimits: true, ...(peakFactor !== undefined ? { peakFactor } : {}) };
}

function parseFormat(value: string): DiffFormat {
  if ((DIFF_FORMATS as readonly string[]).includes(value)) return value as DiffFormat;
  throw new UserError(`--format ${value}: unknown format.`, `Use one of: ${DIFF_FORMATS.join(', ')}.`);
}
