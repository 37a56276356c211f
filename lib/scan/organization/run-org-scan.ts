/**
 * The scan across many accounts: list the accounts, assume the member role in each (once, shared by
 * all its regions), plan each account's regions, and run the ordinary one-account scan
 * (runScan) for every account × region — at most `concurrency` of those at a time, since AWS
 * throttles each account and region separately and the limit that matters is the work in flight
 * here. A role that cannot be assumed is a coverage gap of that account, not a failure of the
 * scan. The per-region reports merge into one ScanReport with `accounts[]` (and `groups` for
 * --group-by-tag).
 */
import { UserError } from '../../errors.js';
import { bundledSnapshotDir } from '../../package-root.js';
import { fatalAwsError, isFatalSdkError } from '../../aws/sdk-errors.js';
import type { PriceBook } from '../../pricing/price-book.js';
import { SnapshotPriceBook } from '../../pricing/snapshot/snapshot-price-book.js';
import { ClientFactory, type AwsAccess } from '../aws/clients.js';
import { CommandLog } from '../aws/command-log.js';
import { errorInfo } from '../aws/errors.js';
import { planRegions } from '../engine/regions.js';
import { DEFAULT_LOOKBACK_DAYS, runScan, type ScanOptions } from '../engine/run-scan.js';
import { ALL_RULES } from '../rules/index.js';
import { resolveThresholds } from '../thresholds.js';
import type { CoverageGap, ScanReport, SkippedRegion } from '../types.js';
import { selectAccounts, type AccountSelection, type OrgAccount } from './accounts.js';
import { assumeRoleProvider, roleArn, type CredentialProvider } from './assume-role.js';
import { mergeAccountReports, type AccountResult } from './merge-reports.js';
import { limiter } from './pool.js';

/**
 * Default concurrency: 8 account × region scans in flight. Each runs its datasets and metric batches
 * against its own account's and region's API rate limits, so the bound is this machine's sockets
 * and memory, and the scanning account's STS / Organizations calls (a handful per account).
 */
export const DEFAULT_ORG_CONCURRENCY = 8;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export interface OrgScanProgress {
  done: number;
  total: number;
  account: string;
  region: string;
}

export interface OrgScanOptions
  extends Pick<ScanOptions, 'pricers' | 'lookbackDays' | 'thresholds' | 'now' | 'priceBook' | 'snapshotDir' | 'rules'> {
  accounts: AccountSelection;
  /** Role to assume in every account (created by `cdk-cost scan --print-role-template`). */
  roleName: string;
  externalId?: string;
  /** Region codes, or "all" (every region each account has enabled). Default: the configured region. */
  regions?: string[];
  /** The scanning account's access (standard chain, --profile, or test configuration). */
  access?: AwsAccess;
  concurrency?: number;
  /** --group-by-tag: sum the waste per value of this tag on the findings' resources. */
  groupByTag?: string;
  /** Records the scanning account's own calls (Organizations, STS). */
  log?: CommandLog;
  /** Receives every command each account's role sent (tests and benchmarks count them). */
  onAccountCommands?: (account: string, log: CommandLog) => void;
  onProgress?: (progress: OrgScanProgress) => void;
}

