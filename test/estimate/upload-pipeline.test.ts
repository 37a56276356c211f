/**
 * The upload-pipeline example, priced at its usage file's load, equals a total computed here line
 * by line from the bundled snapshot's unit prices — every figure's arithmetic written out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Decimal } from '../../lib/money.js';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { BUNDLED_SNAPSHOT, REPO_ROOT } from '../support/paths.js';
import { exampleAssembly } from '../support/example-assembly.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
const REGION = 'us-east-1';
const d = (v: string | number) => new Decimal(v);

/** Unit price of a flat price, or of the tier a quantity starts in. */
function unit(service: string, key: string, tier = 0): Decimal {
  const price = book.lookup(service, REGION, key);
  if (!price) throw new Error(`test needs ${service} "${key}" in ${REGION}`);
  return price.tiers[tier]!.unitPrice;
}
function bound(service: string, key: string, tier: number): Decimal {
  return book.lookup(service, REGION, key)!.tiers[tier]!.to!;
}

let estimate: Estimate;
beforeAll(async () => {
  const usageFile = join(REPO_ROOT, 'examples', 'upload-pipeline', 'usage.yml');
  ({ estimate } = await runEstimate({ pricers: new PricerRegistry(), source: await exampleAssembly(), usageFile }));
});

function monthlyOf(constructPath: string): Decimal {
  const under = estimate.resources.filter((r) => r.path === constructPath || r.path.startsWith(`${constructPath}/`));
  expect(under.length, `resources under ${constructPath}`).toBeGreaterThan(0);
  return under.reduce((sum, r) => sum.plus(r.monthly), d(0));
}

