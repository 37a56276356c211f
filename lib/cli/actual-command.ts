/**
 * `cdk-cost actual [SOURCE]`: the estimate at the period's usage held against Cost Explorer, per
 * stack and service. Exit 2 with --fail-if-drift-over when a stack is further off than that.
 */
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { ACTUAL_IAM_ACTIONS, readOnlyPolicy } from '../measure/iam-policy.js';
import { ACTUAL_FORMATS, renderActual, type ActualFormat } from '../actual/render-actual.js';
import type { SetExitCode } from './commands.js';
import { collectKeyValue } from './options.js';
import { EXIT_THRESHOLD, type CliIo } from './run.js';
import { addSynthOptions, progressLine, synthLoadOptions, type SynthFlags } from './synth-options.js';
import { emitReport } from './write-output.js';

interface ActualFlags extends SynthFlags {
  month?: string;
  from?: string;
  to?: string;
  usage?: string;
  format: string;
  out?: string;
  failIfDriftOver?: string;
  region?: string;
  profile?: string;
  snapshot?: string;
  printIamPolicy?: boolean;
  context: Record<string, string>;
}

export function registerActual(program: Command, io: CliIo, setExitCode: SetExitCode): void {
  const actual = program
    .command('actual')
    .description('Compare the estimate with what Cost Explorer billed, per stack and service (read-only).')
    .argument('[source]', 'app directory, cdk.out directory, or template file', '.')
    .option('--month <YYYY-MM>', 'the month to compare (default: the last full month)')
    .option('--from <YYYY-MM-DD>', 'start of the period (with --to)')
    .option('--to <YYYY-MM-DD>', 'end of the period, exclusive')
    .option('-u, --usage <file>', 'usage of the period (default: pulled from CloudWatch for the period, as `usage pull`)')
    .option('-f, --format <format>', `output format: ${ACTUAL_FORMATS.join(', ')}`, 'table')
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .option('--fail-if-drift-over <percent>', "exit 2 when any stack's actual differs from its estimate by more than this")
    .option('-r, --region <region>', 'region of stacks that do not name one')
    .option('--profile <profile>', 'AWS shared-config profile (default: the standard credential chain)')
    .option('--snapshot <dir>', 'price snapshot directory (default: the bundled one)')
    .option('-c, --context <key=value>', 'CDK context value for synthesis (repeatable)', collectKeyValue('--context'), {})
    .option('--print-iam-policy', 'print the read-only IAM policy `actual` needs, and exit');
  addSynthOptions(actual).action(async (source: string, flags: ActualFlags) => {
    if (flags.printIamPolicy) {
      io.stdout(JSON.stringify(readOnlyPolicy('CdkCostActualReadOnly', ACTUAL_IAM_ACTIONS), null, 2) + '\n');
      return;
    }
    if (!(ACTUAL_FORMATS as readonly string[]).includes(flags.format))
      throw new UserError(`--format ${flags.format}: unknown format.`, `Use one of: ${ACTUAL_FORMATS.join(', ')}.`);
    let driftLimit: number | undefined;
    if (flags.failIfDriftOver !== undefined) {
      driftLimit = Number(flags.failIfDriftOver.replace(/%$/, ''));
      if (!Number.isFinite(driftLimit) || driftLimit < 0)
        throw new UserError(`--fail-if-drift-over ${flags.failIfDriftOver}: expected a percentage, e.g. 20.`);
    }
    const { runActual, parsePeriod } = await import('../actual/run-actual.js');
    const period = parsePeriod(flags, new Date());
    const progress = progressLine(io, flags);
    const { PricerRegistry } = await import('../resources/registry.js');
    const report = await runActual({
      pricers: new PricerRegistry(),
      ...synthLoadOptions(flags),
      onPhase: (phase) => progress.phase(phase),
      source,
      period,
      access: flags.profile ? { profile: flags.profile } : {},
      ...(flags.usage ? { usageFile: flags.usage } : {}),
      ...(driftLimit !== undefined ? { driftLimit } : {}),
      ...(flags.snapshot ? { snapshotDir: flags.snapshot } : {}),
      ...(flags.region ? { region: flags.region } : {}),
      ...(Object.keys(flags.context).length ? { context: flags.context } : {}),
    }).finally(() => progress.done());
    emitReport(io, flags.out, renderActual(report, flags.format as ActualFormat), `${flags.format} actual report`);
    if (report.overLimit.length) {
      io.stderr(`${report.overLimit.join(', ')}: actual differs from the estimate by more than ${driftLimit}%.\n`);
      setExitCode(EXIT_THRESHOLD);
    }
  });
}
