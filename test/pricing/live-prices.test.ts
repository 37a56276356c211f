/**
 * `--prices live`: prices straight from the Price List API (here a loopback endpoint with the real
 * SDK client), cached on disk in snapshot form. Same answers as a freshly refreshed snapshot; the
 * cache is reused within its TTL and its location can be chosen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from '../../lib/money.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import type { TierTuple } from '../../lib/pricing/snapshot/format.js';
import { cli } from '../support/cli.js';
import type { PriceListServer } from '../support/price-list-server.js';
import { usePriceListTest } from '../support/price-list-test.js';
import { itemsFromSnapshot } from '../support/price-list-items.js';
import { BUNDLED_SNAPSHOT, FIXTURES_DIR, requireShared } from '../support/paths.js';

const bundled = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
const template = join(FIXTURES_DIR, 'pricing', 'services.yaml');
const usage = join(FIXTURES_DIR, 'pricing', 'services.usage.yml');
const priceList = usePriceListTest();
afterEach(() => {
  delete process.env.CDK_COST_PRICE_CACHE;
});

/** Today's AWS prices differ from the bundled ones: Lambda requests +25%, every RDS instance-hour +10%. */
const today = (_service: string, _region: string, key: string, tiers: TierTuple[]): TierTuple[] =>
  key === 'Lambda Requests' || key.startsWith('RDSInstance:')
    ? tiers.map((t): TierTuple => [t[0], t[1], new Decimal(t[2]).times(key === 'Lambda Requests' ? '1.25' : '1.1').toFixed(), t[3]])
    : tiers;

async function startServer(regions: string[]): Promise<PriceListServer> {
  const pairs = bundled
    .services()
    .flatMap((serviceCode) => regions.filter((r) => bundled.regions(serviceCode).includes(r)).map((region) => ({ serviceCode, region })));
  return priceList.serve({ items: itemsFromSnapshot(bundled, pairs, { adjust: today }) });
}

const numbers = (e: {
  totals: unknown;
  resources: Array<{ path: string; components: Array<{ name: string; monthly: string; unitPrice: string | null; tiers?: unknown }> }>;
}) => ({
  totals: e.totals,
  lines: e.resources.flatMap((r) => r.components.map((c) => [r.path, c.name, c.monthly, c.unitPrice, c.tiers ?? null])),
});