describe('upload pipeline at 300,000 uploads a month of 10 GB', () => {
  // S3: 690,410.96 GB-months (300,000 × 10 GB × 168 h ÷ 730 h) across the three Standard storage tiers, plus requests.
  const s3First = bound('AmazonS3', 'Standard Storage', 0); // 51,200 GB
  const s3Second = bound('AmazonS3', 'Standard Storage', 1); // 512,000 GB
  const uploads = s3First
    .times(unit('AmazonS3', 'Standard Storage', 0))
    .plus(s3Second.minus(s3First).times(unit('AmazonS3', 'Standard Storage', 1)))
    .plus(
      d('690410.96')
        .minus(s3Second)
        .times(unit('AmazonS3', 'Standard Storage', 2)),
    )
    .plus(d(30600000).times(unit('AmazonS3', 'PUT COPY/POST or LIST requests per Requests')))
    .plus(d(600000).times(unit('AmazonS3', 'GET and all other requests per Requests')));

  // OpenSearch: 2 data nodes × 730 h, 100 GB gp3 per node.
  const search = d(2)
    .times(730)
    .times(unit('AmazonES', 'ESInstance:r6g.large.search'))
    .plus(d(200).times(unit('AmazonES', 'OpenSearch Service EBS gp3 storage')));

  // NAT gateway 730 h + 1 GB processed; its Elastic IP 730 h of public IPv4.
  const network = d(730)
    .times(unit('AmazonEC2', 'Hourly charge for NAT Gateways'))
    .plus(d(1).times(unit('AmazonEC2', 'Charge for per GB data processed by NatGateways')))
    .plus(d(730).times(unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs')));

  // Lambda (Arm): requests + requests × seconds × GB, all within the first duration tier.
  const lambda = (requests: number, seconds: string, gb: string) =>
    d(requests)
      .times(unit('AWSLambda', 'Lambda Requests-ARM'))
      .plus(
        d(requests)
          .times(seconds)
          .times(gb)
          .times(unit('AWSLambda', 'Lambda Duration-ARM', 0)),
      );
  const worker = lambda(30000, '3', '1'); // 90,000 GB-s
  const presign = lambda(300000, '0.12', '0.25'); // 9,000 GB-s
  const indexer = lambda(3000, '0.8', '0.5'); // 1,200 GB-s

  // Logs: ingestion, and storage = ingestion × 30 days retention ÷ (730 h / 24) days per month.
  const logs = (gb: string) =>
    d(gb)
      .times(unit('AmazonCloudWatch', 'Logs Collected Data Ingestion'))
      .plus(d(gb).times(30).div(d(730).div(24)).times(unit('AmazonCloudWatch', 'Stored Data')));

  const api = d(300000).times(unit('AmazonApiGateway', 'API Calls', 0));
  const table = d(300000)
    .times(unit('AmazonDynamoDB', 'PayPerRequest Write Request Units'))
    .plus(d(600000).times(unit('AmazonDynamoDB', 'PayPerRequest Read Request Units')))
    .plus(d('0.3').times(unit('AmazonDynamoDB', 'Data Storage Indexed GB-Mo')));
  const topic = d(300000)
    .times(unit('AmazonSNS', 'Amazon SNS API Requests'))
    .plus(d(300000).times(unit('AmazonSNS', 'Amazon SQS Notifications')));
  // The status topic: one publish per upload, no subscription in the stack to deliver to.
  const status = d(300000).times(unit('AmazonSNS', 'Amazon SNS API Requests'));
  const queue = d(360000).times(unit('AWSQueueService', 'Standard per Requests', 0));
  const dlq = d(9000).times(unit('AWSQueueService', 'Standard per Requests', 0));

  const expected: Array<[string, Decimal]> = [
    ['UploadPipeline/Uploads', uploads],
    ['UploadPipeline/SearchReplica', search],
    ['UploadPipeline/Network', network],
    ['UploadPipeline/Worker', worker],
    ['UploadPipeline/Presign', presign],
    ['UploadPipeline/Indexer', indexer],
    ['UploadPipeline/WorkerLogs', logs('0.3')],
    ['UploadPipeline/PresignLogs', logs('0.3')],
    ['UploadPipeline/IndexerLogs', logs('0.015')],
    ['UploadPipeline/Api', api],
    ['UploadPipeline/Metadata', table],
    ['UploadPipeline/UploadEvents', topic],
    ['UploadPipeline/UploadStatus', status],
    ['UploadPipeline/UploadQueue', queue],
    ['UploadPipeline/FailedUploads', dlq],
  ];

  it.each(expected)('%s costs what its unit prices say', (path, cost) => {
    expect(monthlyOf(path).toFixed()).toBe(cost.toFixed());
  });

  it('totals to the cent, and nothing else in the stack costs money', () => {
    const total = expected.reduce((sum, [, cost]) => sum.plus(cost), d(0));
    const stack = estimate.stacks.find((s) => s.name === 'UploadPipeline')!;
    expect(d(stack.monthly).toFixed(2)).toBe(total.toFixed(2));
    expect(d(stack.monthly).toFixed()).toBe(total.toFixed());
  });

  it('classifies every resource, with nothing unsupported or missing usage', () => {
    const mine = estimate.resources.filter((r) => r.stack === 'UploadPipeline');
    expect(mine.filter((r) => r.status === 'unsupported')).toEqual([]);
    expect(mine.filter((r) => r.status === 'usage-missing' || r.missingUsage.length > 0).map((r) => r.path)).toEqual([]);
    for (const r of mine.filter((r) => r.status === 'free')) expect(r.reason, r.path).toBeTruthy();
  });

  it('says where every price came from', () => {
    for (const r of estimate.resources.filter((x) => x.status === 'priced')) {
      for (const c of r.components.filter((x) => x.status === 'priced')) {
        expect(c.price, `${r.path} ${c.name}`).not.toBeNull();
        expect(c.price!.serviceCode).toMatch(/^[A-Za-z0-9]+$/);
        expect(c.price!.region).toBe(REGION);
        expect(c.price!.publicationDate === 'unknown' || /^\d{4}-\d{2}-\d{2}$/.test(c.price!.publicationDate)).toBe(true);
        if (c.price!.quality === 'aws') expect(c.price!.rateCodes.length).toBeGreaterThan(0);
      }
    }
  });
});
