/**
 * What the bundled snapshot keeps of the AWS data in ../shared/aws-pricing. That rebuilding it gives
 * exactly the committed files is snapshot-build.integration.test.ts (the whole build, full suite only).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { AWS_PRICING_DIR, BUNDLED_SNAPSHOT, requireShared } from '../support/paths.js';

// The shared AWS data sits beside the repository in every developer session and in CI.
describe('snapshot build', () => {
  requireShared();
  it('keeps the rate code, source and publication date of every price', () => {
    const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
    const price = book.lookup('AWSLambda', 'eu-west-1', 'Lambda Requests')!;
    expect(price.tiers).toHaveLength(1);
    expect(price.tiers[0]!.rateCode).toMatch(/^[A-Z0-9]+\.JRTCKXETXF\.[A-Z0-9]+$/);
    expect(price.provenance).toEqual({
      via: 'snapshot',
      origin: 'metered-unit-maps/lambda.json',
      quality: 'aws',
      publicationDate: '2025-10-30',
    });
    const raw = JSON.parse(readFileSync(join(AWS_PRICING_DIR, 'metered-unit-maps', 'lambda.json'), 'utf8'));
    const rate = raw.regions['EU (Ireland)']['Lambda Requests'];
    expect(price.tiers[0]!.rateCode).toBe(rate.rateCode);
    expect(price.tiers[0]!.unitPrice.eq(rate.price)).toBe(true);
  });

  it('folds tier rates into one tiered price sharing a SKU, as the Price List API does', () => {
    const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
    const duration = book.lookup('AWSLambda', 'us-east-1', 'Lambda Duration')!;
    expect(duration.tiers.map((t) => [t.from.toFixed(), t.to?.toFixed() ?? null])).toEqual([
      ['0', '6000000000'],
      ['6000000000', '15000000000'],
      ['15000000000', null],
    ]);
    expect(new Set(duration.tiers.map((t) => t.rateCode!.split('.')[0])).size).toBe(1);
    expect(book.lookup('AWSLambda', 'us-east-1', 'Lambda Duration Tier2')).toBeUndefined();
    const http = book.lookup('AmazonSNS', 'us-east-1', 'HTTP Notifications')!;
    expect(http.tiers[0]!.freeTier).toBe(true);
    expect(http.tiers[0]!.unitPrice.isZero()).toBe(true);
  });

  it('keeps only on-demand rates (no reserved-term rates)', () => {
    const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
    for (const key of book.keys('AmazonDynamoDB', 'us-east-1')) {
      for (const tier of book.lookup('AmazonDynamoDB', 'us-east-1', key)!.tiers) {
        if (tier.rateCode) expect(tier.rateCode.split('.')[1], key).toBe('JRTCKXETXF');
      }
    }
    expect(book.keys('AmazonDynamoDB', 'us-east-1')).not.toContain('1yr Read Capacity Unit Hrs Provisioned');
  });
});