describe('estimate --prices live', () => {
  requireShared();
  it('gives the same estimate as a freshly refreshed snapshot, and reuses its cache within the TTL', async () => {
    const work = priceList.tempDir('cdk-cost-live-');
    const server = await startServer(['us-east-1']);
    const snapshot = join(work, 'refreshed');
    expect((await cli('pricing', 'refresh', '--region', 'us-east-1', '--snapshot', snapshot, '--endpoint', server.endpoint)).code).toBe(0);
    const fromSnapshot = JSON.parse((await cli('estimate', template, '--usage', usage, '--format', 'json', '--snapshot', snapshot)).stdout);

    const cache = join(work, 'cache');
    const before = server.requests.length;
    const live = await cli(
      'estimate',
      template,
      '--usage',
      usage,
      '--format',
      'json',
      '--prices',
      'live',
      '--endpoint',
      server.endpoint,
      '--price-cache',
      cache,
    );
    expect(live.code, live.stderr).toBe(0);
    const fetched = server.requests.length - before;
    expect(fetched).toBeGreaterThan(0);
    expect(live.stderr).toMatch(/live prices: AWSLambda us-east-1: \d+ products/);
    const fromLive = JSON.parse(live.stdout);
    expect(numbers(fromLive)).toEqual(numbers(fromSnapshot));
    expect(fromLive.prices.kind).toBe('live');
    // Today's prices, not the bundled ones.
    const bundledEstimate = JSON.parse((await cli('estimate', template, '--usage', usage, '--format', 'json')).stdout);
    expect(new Decimal(fromLive.totals.monthly).gt(bundledEstimate.totals.monthly)).toBe(true);
    const lambdaRequests = fromLive.resources
      .find((r: { path: string }) => r.path.endsWith('/Fn'))
      .components.find((c: { name: string }) => c.name === 'Requests');
    expect(lambdaRequests.price.origin).toBe('price-list-api/AWSLambda');
    expect(
      new Decimal(lambdaRequests.unitPrice).eq(
        bundled.lookup('AWSLambda', 'us-east-1', 'Lambda Requests')!.tiers[0]!.unitPrice.times('1.25'),
      ),
    ).toBe(true);

    // Within the TTL: no request at all.
    const again = await cli(
      'estimate',
      template,
      '--usage',
      usage,
      '--format',
      'json',
      '--prices',
      'live',
      '--endpoint',
      server.endpoint,
      '--price-cache',
      cache,
    );
    expect(server.requests.length - before).toBe(fetched);
    expect(numbers(JSON.parse(again.stdout))).toEqual(numbers(fromLive));
    // TTL 0: asked again.
    await cli(
      'estimate',
      template,
      '--usage',
      usage,
      '--format',
      'json',
      '--prices',
      'live',
      '--endpoint',
      server.endpoint,
      '--price-cache',
      cache,
      '--price-cache-ttl',
      '0',
    );
    expect(server.requests.length - before).toBe(2 * fetched);
    // The cache is a snapshot: it can be read as one.
    expect(new SnapshotPriceBook(cache, 'live').lookup('AWSLambda', 'us-east-1', 'Lambda Requests')!.provenance.via).toBe('live');
  });

  it('the cache location comes from CDK_COST_PRICE_CACHE when not given; the endpoint from AWS_ENDPOINT_URL_PRICING', async () => {
    const work = priceList.tempDir('cdk-cost-live-');
    const server = await startServer(['eu-west-1']);
    process.env.CDK_COST_PRICE_CACHE = join(work, 'env-cache');
    process.env.AWS_ENDPOINT_URL_PRICING = server.endpoint;
    try {
      const result = await cli('estimate', template, '--usage', usage, '--region', 'eu-west-1', '--format', 'json', '--prices', 'live');
      expect(result.code, result.stderr).toBe(0);
      expect(existsSync(join(work, 'env-cache', 'AWSLambda', 'eu-west-1.json'))).toBe(true);
      expect(JSON.parse(result.stdout).prices.location).toContain(server.endpoint);
    } finally {
      delete process.env.AWS_ENDPOINT_URL_PRICING;
    }
  });

  it('pricing show --prices live shows what the API answers', async () => {
    const work = priceList.tempDir('cdk-cost-live-');
    const server = await startServer(['us-east-1']);
    const result = await cli(
      'pricing',
      'show',
      'AWSLambda',
      '--filter',
      'key=Lambda Requests',
      '--format',
      'json',
      '--prices',
      'live',
      '--endpoint',
      server.endpoint,
      '--price-cache',
      join(work, 'cache'),
    );
    expect(result.code, result.stderr).toBe(0);
    const shown = JSON.parse(result.stdout);
    expect(shown.prices.kind).toBe('live');
    const bundledUsd = bundled.lookup('AWSLambda', 'us-east-1', 'Lambda Requests')!.tiers[0]!.unitPrice;
    expect(new Decimal(shown.items[0].tiers[0].usd).eq(bundledUsd.times('1.25'))).toBe(true);
    expect(server.requests.every((r) => r.body.ServiceCode === 'AWSLambda')).toBe(true);
  });

  it('a region neither the API nor the snapshot has prices for is a clear error', async () => {
    const work = priceList.tempDir('cdk-cost-live-');
    const server = await startServer(['us-east-1']); // the endpoint knows nothing about ap-southeast-6
    const result = await cli(
      'estimate',
      join(FIXTURES_DIR, 'pricing', 'core.yaml'),
      '--region',
      'ap-southeast-6',
      '--prices',
      'live',
      '--endpoint',
      server.endpoint,
      '--price-cache',
      join(work, 'cache'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: No AWSQueueService prices for region ap-southeast-6/);
    expect(result.stderr).toMatch(/AWSQueueService prices exist for: af-south-1, .*us-east-1/);
  });

  it('live-only options without --prices live, and unknown price sources, are refused', async () => {
    const work = priceList.tempDir('cdk-cost-live-');
    const stray = await cli('estimate', template, '--price-cache', work);
    expect(stray.code).toBe(1);
    expect(stray.stderr).toMatch(/apply to live prices only/);
    const unknown = await cli('estimate', template, '--prices', 'yesterday');
    expect(unknown.stderr).toMatch(/--prices yesterday: unknown price source/);
    const ttl = await cli('estimate', template, '--prices', 'live', '--price-cache-ttl', 'soon', '--endpoint', 'http://127.0.0.1:9');
    expect(ttl.stderr).toMatch(/--price-cache-ttl soon: not a duration/);
  });
});
