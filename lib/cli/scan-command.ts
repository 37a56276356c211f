/**
 * `cdk-cost scan [SOURCE]`: idle and orphaned resources of a live account, priced by the estimate's
 * pricers, largest waste first. Read-only. Exit 2 with --fail-if-waste-over when the waste is higher.
 */
import type { Command } from 'commander';
import { emitReport } from './write-output.js';
import { UserError } from '../errors.js';
import { Decimal } from '../money.js';
import { scanIamPolicy } from '../scan/iam-policy.js';
import { SCAN_FORMATS, renderScan, type ScanFormat } from '../scan/report/render-scan.js';
import { incompleteLine } from '../scan/report/scan-text.js';
import { resolveThresholds } from '../scan/thresholds.js';
import type { SetExitCode } from './commands.js';
import { groupByTag } from '../scan/organization/tag-groups.js';
import { addOrgOptions, orgSelection, printableRoleTemplate, runOrgFromCli } from './scan-org-options.js';
import { collectKeyValue } from './options.js';
import { addSynthOptions, progressLine, synthLoadOptions, type SynthFlags } from './synth-options.js';
import { EXIT_THRESHOLD, EXIT_USER_ERROR, type CliIo } from './run.js';

interface ScanFlags extends SynthFlags {
  region: string[];
  profile?: string;
  lookback: string;
  format: string;
  out?: string;
  threshold: Record<string, string>;
  failIfWasteOver?: string;
  context: Record<string, string>;
  snapshot?: string;
  printIamPolicy?: boolean;
  accounts?: string[];
  organization?: boolean;
  ou: string[];
  roleName?: string;
  externalId?: string;
  concurrency?: string;
  groupByTag?: string;
  printRoleTemplate?: boolean;
  scanningAccount?: string;
}

export function registerScan(program: Command, io: CliIo, setExitCode: SetExitCode): void {
  program
    .command('scan')
    .description('Find idle and orphaned resources in a live AWS account (read-only) and price their monthly waste.')
    .argument('[source]', "CDK app directory, cdk.out or template: scan only this app's stacks (default: every stack of the account)")
    .option(
      '-r, --region <region>',
      'region to scan (repeatable; "all" for every enabled region); default: the app\'s regions, else your configured region',
      (v: string, prev: string[]) => [...prev, v],
      [],
    )
    .option('--profile <profile>', 'AWS shared-config profile (default: the standard credential chain)')
    .option('--lookback <days>', 'how far back usage is judged, e.g. 14d', '14d')
    .option('-f, --format <format>', `output format: ${SCAN_FORMATS.join(', ')}`, 'table')
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .option(
      '-t, --threshold <key=value>',
      'override an idle threshold (repeatable), e.g. ec2.cpuPercent=5',
      collectKeyValue('--threshold'),
      {},
    )
    .option('--fail-if-waste-over <usd>', 'exit 2 when the monthly waste is higher than this (for CI)')
    .option('-c, --context <key=value>', 'CDK context value for synthesizing SOURCE (repeatable)', collectKeyValue('--context'), {})
    .option('--snapshot <dir>', 'price snapshot directory (default: the bundled one)')
    .option('--print-iam-policy', 'print the read-only IAM policy the scan needs, and exit');
  const scan = addOrgOptions(program.commands.find((c) => c.name() === 'scan')!);
  addSynthOptions(scan).action(async (source: string | undefined, flags: ScanFlags) => {
    if (flags.printIamPolicy) {
      io.stdout(JSON.stringify(scanIamPolicy(), null, 2) + '\n');
      return;
    }
    if (flags.printRoleTemplate) {
      io.stdout(JSON.stringify(printableRoleTemplate(flags), null, 2) + '\n');
      return;
    }
    const org = orgSelection(flags, source);
    const format = parseFormat(flags.format);
    const lookbackDays = parseLookback(flags.lookback);
    const thresholds = resolveThresholds(flags.threshold);
    const limit = flags.failIfWasteOver === undefined ? undefined : parseUsd(flags.failIfWasteOver);
    // The AWS SDK clients load only when a scan actually runs: every other command starts fast.
    const { runScan } = await import('../scan/engine/run-scan.js');
    const { scanPricers } = await import('../scan/pricers/scan-pricers.js');
    const progress = progressLine(io, flags);
    const report = org
      ? await runOrgFromCli(flags, org, { lookbackDays, thresholds, progress })
      : await runScan({
          ...synthLoadOptions(flags),
          pricers: scanPricers(),
          onPhase: (phase) => progress.phase(phase),
          ...(source ? { source } : {}),
          regions: flags.region,
          access: flags.profile ? { profile: flags.profile } : {},
          lookbackDays,
          thresholds,
          ...(Object.keys(flags.context).length ? { context: flags.context } : {}),
          ...(flags.snapshot ? { snapshotDir: flags.snapshot } : {}),
          onProgress: (p) => progress.update(p),
        })
          .then((r) => (flags.groupByTag ? { ...r, groups: groupByTag(r.findings, flags.groupByTag) } : r))
          .finally(() => progress.done());
    const text = renderScan(report, format);
    emitReport(io, flags.out, text, `${format} scan report`);
    if (limit !== undefined && new Decimal(report.totals.monthlyWaste).greaterThan(limit)) {
      io.stderr(
        `Monthly waste $${new Decimal(report.totals.monthlyWaste).toFixed(2)} is over --fail-if-waste-over $${limit.toFixed(2)}.\n`,
      );
      setExitCode(EXIT_THRESHOLD);
    }
    // A gate must not pass on a scan that could not look: the waste it did not see is unknown.
    const incomplete = incompleteLine(report);
    if (incomplete) {
      io.stderr(`warning: ${incomplete}\n`);
      if (limit !== undefined) {
        io.stderr(
          `--fail-if-waste-over cannot pass an incomplete scan: grant the permissions it lacks (cdk-cost scan --print-iam-policy).\n`,
        );
        setExitCode(EXIT_USER_ERROR);
      }
    }
  });
}

function parseFormat(value: string): ScanFormat {
  if ((SCAN_FORMATS as readonly string[]).includes(value)) return value as ScanFormat;
  throw new UserError(`--format ${value}: unknown format.`, `Use one of: ${SCAN_FORMATS.join(', ')}.`);
}

/** "14d" or "14" → 14. CloudWatch keeps daily datapoints for 455 days. */
export function parseLookback(value: string): number {
  const match = /^(\d+)d?$/.exec(value.trim());
  const days = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(days) || days < 1 || days > 455) {
    throw new UserError(
      `--lookback ${value}: expected a number of days from 1 to 455, e.g. 14d.`,
      'CloudWatch keeps daily datapoints for 455 days.',
    );
  }
  return days;
}

function parseUsd(value: string): Decimal {
  const cleaned = value.trim().replace(/^\$/, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) throw new UserError(`--fail-if-waste-over ${value}: expected an amount in USD, e.g. 100 or 49.50.`);
  return new Decimal(cleaned);
}
