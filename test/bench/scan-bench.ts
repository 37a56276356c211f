/**
 * Issue 7 figure: a scan of 2,000 resources in the emulator (moto server, started here like the
 * tests do) — total API calls and wall time, and CloudWatch calls ≤ ceil(metric queries / 500).
 * The account: 600 SQS queues, 500 unattached EBS volumes, 400 SNS topics, 300 log groups without
 * retention, 200 DynamoDB tables — all idle or orphaned, so every one is judged and priced.
 */
import { CreateLogGroupCommand, CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { runScan } from '../../lib/scan/engine/run-scan.js';
import { MAX_QUERIES_PER_CALL } from '../../lib/scan/metrics/fetch-metrics.js';
import { clientConfig, setupClients } from '../support/aws-test-clients.js';
import { startMoto } from '../support/moto-server.js';
import type { Benchmark } from './registry.js';
import { scanPricers } from '../../lib/scan/pricers/scan-pricers.js';

const MIX = { queues: 600, volumes: 500, topics: 400, logGroups: 300, tables: 200 };

async function inBatches(count: number, make: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < count; i += 25) await Promise.all(Array.from({ length: Math.min(25, count - i) }, (_, j) => make(i + j)));
}

async function scan2000(): Promise<void> {
  const moto = await startMoto();
  try {
    const client = setupClients({ endpoint: moto.endpoint });
    const setupStarted = performance.now();
    await inBatches(MIX.queues, (i) => client(SQSClient).send(new CreateQueueCommand({ QueueName: `bench-q-${i}` })));
    await inBatches(MIX.volumes, () =>
      client(EC2Client).send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 20, VolumeType: 'gp3' })),
    );
    await inBatches(MIX.topics, (i) => client(SNSClient).send(new CreateTopicCommand({ Name: `bench-t-${i}` })));
    await inBatches(MIX.logGroups, (i) =>
      client(CloudWatchLogsClient).send(new CreateLogGroupCommand({ logGroupName: `/bench/group-${i}` })),
    );
    await inBatches(MIX.tables, (i) =>
      client(DynamoDBClient).send(
        new CreateTableCommand({
          TableName: `bench-table-${i}`,
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      ),
    );
    const resources = Object.values(MIX).reduce((a, b) => a + b, 0);
    console.log(
      `  emulator account: ${resources.toLocaleString('en-US')} resources (${Object.entries(MIX)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}), set up in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
    );

    const runs: Array<{ ms: number; report: Awaited<ReturnType<typeof runScan>> }> = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const report = await runScan({
        pricers: scanPricers(),
        regions: ['us-east-1'],
        access: { clientConfig: clientConfig({ endpoint: moto.endpoint }) },
        now: () => new Date(Date.now() + 40 * 86_400_000),
      });
      runs.push({ ms: performance.now() - started, report });
    }
    const sorted = [...runs].sort((a, b) => a.ms - b.ms);
    const { report, ms } = sorted[1]!;
    const calls = report.apiCalls;
    console.log(
      `  scan wall time: ${(ms / 1000).toFixed(2)} s (median of 3; runs ${runs.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s) · ` +
        `${report.totals.findings} findings, waste $${Number(report.totals.monthlyWaste).toFixed(2)}/month`,
    );
    console.log(
      `  API calls: ${calls.total} total (${Object.entries(calls.byService)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')})`,
    );
    console.log(
      `  target: CloudWatch calls ≤ ceil(metric queries / ${MAX_QUERIES_PER_CALL}) → ${calls.cloudWatchGetMetricData} GetMetricData ` +
        `for ${calls.metricQueries} queries (ceil = ${Math.ceil(calls.metricQueries / MAX_QUERIES_PER_CALL)})`,
    );
  } finally {
    await moto.stop();
  }
}

export const scanBenchmarks: Benchmark[] = [
  { name: 'scan-2000', description: 'cdk-cost scan of 2,000 resources in the emulator (moto)', run: scan2000 },
];
