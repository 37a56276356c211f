/**
 * The WasteScanner construct's Lambda handler (cdk-cost/cdk): the organization scan cut into the
 * three steps its state machine runs, so that AWS's Distributed Map, not one process, fans the work out.
 * - list: the accounts (given ids, or Organizations' ACTIVE accounts under the OUs) × the regions, written as
 *   the item file runs/<runId>/items.json that the Distributed Map's ItemReader reads (a file, not the state's
 *   input: a thousand accounts × regions outgrow the 256 KiB state payload).
 * - scan: one account × region item, scanned by runOrgScan as an organization of that one account (one
 *   AssumeRole, the same gaps and pricing as the CLI), its JSON report written to runs/<runId>/accounts/.
 * - summary: the per-item reports read back from the bucket, summed per account, published as CloudWatch metrics
 *   (the budget alarm's) and to a webhook when configured (summary-delivery.ts), written as summary.json and
 *   published to the SNS topic.
 * It lives in the scan layer (it is the scan engine's entry point in AWS); the construct only names it.
 */
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { Decimal } from '../../money.js';
import { ClientFactory, type AwsAccess } from '../aws/clients.js';
import { CommandLog } from '../aws/command-log.js';
import { scanPricers } from '../pricers/scan-pricers.js';
import { resolveThresholds } from '../thresholds.js';
import type { ScanReport } from '../types.js';
import { selectAccounts } from './accounts.js';
import { limiter } from './pool.js';
import { runOrgScan } from './run-org-scan.js';
import { postWebhook, publishMetrics, type Delivery, type MetricsConfig } from './summary-delivery.js';

export interface ScannerConfig {
  bucket: string;
  topicArn?: string;
  roleName: string;
  externalId?: string;
  /** Account ids to scan; when absent, the organization's ACTIVE accounts (under ouIds, if given). */
  accounts?: string[];
  ouIds?: string[];
  /** Region codes, or ["all"]: every region each account has enabled (one item per account then). */
  regions: string[];
  thresholds?: Record<string, string>;
  lookbackDays?: number;
  /** Publish the run's waste as CloudWatch metrics (the construct's budget alarm watches them). */
  metrics?: MetricsConfig;
  /** The Secrets Manager secret (ARN or name) whose value is the webhook URL the summary is POSTed to. */
  webhookSecret?: string;
}

export type ScannerEvent =
  | { mode: 'list'; runId: string }
  | { mode: 'scan'; runId: string; account: string; region: string }
  | { mode: 'summary'; runId: string };

export interface ScanItem {
  account: string;
  region: string;
}

export interface ItemResult extends ScanItem {
  key: string;
  findings: number;
  monthlyWaste: string;
  gaps: number;
}

export interface ScannerSummary {
  runId: string;
  accounts: { account: string; regions: string[]; findings: number; monthlyWaste: string; gaps: number }[];
  totals: { items: number; findings: number; monthlyWaste: string; gaps: number };
  /** How each configured delivery went (a failed one is reported here, not thrown). */
  deliveries?: { metrics?: Delivery; webhook?: Delivery };
}

/** What the tests replace: the scanning account's access (the emulator's endpoint) and the clock. */
export interface HandlerDeps {
  access?: AwsAccess;
  now?: () => Date;
  /** Reports the summary step reads at once (default SUMMARY_READ_CONCURRENCY). */
  summaryConcurrency?: number;
}

/**
 * The summary step reads one report per account × region: 3,000 at 1,000 accounts × 3 regions, 17,000 with every
 * region. One at a time, at S3's tens of milliseconds per GET, that nears the function's 15 minutes; 32 at once
 * stays well under S3's per-prefix rate (5,500 GET/s) and the SDK's 50 sockets.
 */
export const SUMMARY_READ_CONCURRENCY = 32;

const RUN_ID = /^[A-Za-z0-9_.:-]{1,80}$/;

export const itemsKey = (runId: string) => `runs/${runId}/items.json`;
export const reportKey = (runId: string, item: ScanItem) => `runs/${runId}/accounts/${item.account}/${item.region}.json`;
export const summaryKey = (runId: string) => `runs/${runId}/summary.json`;

