/**
 * The organization options of `cdk-cost scan`: which accounts (--accounts / --organization [--ou]),
 * the member role to assume (--role-name, --external-id), how many account × region scans at once
 * (--concurrency), and --print-role-template for the StackSet that creates that role.
 */
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { AccountSelection } from '../scan/organization/accounts.js';
import { DEFAULT_ROLE_NAME, roleTemplate } from '../scan/organization/role-template.js';
import type { ProgressLine } from '../scan/progress.js';
import type { Thresholds } from '../scan/thresholds.js';
import type { ScanReport } from '../scan/types.js';

export interface OrgFlags {
  region: string[];
  profile?: string;
  snapshot?: string;
  accounts?: string[];
  organization?: boolean;
  ou: string[];
  roleName?: string;
  externalId?: string;
  concurrency?: string;
  groupByTag?: string;
  scanningAccount?: string;
}

/** Above this, the scanning account's own STS and Organizations calls start to throttle for no gain. */
const MAX_CONCURRENCY = 64;

export function addOrgOptions(command: Command): Command {
  return command
    .option('--accounts <ids>', 'scan these accounts (comma-separated ids) through --role-name', (v: string, prev: string[] = []) => [
      ...prev,
      ...v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ])
    .option('--organization', 'scan every ACTIVE account of the organization (Organizations ListAccounts) through --role-name')
    .option(
      '--ou <id>',
      'with --organization: only accounts under this OU or root, nested OUs included (repeatable)',
      (v: string, p: string[]) => [...p, v],
      [],
    )
    .option('--role-name <name>', `role to assume in each account (default ${DEFAULT_ROLE_NAME})`)
    .option('--external-id <id>', 'external id the member role requires, if any')
    .option('--concurrency <n>', 'account × region scans at once (default 8)')
    .option('--group-by-tag <key>', 'sum the waste per value of this tag on the resources, e.g. team')
    .option('--print-role-template', 'print the member-account role as a StackSet-ready CloudFormation template, and exit')
    .option('--scanning-account <id>', 'with --print-role-template: the account trusted to assume the role');
}

/** The account selection, or undefined for the ordinary one-account scan. */
export function orgSelection(flags: OrgFlags, source: string | undefined): AccountSelection | undefined {
  const org = flags.accounts?.length || flags.organization || flags.ou.length;
  if (!org) {
    for (const [flag, set] of [
      ['--role-name', flags.roleName],
      ['--external-id', flags.externalId],
      ['--concurrency', flags.concurrency],
    ] as const) {
      if (set !== undefined) throw new UserError(`${flag} applies to organization scans.`, 'Add --accounts ID,… or --organization.');
    }
    return undefined;
  }
  if (source) {
    throw new UserError(
      'An organization scan (--accounts / --organization) looks at whole accounts; SOURCE limits a scan to one app.',
      'Drop SOURCE, or scan the app in its own account without --accounts.',
    );
  }
  return {
    ...(flags.accounts?.length ? { ids: flags.accounts } : {}),
    ...(flags.organization ? { organization: true } : {}),
    ...(flags.ou.length ? { ous: flags.ou } : {}),
  };
}

export function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY) {
    throw new UserError(`--concurrency ${value}: expected a whole number from 1 to ${MAX_CONCURRENCY}.`);
  }
  return n;
}

export function printableRoleTemplate(flags: OrgFlags): Record<string, unknown> {
  if (flags.scanningAccount !== undefined && !/^\d{12}$/.test(flags.scanningAccount)) {
    throw new UserError(`--scanning-account ${flags.scanningAccount}: not a 12-digit AWS account id.`);
  }
  return roleTemplate({
    ...(flags.roleName ? { roleName: flags.roleName } : {}),
    ...(flags.scanningAccount ? { scanningAccount: flags.scanningAccount } : {}),
    ...(flags.externalId ? { externalId: flags.externalId } : {}),
  });
}

export async function runOrgFromCli(
  flags: OrgFlags,
  accounts: AccountSelection,
  settings: { lookbackDays: number; thresholds: Thresholds; progress: ProgressLine },
): Promise<ScanReport> {
  const concurrency = parseConcurrency(flags.concurrency);
  // Loaded only when an organization scan runs (the SDK clients), like the one-account scan.
  const { runOrgScan } = await import('../scan/organization/run-org-scan.js');
  const { scanPricers } = await import('../scan/pricers/scan-pricers.js');
  return runOrgScan({
    pricers: scanPricers(),
    accounts,
    roleName: flags.roleName ?? DEFAULT_ROLE_NAME,
    ...(flags.externalId ? { externalId: flags.externalId } : {}),
    regions: flags.region,
    access: flags.profile ? { profile: flags.profile } : {},
    ...(concurrency ? { concurrency } : {}),
    ...(flags.groupByTag ? { groupByTag: flags.groupByTag } : {}),
    lookbackDays: settings.lookbackDays,
    thresholds: settings.thresholds,
    ...(flags.snapshot ? { snapshotDir: flags.snapshot } : {}),
    onProgress: (p) => settings.progress.phase(`scanned ${p.done}/${p.total} account × region (last: ${p.account} ${p.region})`),
  }).finally(() => settings.progress.done());
}
