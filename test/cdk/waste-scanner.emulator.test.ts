/**
 * The WasteScanner's handler run locally against the emulator, step by step as its state machine runs it:
 * list mode writes the item file (the organization's ACTIVE accounts × the regions) that the Distributed Map
 * reads; each item, run in scan mode, assumes the member role in its account and writes that account × region's
 * JSON report to the bucket; summary mode sums the reports per account and publishes to the topic.
 */
import { GetObjectCommand, CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from '../../lib/money.js';
import {
  handle,
  itemsKey,
  reportKey,
  type ItemResult,
  type ScanItem,
  type ScannerConfig,
  type ScannerSummary,
} from '../../lib/scan/organization/lambda-handler.js';
import type { ScanReport } from '../../lib/scan/types.js';
import { clientConfig, setupClients } from '../support/aws-test-clients.js';
import { startMoto, type MotoServer } from '../support/moto-server.js';
import { buildOrg, type OrgWorld } from '../support/org-world.js';

const DAY = 86_400_000;
const now = () => new Date(Date.now() + 40 * DAY);
const REGIONS = ['us-east-1', 'eu-west-1'];
const RUN = 'weekly-2026-12-07';
const MGMT = '123456789012';

let moto: MotoServer;
let world: OrgWorld;
let config: ScannerConfig;
let items: ScanItem[];
let results: ItemResult[];
let listed: { key: string; count: number };
let make: ReturnType<typeof setupClients>;

const read = async (key: string) => {
  const out = await make(S3Client).send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
  return JSON.parse(await out.Body!.transformToString()) as unknown;
};

beforeAll(async () => {
  moto = await startMoto();
  world = await buildOrg(moto.endpoint, [
    {
      name: 'payments',
      ou: 'workloads',
      resources: [
        { kind: 'volume', region: 'us-east-1', size: 100 },
        { kind: 'volume', region: 'eu-west-1', size: 20 },
      ],
    },
    { name: 'analytics', ou: 'workloads', resources: [{ kind: 'address', region: 'eu-west-1' }] },
    { name: 'sandbox', resources: [{ kind: 'volume', region: 'us-east-1', size: 8 }] },
    { name: 'closed', closed: true, resources: [{ kind: 'volume', region: 'us-east-1', size: 500 }] },
  ]);
  make = setupClients({ endpoint: moto.endpoint });
  await make(S3Client).send(new CreateBucketCommand({ Bucket: 'scanner-reports' }));
  const topicArn = (await make(SNSClient).send(new CreateTopicCommand({ Name: 'scanner-summary' }))).TopicArn!;
  config = { bucket: 'scanner-reports', topicArn, roleName: 'CdkCostScanRole', regions: REGIONS };
  const deps = { access: { clientConfig: clientConfig({ endpoint: moto.endpoint }) }, now };
  listed = (await handle({ mode: 'list', runId: RUN }, config, deps)) as { key: string; count: number };
  items = (await read(listed.key)) as ScanItem[];
  // The Distributed Map's ItemSelector hands each item, with the run id, to the function.
  results = [];
  for (const item of items) results.push((await handle({ mode: 'scan', runId: RUN, ...item }, config, deps)) as ItemResult);
}, 240_000);

afterAll(async () => {
  await moto?.stop();
});

const of = (name: string) => world.accounts[name]!;

describe('WasteScanner handler (moto: an organization of 4 accounts, one closed)', () => {
  it('list mode writes the ACTIVE accounts × regions as the Distributed Map item file', () => {
    expect(listed.key).toBe(itemsKey(RUN));
    const accounts = [MGMT, of('payments'), of('analytics'), of('sandbox')].sort();
    expect(items).toEqual(accounts.flatMap((account) => REGIONS.map((region) => ({ account, region }))));
    expect(listed.count).toBe(8);
  });

  it('each item writes its account × region report to the bucket, with exactly that account and region findings', async () => {
    const listedKeys = await make(S3Client).send(new ListObjectsV2Command({ Bucket: config.bucket, Prefix: `runs/${RUN}/accounts/` }));
    expect(listedKeys.Contents!.map((o) => o.Key).sort()).toEqual(items.map((i) => reportKey(RUN, i)).sort());
    const seen: string[] = [];
    for (const item of items) {
      const report = (await read(reportKey(RUN, item))) as ScanReport;
      expect(report.gaps).toEqual([]);
      expect(report.accounts!.map((a) => a.id)).toEqual([item.account]);
      for (const f of report.findings) {
        expect([f.account, f.resource.region]).toEqual([item.account, item.region]);
        seen.push(`${f.account} ${f.resource.region} ${f.rules[0]} ${f.cost.status}`);
      }
      const result = results.find((r) => r.account === item.account && r.region === item.region)!;
      expect(result).toEqual({
        ...item,
        key: reportKey(RUN, item),
        findings: report.totals.findings,
        monthlyWaste: report.totals.monthlyWaste,
        gaps: 0,
      });
    }
    expect(seen.sort()).toEqual(
      [
        `${of('payments')} us-east-1 orphan-ebs-volume priced`,
        `${of('payments')} eu-west-1 orphan-ebs-volume priced`,
        `${of('analytics')} eu-west-1 orphan-elastic-ip priced`,
        `${of('sandbox')} us-east-1 orphan-ebs-volume priced`,
        // The scanner's own topic, in the scanning (management) account, has not published yet: idle, and said so.
        `${MGMT} us-east-1 idle-sns-topic priced`,
      ].sort(),
    );
  });

  it('summary mode sums the reports per account, writes summary.json and publishes to the topic', async () => {
    const queueUrl = (await make(SQSClient).send(new CreateQueueCommand({ QueueName: 'summary-inbox' }))).QueueUrl!;
    const queueArn = (await make(SQSClient).send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] })))
      .Attributes!.QueueArn!;
    await make(SNSClient).send(new SubscribeCommand({ TopicArn: config.topicArn, Protocol: 'sqs', Endpoint: queueArn }));
    const deps = { access: { clientConfig: clientConfig({ endpoint: moto.endpoint }) } };
    const summary = (await handle({ mode: 'summary', runId: RUN }, config, deps)) as ScannerSummary;
    expect(await read(`runs/${RUN}/summary.json`)).toEqual(summary);
    const wasteOf = (account: string) =>
      results
        .filter((r) => r.account === account)
        .reduce((s, r) => s.plus(r.monthlyWaste), new Decimal(0))
        .toFixed();
    const total = results.reduce((s, r) => s.plus(r.monthlyWaste), new Decimal(0));
    expect(summary.totals).toEqual({ items: 8, findings: 5, monthlyWaste: total.toFixed(), gaps: 0 });
    expect(total.greaterThan(0)).toBe(true);
    // Largest waste first: the account holding the 100 GiB volume.
    expect(summary.accounts[0]!.account).toBe(of('payments'));
    for (const a of summary.accounts) expect(a.monthlyWaste).toBe(wasteOf(a.account));
    expect(summary.accounts.map((a) => [a.account, a.findings])).toEqual(
      expect.arrayContaining([
        [of('payments'), 2],
        [of('analytics'), 1],
        [of('sandbox'), 1],
        [MGMT, 1],
      ]),
    );
    const messages = await make(SQSClient).send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10 }));
    const body = JSON.parse(messages.Messages![0]!.Body!) as { Message: string; Subject: string };
    expect(body.Subject).toBe('cdk-cost waste scan');
    expect(body.Message).toContain(`$${total.toFixed(2)}/month in 5 finding(s), 4 account(s), 8 account × region scan(s)`);
    expect(body.Message).toContain(`s3://scanner-reports/runs/${RUN}/`);
  });

  it('refuses an event without a usable run id (it becomes part of the S3 keys)', async () => {
    await expect(handle({ mode: 'list', runId: '../x' }, config)).rejects.toThrow(/not a run id/);
  });
});