/** The configuration the construct writes into the function's environment. */
export function configFromEnv(env: NodeJS.ProcessEnv): ScannerConfig {
  const list = (v: string | undefined) => (v ? v.split(',').filter(Boolean) : undefined);
  const bucket = env.SCANNER_BUCKET;
  const roleName = env.SCANNER_ROLE_NAME;
  if (!bucket || !roleName)
    throw new Error('WasteScanner handler: SCANNER_BUCKET and SCANNER_ROLE_NAME must be set (the construct sets them).');
  const accounts = list(env.SCANNER_ACCOUNTS);
  const ouIds = list(env.SCANNER_OU_IDS);
  return {
    bucket,
    roleName,
    regions: list(env.SCANNER_REGIONS) ?? ['all'],
    ...(env.SCANNER_TOPIC_ARN ? { topicArn: env.SCANNER_TOPIC_ARN } : {}),
    ...(env.SCANNER_EXTERNAL_ID ? { externalId: env.SCANNER_EXTERNAL_ID } : {}),
    ...(accounts ? { accounts } : {}),
    ...(ouIds ? { ouIds } : {}),
    ...(env.SCANNER_THRESHOLDS ? { thresholds: JSON.parse(env.SCANNER_THRESHOLDS) as Record<string, string> } : {}),
    ...(env.SCANNER_LOOKBACK_DAYS ? { lookbackDays: Number(env.SCANNER_LOOKBACK_DAYS) } : {}),
    ...(env.SCANNER_METRIC_NAMESPACE
      ? {
          metrics: {
            namespace: env.SCANNER_METRIC_NAMESPACE,
            scanner: env.SCANNER_METRIC_SCANNER ?? 'default',
            perAccount: env.SCANNER_ACCOUNT_METRICS === 'true',
          },
        }
      : {}),
    ...(env.SCANNER_WEBHOOK_SECRET ? { webhookSecret: env.SCANNER_WEBHOOK_SECRET } : {}),
  };
}

/** The Lambda entry point. */
export async function handler(event: ScannerEvent): Promise<unknown> {
  return handle(event, configFromEnv(process.env));
}

export async function handle(event: ScannerEvent, config: ScannerConfig, deps: HandlerDeps = {}): Promise<unknown> {
  if (!RUN_ID.test(event.runId ?? '')) throw new Error(`WasteScanner handler: runId ${JSON.stringify(event.runId)} is not a run id.`);
  const clients = new ClientFactory(deps.access ?? {}, new CommandLog());
  try {
    switch (event.mode) {
      case 'list':
        return await list(event.runId, config, clients);
      case 'scan':
        return await scan(event, config, clients, deps);
      case 'summary':
        return await summarize(event.runId, config, clients, deps);
      default:
        throw new Error(`WasteScanner handler: unknown mode ${JSON.stringify((event as { mode?: unknown }).mode)}.`);
    }
  } finally {
    clients.destroy();
  }
}

/** The function's own region (the bucket and topic are in it); Lambda sets AWS_REGION. */
const home = () => process.env.AWS_REGION ?? 'us-east-1';
const now = () => new Date();

async function list(runId: string, config: ScannerConfig, clients: ClientFactory) {
  const selection = config.accounts?.length
    ? { ids: config.accounts }
    : { organization: true, ...(config.ouIds?.length ? { ous: config.ouIds } : {}) };
  const { accounts, notes } = await selectAccounts(clients, selection);
  const items: ScanItem[] = accounts.flatMap((a) => config.regions.map((region) => ({ account: a.id, region })));
  const key = itemsKey(runId);
  await put(clients, config.bucket, key, JSON.stringify(items));
  return { bucket: config.bucket, key, count: items.length, notes };
}

