/**
 * The WasteScanner's handler run locally against the emulator, step by step as its state machine runs it:
 * list mode writes the item file (the organization's ACTIVE accounts × the regions) that the Distributed Map
 * reads; each item, run in scan mode, assumes the member role in its account and writes that account × region's
 * JSON report to the bucket; summary mode sums the reports per account and publishes to the topic, and, when
 * configured, puts the totals into CloudWatch (read back with GetMetricData) and POSTs them to a webhook whose URL
 * a Secrets Manager secret holds (a loopback HTTP server; one answering 500, one not listening).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudWatchClient, GetMetricDataCommand, ListMetricsCommand } from '@aws-sdk/client-cloudwatch';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
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
  summaryText,
} from '../../lib/scan/organization/lambda-handler.js';
import { METRIC_NAME } from '../../lib/scan/organization/summary-delivery.js';
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

  it('summary mode with a budget metric and a webhook: MonthlyWaste in CloudWatch, the summary POSTed once', async () => {
    const hook = await receiver(200, 'ok');
    try {
      const secret = await createSecret('scanner-webhook-ok', `${hook.url}/services/T000/B000/secret-part\n`);
      const delivered: ScannerConfig = {
        ...config,
        metrics: { namespace: 'CdkCost/WasteScanner', scanner: 'ScannerTest', perAccount: true },
        webhookSecret: secret,
      };
      const deps = { access: { clientConfig: clientConfig({ endpoint: moto.endpoint }) } };
      const summary = (await handle({ mode: 'summary', runId: RUN }, delivered, deps)) as ScannerSummary;
      const total = results.reduce((s, r) => s.plus(r.monthlyWaste), new Decimal(0)).toFixed();
      expect(summary.totals.monthlyWaste).toBe(total);
      expect(summary.deliveries).toEqual({
        metrics: { ok: true, detail: '5 data point(s) in CdkCost/WasteScanner' },
        webhook: { ok: true, detail: `HTTP 200 from ${new URL(hook.url).host}` },
      });
      expect(await read(`runs/${RUN}/summary.json`)).toEqual(summary);

      const cloudwatch = make(CloudWatchClient);
      const metrics = (await cloudwatch.send(new ListMetricsCommand({ Namespace: 'CdkCost/WasteScanner' }))).Metrics!;
      const dims = (m: (typeof metrics)[number]) =>
        (m.Dimensions ?? [])
          .map((d) => `${d.Name}=${d.Value}`)
          .sort()
          .join(',');
      expect(metrics.map((m) => `${m.MetricName} ${dims(m)}`).sort()).toEqual(
        [
          `${METRIC_NAME} Scanner=ScannerTest`,
          ...[MGMT, of('payments'), of('analytics'), of('sandbox')].map((a) => `${METRIC_NAME} Account=${a},Scanner=ScannerTest`),
        ].sort(),
      );
      const value = async (dimensions: { Name: string; Value: string }[]) => {
        const out = await cloudwatch.send(
          new GetMetricDataCommand({
            StartTime: new Date(Date.now() - 3_600_000),
            EndTime: new Date(Date.now() + 3_600_000),
            MetricDataQueries: [
              {
                Id: 'waste',
                MetricStat: {
                  Metric: { Namespace: 'CdkCost/WasteScanner', MetricName: METRIC_NAME, Dimensions: dimensions },
                  Period: 86_400,
                  Stat: 'Maximum',
                },
              },
            ],
          }),
        );
        return out.MetricDataResults![0]!.Values;
      };
      // The alarm's statistic over the alarm's period: exactly the run's total (and each account's own).
      expect(await value([{ Name: 'Scanner', Value: 'ScannerTest' }])).toEqual([Number(total)]);
      const payments = summary.accounts.find((a) => a.account === of('payments'))!;
      expect(
        await value([
          { Name: 'Scanner', Value: 'ScannerTest' },
          { Name: 'Account', Value: of('payments') },
        ]),
      ).toEqual([Number(payments.monthlyWaste)]);

      expect(hook.requests).toHaveLength(1);
      const [request] = hook.requests;
      expect(request!.method).toBe('POST');
      expect(request!.path).toBe('/services/T000/B000/secret-part');
      expect(request!.headers['content-type']).toBe('application/json');
      const body = JSON.parse(request!.body) as { text: string; summary: ScannerSummary };
      // Sent before the deliveries were known: the summary without them.
      const { deliveries: _, ...sent } = summary;
      expect(body.summary).toEqual(sent);
      expect(body.text.split('\n')[0]).toBe(
        `cdk-cost waste scan ${RUN}: $${new Decimal(total).toFixed(2)}/month in 5 finding(s), 4 account(s), ` +
          '8 account × region scan(s), 0 coverage gap(s).',
      );
    } finally {
      await hook.close();
    }
  });

  it('a webhook that refuses, is not listening or is not https: reported in the summary and the message, the run completes', async () => {
    const refusing = await receiver(500, 'invalid_token');
    const closed = await receiver(200, 'ok');
    await closed.close();
    const cases: [string, string, RegExp][] = [
      ['refusing', refusing.url, new RegExp(`^HTTP 500 from ${new URL(refusing.url).host}: invalid_token$`)],
      ['closed', closed.url, /^fetch failed: .*ECONNREFUSED/],
      ['plain-http', 'http://hooks.example.com/x', /^the secret's URL must be https:\/\/ \(it is http:\/\/hooks\.example\.com\)$/],
    ];
    const deps = { access: { clientConfig: clientConfig({ endpoint: moto.endpoint }) } };
    try {
      for (const [name, url, detail] of cases) {
        const webhookSecret = await createSecret(`scanner-webhook-${name}`, url);
        const summary = (await handle({ mode: 'summary', runId: RUN }, { ...config, webhookSecret }, deps)) as ScannerSummary;
        expect(summary.deliveries!.webhook!.ok, name).toBe(false);
        expect(summary.deliveries!.webhook!.detail, name).toMatch(detail);
        expect(summary.totals.items).toBe(8);
        expect(((await read(`runs/${RUN}/summary.json`)) as ScannerSummary).deliveries).toEqual(summary.deliveries);
        // The SNS message (summaryText) says what was not delivered and why.
        expect(summaryText(summary, config.bucket)).toContain(`\nNot delivered: webhook: ${summary.deliveries!.webhook!.detail}`);
      }
      expect(refusing.requests).toHaveLength(1);
      // A secret that does not exist: reported the same way.
      const missing = (await handle(
        { mode: 'summary', runId: RUN },
        { ...config, webhookSecret: 'no-such-secret' },
        deps,
      )) as ScannerSummary;
      expect(missing.deliveries!.webhook).toMatchObject({
        ok: false,
        detail: expect.stringMatching(/can't find|not found|ResourceNotFound/i),
      });
    } finally {
      await refusing.close();
    }
  });

  it('refuses an event without a usable run id (it becomes part of the S3 keys)', async () => {
    await expect(handle({ mode: 'list', runId: '../x' }, config)).rejects.toThrow(/not a run id/);
  });
});

async function createSecret(name: string, value: string): Promise<string> {
  return (await make(SecretsManagerClient).send(new CreateSecretCommand({ Name: name, SecretString: value }))).ARN!;
}

interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback HTTP server answering every request with `status` and `answer`, keeping what it received. */
async function receiver(status: number, answer: string): Promise<{ url: string; requests: Received[]; close: () => Promise<void> }> {
  const requests: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method!, path: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed = false;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
