/**
 * Estimates are right in every region the AWS data covers: for each AWS Region of
 * ../shared/aws-pricing/locations.json with regional data, an estimate of one resource per core
 * service (Lambda, S3, SQS, DynamoDB, EC2) prices every line — unless the AWS data itself lacks that
 * service there, which is then a clear error naming the regions that have it. A region with no data
 * is a clear error too.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { queryPlan } from '../../lib/pricing/live/refresh-queries.js';
import { cli } from '../support/cli.js';
import { AWS_PRICING_DIR, BUNDLED_SNAPSHOT, FIXTURES_DIR, requireShared } from '../support/paths.js';

const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
const template = join(FIXTURES_DIR, 'pricing', 'core.yaml');
const usage = join(FIXTURES_DIR, 'pricing', 'core.usage.yml');

/** Whether the AWS data has a core service's prices at a location: its source files. */
const CORE: Record<string, (location: string, region: string) => boolean> = {
  AWSLambda: metered('lambda.json'),
  AmazonS3: metered('s3.json'),
  AWSQueueService: metered('queueservice.json'),
  AmazonDynamoDB: metered('dynamodb.json'),
  AmazonEC2: (location, region) => hasInstanceHours(region) || metered('ebs.json')(location) || metered('natgateway.json')(location),
};

/** Which AWS file a missing EC2 price would have come from. */
const ec2KeyHasData = (key: string, location: string, region: string) =>
  key.startsWith('BoxUsage:') ? hasInstanceHours(region) : metered('ebs.json')(location);

function hasInstanceHours(region: string): boolean {
  return existsSync(join(AWS_PRICING_DIR, 'metered-unit-maps', 'ec2-ondemand', `${region}.json`));
}

const meteredLocations = new Map<string, Set<string>>();
function metered(file: string): (location: string) => boolean {
  return (location) => {
    let locations = meteredLocations.get(file);
    if (!locations)
      meteredLocations.set(
        file,
        (locations = new Set(Object.keys(JSON.parse(readFileSync(join(AWS_PRICING_DIR, 'metered-unit-maps', file), 'utf8')).regions))),
      );
    return locations.has(location);
  };
}

requireShared(); // the whole file reads the AWS data
const awsRegions = Object.values(
  JSON.parse(readFileSync(join(AWS_PRICING_DIR, 'locations.json'), 'utf8')) as Record<string, { name: string; code: string; type: string }>,
).filter((l) => l.type === 'AWS Region');
/** Regions with regional data (globally priced services are written into every region's file). */
const covered = awsRegions.filter((r) =>
  book.services().some((s) => queryPlan(s).regionField !== null && book.regions(s).includes(r.code)),
);

const fullyPriced: string[] = [];

describe('region coverage', () => {
  it('the data covers (nearly) every AWS Region', () => {
    expect(covered.length).toBeGreaterThanOrEqual(35);
    expect(covered.length).toBeGreaterThanOrEqual(awsRegions.length - 2);
  });

  it.each(covered.map((r) => [r.code, r.name] as const))(
    '%s: the core services price every line, or the AWS data lacks them',
    async (region, location) => {
      const lacking = Object.keys(CORE).filter((service) => !CORE[service]!(location, region));
      // The snapshot has a core service in a region exactly when the AWS data has it.
      for (const service of Object.keys(CORE))
        expect(book.regions(service).includes(region), `${service} in ${region}`).toBe(!lacking.includes(service));
      const result = await cli('estimate', template, '--usage', usage, '--region', region, '--format', 'json');
      if (lacking.length) {
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(new RegExp(`No (${lacking.join('|')}) prices for region ${region} in `));
        expect(result.stderr).toMatch(/prices exist for: af-south-1, /);
        return;
      }
      expect(result.code, result.stderr).toBe(0);
      const estimate = JSON.parse(result.stdout);
      expect(estimate.summary.resources).toBe(5);
      for (const r of estimate.resources) {
        for (const c of r.components) {
          if (c.status === 'no-price') {
            // Only where the AWS data itself has no such price in this region.
            const [, key, service] = /^no price for "(.+)" \((\w+)\) in /.exec(c.problem)!;
            expect(service, `${region} ${r.path} ${c.name}`).toBe('AmazonEC2');
            expect(ec2KeyHasData(key!, location, region), `${region} ${key}`).toBe(false);
            continue;
          }
          expect(c.status, `${region} ${r.path} ${c.name}`).toBe('priced');
          expect(c.price.region).toBe(region);
        }
      }
      if (estimate.summary.priced === 5) fullyPriced.push(region);
    },
  );

  it('most regions price all five resources completely', () => {
    expect(fullyPriced.length).toBeGreaterThanOrEqual(30);
  });

  it('a region without any data is a clear error listing the regions that have it', async () => {
    const result = await cli('estimate', template, '--region', 'cn-north-1');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: No price data for region cn-north-1 in .* \(needed for \w+\)\./);
    expect(result.stderr).toContain(`Prices exist for these regions: ${[...book.coveredRegions()].sort().join(', ')}.`);
    expect(result.stderr).toMatch(/China has its own/);
  });
});
