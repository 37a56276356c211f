/**
 * Globally priced rates (CloudFront edge regions, Route 53 zones and health checks) reach the
 * snapshot: taken from the AWS data's non-region locations with their rate codes, tier bounds from
 * the data, and the same record in every region's file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CLOUDFRONT_EDGE_REGIONS,
  ROUTE53_HOSTED_ZONE,
  cloudFrontDataOutKey,
  cloudFrontRequestsKey,
} from '../../lib/pricing/global-price-keys.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { AWS_PRICING_DIR, BUNDLED_SNAPSHOT, requireShared } from '../support/paths.js';

const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);

describe('global rates in the snapshot', () => {
  requireShared();
  const raw = (file: string) =>
    JSON.parse(readFileSync(join(AWS_PRICING_DIR, 'metered-unit-maps', file), 'utf8')) as {
      regions: Record<string, Record<string, { rateCode: string; price: string; 'Per Month'?: string }>>;
    };

  it('keeps each CloudFront edge region\'s data-transfer tiers with their rate codes and "Per Month" bounds', () => {
    const cloudfront = raw('cloudfront.json').regions[''];
    for (const edge of CLOUDFRONT_EDGE_REGIONS) {
      const price = book.lookup('AmazonCloudFront', 'us-east-1', cloudFrontDataOutKey(edge))!;
      expect(price, edge).toBeDefined();
      expect(price.tiers).toHaveLength(7);
      const first = cloudfront![`Regional DT from ${edge} to Internet First 10 TB`]!;
      expect(price.tiers[0]!.rateCode).toBe(first.rateCode);
      expect(price.tiers[0]!.unitPrice.eq(first.price)).toBe(true);
      expect(price.tiers[0]!.to!.toFixed()).toBe(first['Per Month']);
      expect(price.tiers[6]!.to).toBeNull();
      for (let i = 1; i < 7; i++) expect(price.tiers[i]!.from.eq(price.tiers[i - 1]!.to!)).toBe(true);
      const https = cloudfront![`Request HTTPS Methods from ${edge}`]!;
      expect(book.lookup('AmazonCloudFront', 'us-east-1', cloudFrontRequestsKey('HTTPS', edge))!.tiers[0]!.rateCode).toBe(https.rateCode);
    }
  });

  it('writes the same global record into every region', () => {
    const regions = book.regions('AmazonRoute53');
    expect(regions.length).toBeGreaterThan(30);
    const reference = JSON.stringify(book.lookup('AmazonRoute53', 'us-east-1', ROUTE53_HOSTED_ZONE)!.tiers);
    for (const region of regions)
      expect(JSON.stringify(book.lookup('AmazonRoute53', region, ROUTE53_HOSTED_ZONE)?.tiers), region).toBe(reference);
    const zone = raw('route53.json').regions['Any']!;
    const tiers = book.lookup('AmazonRoute53', 'eu-west-1', ROUTE53_HOSTED_ZONE)!.tiers;
    expect(tiers.map((t) => [t.from.toFixed(), t.to?.toFixed() ?? null, t.rateCode])).toEqual([
      ['0', '25', zone['DNS Zone first 25']!.rateCode],
      ['25', null, zone['DNS Zone']!.rateCode],
    ]);
  });
});
