/**
 * `cdk-cost usage pull [SOURCE]`: the deployed stacks' CloudWatch metrics → the usage file, each
 * value with its source. Read-only (`--print-iam-policy`). Added under the `usage` command.
 */
import type { Command } from 'commander';
import { readOnlyPolicy, PULL_IAM_ACTIONS } from '../measure/iam-policy.js';
import { PricerRegistry } from '../resources/registry.js';
import { defaultUsageFile } from '../estimate/run-estimate.js';
import type { SetExitCode } from './commands.js';
import { collectKeyValue } from './options.js';
import type { CliIo } from './run.js';
import { parseLookback } from './scan-command.js';
import { addSynthOptions, progressLine, synthLoadOptions, type SynthFlags } from './synth-options.js';
import { writeOutput } from './write-output.js';
import { pullSummary } from '../measure/pull-summary.js';

interface PullFlags extends SynthFlags {
  lookback: string;
  out?: string;
  region?: string;
  profile?: string;
  overwrite?: boolean;
  printIamPolicy?: boolean;
  context: Record<string, string>;
}

export function registerUsagePull(program: Command, io: CliIo, _setExitCode: SetExitCode): void {
  const usage = program.commands.find((c) => c.name() === 'usage');
  if (!usage) throw new Error('usage pull: register the usage command first');
  const pull = usage
    .command('pull')
    .description(
      "Measure the deployed stacks' usage from CloudWatch (read-only) and write it to the usage file, each value with its source.",
    )
    .argument('[source]', 'app directory, cdk.out directory, or template file', '.')
    .option('--lookback <days>', 'window of whole days before today (UTC), e.g. 30d', '30d')
    .option('-o, --out <file>', "usage file to write or merge into (default: the app's usage file, else cdk-cost.usage.yml beside it)")
    .option('--overwrite', 'write the file afresh instead of merging into it (drops your entries and comments)')
    .option('-r, --region <region>', 'region of stacks that do not name one')
    .option('--profile <profile>', 'AWS shared-config profile (default: the standard credential chain)')
    .option('-c, --context <key=value>', 'CDK context value for synthesis (repeatable)', collectKeyValue('--context'), {})
    .option('--print-iam-policy', 'print the read-only IAM policy `usage pull` needs, and exit');
  addSynthOptions(pull).action(async (source: string, flags: PullFlags) => {
    if (flags.printIamPolicy) {
      io.stdout(JSON.stringify(readOnlyPolicy('CdkCostUsagePullReadOnly', PULL_IAM_ACTIONS), null, 2) + '\n');
      return;
    }
    const lookbackDays = parseLookback(flags.lookback);
    const target = flags.out ?? defaultUsageFile(source, undefined) ?? defaultTarget(source);
    const { runPull } = await import('../measure/run-pull.js');
    const progress = progressLine(io, flags);
    const run = await runPull({
      ...synthLoadOptions(flags),
      onPhase: (phase) => progress.phase(phase),
      source,
      pricers: new PricerRegistry(),
      access: flags.profile ? { profile: flags.profile } : {},
      lookbackDays,
      target,
      ...(flags.overwrite ? { overwrite: true } : {}),
      ...(flags.region ? { region: flags.region } : {}),
      ...(Object.keys(flags.context).length ? { context: flags.context } : {}),
    }).finally(() => progress.done());
    writeOutput(target, run.text);
    io.stdout(pullSummary(run, target));
  });
}

function defaultTarget(source: string): string {
  return /\.(json|ya?ml|template)$/i.test(source)
    ? source.replace(/[^/]*$/, 'cdk-cost.usage.yml')
    : `${source.replace(/\/$/, '')}/cdk-cost.usage.yml`;
}
