/**
 * The bundled snapshot is derived by this project's own code from the AWS data in
 * ../shared/aws-pricing: rebuilding it gives exactly the committed files.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSnapshot } from '../../lib/pricing/build/build-snapshot.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { AWS_PRICING_DIR, BUNDLED_SNAPSHOT, requireShared } from '../support/paths.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// The shared AWS data sits beside the repository in every developer session and in CI.
describe('snapshot build', () => {
  requireShared();
  it('reproduces the committed snapshot byte for byte', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cdk-cost-snapshot-')), 'snapshot');
    try {
      buildSnapshot(AWS_PRICING_DIR, out);
      const built = files(out)
        .map((f) => relative(out, f))
        .sort();
      const committed = files(BUNDLED_SNAPSHOT)
        .map((f) => relative(BUNDLED_SNAPSHOT, f))
        .sort();
      expect(built).toEqual(committed);
      for (const file of built) {
        expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(BUNDLED_SNAPSHOT, file), 'utf8'));
      }
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
  });

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