export async function runOrgScan(options: OrgScanOptions): Promise<ScanReport> {
  const now = options.now?.() ?? new Date();
  const clock = () => now;
  const lookbackDays = options.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
  const thresholds = options.thresholds ?? resolveThresholds();
  const rules = options.rules ?? ALL_RULES;
  const priceBook: PriceBook = options.priceBook ?? new SnapshotPriceBook(options.snapshotDir ?? bundledSnapshotDir());
  const base = options.access ?? {};
  const log = options.log ?? new CommandLog();
  const clients = new ClientFactory(base, log);
  const run = limiter(options.concurrency ?? DEFAULT_ORG_CONCURRENCY);
  const endpoint = base.clientConfig?.endpoint;
  const fatal = (error: unknown, what: string) =>
    fatalAwsError(error, {
      what,
      ...(base.profile ? { profile: base.profile } : {}),
      ...(typeof endpoint === 'string' ? { endpoint } : {}),
    });

  for (const r of options.regions ?? []) {
    if (r !== 'all' && !REGION.test(r))
      throw new UserError(
        `--region ${r}: not a region code.`,
        'Use codes such as us-east-1 or eu-west-1, or "all" for every enabled region.',
      );
  }
  try {
    const { accounts, notes } = await selectAccounts(clients, options.accounts).catch((error: unknown) => {
      throw fatal(error, 'organization scan (listing accounts)') ?? error;
    });
    let done = 0;
    let total = 0;
    const results = await Promise.all(
      accounts.map(async (account): Promise<AccountResult> => {
        const credentials = assumeRoleProvider(clients, {
          account: account.id,
          roleName: options.roleName,
          ...(options.externalId ? { externalId: options.externalId } : {}),
        });
        // Each account × region task sets its own region: a region in the base configuration must not override it.
        const { region: _baseRegion, ...shared } = base.clientConfig ?? {};
        const access: AwsAccess = {
          ...(base.middleware ? { middleware: base.middleware } : {}),
          clientConfig: { ...shared, credentials },
        };
        const accountLog = new CommandLog();
        const planned = await run(() => prepare(account, credentials, access, accountLog));
        if ('gap' in planned) return { account, reports: [], gaps: [planned.gap], skipped: [], log: accountLog, reason: planned.reason };
        total += planned.regions.length;
        const gaps: CoverageGap[] = [...planned.gaps];
        const skipped: SkippedRegion[] = [...planned.skipped];
        const reports = await Promise.all(
          planned.regions.map((region) =>
            run(async () => {
              const taskLog = new CommandLog();
              try {
                return await runScan({
                  pricers: options.pricers,
                  regions: [region],
                  access,
                  lookbackDays,
                  thresholds,
                  rules,
                  priceBook,
                  now: clock,
                  log: taskLog,
                });
              } catch (error) {
                // One region's failure (e.g. the role's keys rejected there) leaves that region unseen, not the others.
                const info = errorInfo(error);
                gaps.push({
                  region,
                  service: 'scan',
                  operation: 'runScan',
                  code: info.code,
                  message: info.message,
                  rulesSkipped: rules.map((r) => r.id),
                });
                return undefined;
              } finally {
                accountLog.records.push(...taskLog.records);
                options.onProgress?.({ done: ++done, total, account: account.id, region });
              }
            }),
          ),
        );
        options.onAccountCommands?.(account.id, accountLog);
        return { account, reports: reports.filter((r): r is ScanReport => r !== undefined), gaps, skipped, log: accountLog };
      }),
    );
    return mergeAccountReports(results, {
      now,
      lookbackDays,
      thresholds,
      rules,
      priceBook,
      orgLog: log,
      notes: [
        `organization scan: ${accounts.length} account(s), role ${options.roleName}, ` +
          `concurrency ${options.concurrency ?? DEFAULT_ORG_CONCURRENCY}`,
        ...notes,
      ],
      ...(options.groupByTag ? { groupByTag: options.groupByTag } : {}),
    });
  } finally {
    clients.destroy();
  }

  /** Assume the role (the first use of the provider) and list the account's regions to scan. */
  async function prepare(
    account: OrgAccount,
    credentials: CredentialProvider,
    access: AwsAccess,
    accountLog: CommandLog,
  ): Promise<{ regions: string[]; gaps: CoverageGap[]; skipped: SkippedRegion[] } | { gap: CoverageGap; reason: string }> {
    try {
      await credentials();
    } catch (error) {
      // The scanning account's own credentials missing or rejected: no account can be scanned, say so once.
      if (isFatalSdkError(error)) throw fatal(error, `organization scan (AssumeRole into ${account.id})`) ?? error;
      const info = errorInfo(error);
      const arn = roleArn({ account: account.id, roleName: options.roleName });
      const reason = `role ${arn} could not be assumed (${info.code}: ${info.message})`;
      return {
        reason,
        gap: {
          account: account.id,
          region: 'global',
          service: 'sts',
          operation: 'AssumeRole',
          code: info.code,
          message: `${info.message} (deploy the member role: cdk-cost scan --print-role-template)`,
          rulesSkipped: rules.map((r) => r.id),
        },
      };
    }
    const accountClients = new ClientFactory(access, accountLog);
    try {
      const plan = await planRegions(accountClients, options.regions ?? [], [], base.profile);
      return { regions: plan.regions, gaps: plan.gaps, skipped: plan.skipped };
    } catch (error) {
      const info = errorInfo(error);
      const gap: CoverageGap = {
        account: account.id,
        region: 'global',
        service: 'ec2',
        operation: 'DescribeRegions',
        code: info.code,
        message: info.message,
        rulesSkipped: rules.map((r) => r.id),
      };
      return { gap, reason: `regions could not be listed (${info.code}: ${info.message})` };
    } finally {
      accountClients.destroy();
    }
  }
}