async function scan(item: ScanItem & { runId: string }, config: ScannerConfig, clients: ClientFactory, deps: HandlerDeps) {
  const report = await runOrgScan({
    pricers: scanPricers(),
    accounts: { ids: [item.account] },
    roleName: config.roleName,
    ...(config.externalId ? { externalId: config.externalId } : {}),
    regions: [item.region],
    ...(deps.access ? { access: deps.access } : {}),
    concurrency: 1,
    thresholds: resolveThresholds(config.thresholds ?? {}),
    ...(config.lookbackDays ? { lookbackDays: config.lookbackDays } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  });
  const key = reportKey(item.runId, item);
  await put(clients, config.bucket, key, JSON.stringify(report));
  const result: ItemResult = {
    account: item.account,
    region: item.region,
    key,
    findings: report.totals.findings,
    monthlyWaste: report.totals.monthlyWaste,
    gaps: report.gaps.length,
  };
  return result;
}

async function summarize(runId: string, config: ScannerConfig, clients: ClientFactory, deps: HandlerDeps): Promise<ScannerSummary> {
  const s3 = clients.get(S3Client, home());
  const prefix = `runs/${runId}/accounts/`;
  const keys: string[] = [];
  let ContinuationToken: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: config.bucket, Prefix: prefix, ...(ContinuationToken ? { ContinuationToken } : {}) }),
    );
    keys.push(...(page.Contents ?? []).map((o) => o.Key!).filter((k) => k.endsWith('.json')));
    ContinuationToken = page.NextContinuationToken;
  } while (ContinuationToken);
  keys.sort();
  const perAccount = new Map<string, ScannerSummary['accounts'][number]>();
  let waste = new Decimal(0);
  let findings = 0;
  let gaps = 0;
  const limit = limiter(deps.summaryConcurrency ?? SUMMARY_READ_CONCURRENCY);
  const reports = await Promise.all(
    keys.map((key) =>
      limit(async () => {
        const body = await s3.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
        const report = JSON.parse(await body.Body!.transformToString()) as ScanReport;
        // Only the totals are kept: 17,000 whole reports (every region of 1,000 accounts) would not fit the function.
        return { findings: report.totals.findings, monthlyWaste: report.totals.monthlyWaste, gaps: report.gaps.length };
      }),
    ),
  );
  // Summed in key order, as read one by one (Decimal sums are exact whatever the order; the region lists are not).
  for (const [i, key] of keys.entries()) {
    const report = reports[i]!;
    const [account, file] = key.slice(prefix.length).split('/') as [string, string];
    const entry = perAccount.get(account) ?? { account, regions: [], findings: 0, monthlyWaste: '0', gaps: 0 };
    entry.regions.push(file.replace(/\.json$/, ''));
    entry.findings += report.findings;
    entry.gaps += report.gaps;
    entry.monthlyWaste = new Decimal(entry.monthlyWaste).plus(report.monthlyWaste).toFixed();
    perAccount.set(account, entry);
    waste = waste.plus(report.monthlyWaste);
    findings += report.findings;
    gaps += report.gaps;
  }
  const accounts = [...perAccount.values()].sort(
    (a, b) => new Decimal(b.monthlyWaste).comparedTo(a.monthlyWaste) || (a.account < b.account ? -1 : 1),
  );
  const summary: ScannerSummary = { runId, accounts, totals: { items: keys.length, findings, monthlyWaste: waste.toFixed(), gaps } };
  const [metrics, webhook] = await Promise.all([
    config.metrics
      ? publishMetrics(clients, home(), config.metrics, { runId, monthlyWaste: summary.totals.monthlyWaste, accounts }, (deps.now ?? now)())
      : undefined,
    config.webhookSecret ? postWebhook(clients, home(), config.webhookSecret, summaryText(summary, config.bucket), summary) : undefined,
  ]);
  if (metrics || webhook) summary.deliveries = { ...(metrics ? { metrics } : {}), ...(webhook ? { webhook } : {}) };
  await put(clients, config.bucket, summaryKey(runId), JSON.stringify(summary, null, 2));
  if (config.topicArn) {
    await clients
      .get(SNSClient, home())
      .send(
        new PublishCommand({ TopicArn: config.topicArn, Subject: 'cdk-cost waste scan', Message: summaryText(summary, config.bucket) }),
      );
  }
  return summary;
}

/** The SNS message: the totals, the ten accounts with the most waste, and where the full reports are. */
export function summaryText(summary: ScannerSummary, bucket: string): string {
  const money = (v: string) => `$${new Decimal(v).toFixed(2)}`;
  const lines = [
    `cdk-cost waste scan ${summary.runId}: ${money(summary.totals.monthlyWaste)}/month in ${summary.totals.findings} finding(s), ` +
      `${summary.accounts.length} account(s), ${summary.totals.items} account × region scan(s), ${summary.totals.gaps} coverage gap(s).`,
    ...summary.accounts
      .slice(0, 10)
      .map((a) => `  ${a.account}: ${money(a.monthlyWaste)}/month, ${a.findings} finding(s)${a.gaps ? `, ${a.gaps} gap(s)` : ''}`),
    `Reports: s3://${bucket}/runs/${summary.runId}/`,
    ...Object.entries(summary.deliveries ?? {})
      .filter(([, d]) => !d.ok)
      .map(([what, d]) => `Not delivered: ${what}: ${d.detail}`),
  ];
  return lines.join('\n');
}

async function put(clients: ClientFactory, bucket: string, key: string, body: string): Promise<void> {
  await clients.get(S3Client, home()).send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' }));
}
