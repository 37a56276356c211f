/**
 * `cdk-cost pricing show SERVICE [--region R] [--filter k=v …]`: what the PriceBook knows.
 */
import { describe, expect, it } from 'vitest';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { cli } from '../support/cli.js';
import { BUNDLED_SNAPSHOT } from '../support/paths.js';

const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);

describe('pricing show', () => {
  it('lists every price of a service in a region with tiers, rate codes and source', async () => {
    const result = await cli('pricing', 'show', 'AWSLambda', '--region', 'eu-west-1');
    expect(result.code).toBe(0);
    const keys = book.keys('AWSLambda', 'eu-west-1');
    expect(result.stdout).toMatch(
      new RegExp(`^AWSLambda in eu-west-1: ${keys.length} prices \\(snapshot .*pricing/snapshot, prices as of \\d{4}-\\d\\d-\\d\\d\\)`),
    );
    for (const key of keys) expect(result.stdout).toContain(`\n${key}`);
    const duration = book.lookup('AWSLambda', 'eu-west-1', 'Lambda Duration')!;
    for (const t of duration.tiers)
      expect(result.stdout).toContain(
        `[${t.from.toFixed()}, ${t.to?.toFixed() ?? '∞'})  ${t.unitPrice.toFixed()} USD per Lambda-GB-Second   ${t.rateCode}`,
      );
    expect(result.stdout).toContain('metered-unit-maps/lambda.json (aws, 2025-10-30)');
  });

  it('filters by key (substring or * wildcards), unit, sku and source; json for machines', async () => {
    const m5 = await cli('pricing', 'show', 'AmazonEC2', '--filter', 'key=BoxUsage:m5.*large', '--format', 'json');
    const parsed = JSON.parse(m5.stdout);
    expect(parsed.region).toBe('us-east-1');
    const expected = book.keys('AmazonEC2', 'us-east-1').filter((k) => /BoxUsage:m5\..*large/i.test(k));
    expect(parsed.items.map((i: { key: string }) => i.key)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(3);
    const m5large = parsed.items.find((i: { key: string }) => i.key === 'BoxUsage:m5.large');
    expect(m5large.tiers).toEqual([{ from: '0', to: null, usd: '0.096', rateCode: '6C86BEPQVG73ZGGR.JRTCKXETXF.6YS6EN2CT7' }]);
    const bySku = JSON.parse((await cli('pricing', 'show', 'AmazonEC2', '--filter', 'sku=6C86BEPQVG73ZGGR', '--format', 'json')).stdout);
    expect(bySku.items.map((i: { key: string }) => i.key)).toEqual(['BoxUsage:m5.large']);
    const reshaped = JSON.parse(
      (
        await cli(
          'pricing',
          'show',
          'AmazonRDS',
          '--region',
          'eu-west-1',
          '--filter',
          'key=postgresql:multi-az:db.t3',
          '--filter',
          'quality=reshaped',
          '--format',
          'json',
        )
      ).stdout,
    );
    expect(reshaped.items.length).toBeGreaterThan(2);
    expect(
      reshaped.items.every(
        (i: { key: string; provenance: { quality: string } }) =>
          i.key.startsWith('RDSInstance:PostgreSQL:Multi-AZ:db.t3.') && i.provenance.quality === 'reshaped',
      ),
    ).toBe(true);
    const nothing = await cli('pricing', 'show', 'AWSLambda', '--filter', 'key=no such price');
    expect(nothing.stdout).toMatch(/0 prices matching key=no such price/);
    expect(nothing.stderr).toMatch(/nothing matched; \d+ prices without the filter/);
  });

  it('unknown services, fields and regions are clear errors', async () => {
    const service = await cli('pricing', 'show', 'AWSLamda');
    expect(service.code).toBe(1);
    expect(service.stderr).toMatch(/error: AWSLamda: the PriceBook has no such service\.\nhint: Did you mean AWSLambda\?/);
    const field = await cli('pricing', 'show', 'AWSLambda', '--filter', 'colour=red');
    expect(field.stderr).toMatch(/--filter colour=red: unknown field "colour"/);
    const region = await cli('pricing', 'show', 'AmazonTimestream', '--region', 'af-south-1');
    expect(region.code).toBe(1);
    expect(region.stderr).toMatch(/No AmazonTimestream prices for region af-south-1/);
    expect(region.stderr).toContain(`AmazonTimestream prices exist for: ${book.regions('AmazonTimestream').join(', ')}.`);
  });
});
