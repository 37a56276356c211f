/**
 * `cdk-cost pricing refresh` against a local Price List Query API (loopback, awsJson1_1) with the
 * real SDK client: pagination and filters, mapping by SKU and by attributes, tiers from
 * beginRange/endRange, the change report, throttling, and failures that must leave the old
 * snapshot untouched.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Decimal } from '../../lib/money.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import type { PriceListItemJson } from '../../lib/pricing/live/price-list-item.js';
import type { TierTuple } from '../../lib/pricing/snapshot/format.js';
import { cli } from '../support/cli.js';
import { usePriceListTest } from '../support/price-list-test.js';
import { itemsFromSnapshot } from '../support/price-list-items.js';
import { AWS_PRICING_DIR, BUNDLED_SNAPSHOT, requireShared } from '../support/paths.js';

const bundled = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
const realEc2Item = (): PriceListItemJson =>
  JSON.parse(readFileSync(join(AWS_PRICING_DIR, 'price-list-api', 'get-products', 'AmazonEC2-m5.large-us-east-1.json'), 'utf8'));

const priceList = usePriceListTest();
const serve = priceList.serve;

function tempSnapshot(): string {
  return join(priceList.tempDir('cdk-cost-refresh-'), 'snapshot');
}

function refresh(snapshot: string, ...args: string[]) {
  return cli('pricing', 'refresh', '--snapshot', snapshot, '--endpoint', priceList.server.endpoint, ...args);
}

function tiersOf(book: SnapshotPriceBook, service: string, region: string, key: string) {
  return book
    .lookup(service, region, key)
    ?.tiers.map((t) => ({ from: t.from.toFixed(), to: t.to?.toFixed() ?? null, usd: t.unitPrice.toFixed(), free: t.freeTier === true }));
}

function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  for (const f of walk(dir).sort()) hash.update(relative(dir, f)).update(readFileSync(f));
  return hash.digest('hex');
}

const US_EAST_1 = 'us-east-1';

describe('pricing refresh from a local Price List endpoint', () => {
  requireShared();
  it('refresh → snapshot → lookup gives exactly the items served, tiers included', async () => {
    // Lambda's products as AWS would send them, with Duration's second tier and Requests repriced.
    const lambda = itemsFromSnapshot(bundled, [{ serviceCode: 'AWSLambda', region: US_EAST_1 }], {
      adjust: (_s, _r, key, tiers) =>
        key === 'Lambda Duration'
          ? tiers.map((t, i): TierTuple => (i === 1 ? [t[0], t[1], '0.0000149', t[3]] : t))
          : key === 'Lambda Requests'
            ? [['0', null, '0.00000025', tiers[0]![3]]]
            : tiers,
    });
    const real = realEc2Item();
    await serve({ items: [...lambda, real], maxPageSize: 5 });
    const snapshot = tempSnapshot();
    const result = await refresh(snapshot, '--service', 'AWSLambda', '--service', 'AmazonEC2', '--region', US_EAST_1);
    expect(result.stderr).not.toMatch(/error/);
    expect(result.code).toBe(0);
    const book = new SnapshotPriceBook(snapshot);

    // Every dimension served is a tier of some refreshed price: same bounds, price and rate code.
    const served = [...lambda, real].flatMap((item) =>
      Object.values(item.terms!.OnDemand!).flatMap((t) => Object.values(t.priceDimensions!)),
    );
    const stored = new Map<string, { from: string; to: string | null; usd: string }>();
    for (const service of ['AWSLambda', 'AmazonEC2']) {
      for (const key of book.keys(service, US_EAST_1)) {
        const price = book.lookup(service, US_EAST_1, key)!;
        if (price.provenance.origin !== `price-list-api/${service}`) continue;
        for (const t of price.tiers)
          if (price.tiers.length > 1 || !stored.has(t.rateCode!))
            stored.set(t.rateCode!, { from: t.from.toFixed(), to: t.to?.toFixed() ?? null, usd: t.unitPrice.toFixed() });
      }
    }
    for (const d of served) {
      const tier = stored.get(d.rateCode);
      expect(tier, d.rateCode).toBeDefined();
      expect(new Decimal(tier!.usd).eq(d.pricePerUnit!.USD!), d.rateCode).toBe(true);
      const multi = served.filter((x) => x.rateCode.split('.')[0] === d.rateCode.split('.')[0]).length > 1;
      if (multi && book.lookup('AWSLambda', US_EAST_1, 'Lambda Duration')!.tiers.some((t) => t.rateCode === d.rateCode)) {
        expect([tier!.from, tier!.to ?? 'Inf']).toEqual([d.beginRange, d.endRange]);
      }
    }
    // The real EC2 item (m5.large, us-east-1) lands on the key the pricers use.
    const m5 = book.lookup('AmazonEC2', US_EAST_1, 'BoxUsage:m5.large')!;
    expect(m5.tiers.map((t) => [t.unitPrice.toFixed(), t.rateCode])).toEqual([['0.096', '6C86BEPQVG73ZGGR.JRTCKXETXF.6YS6EN2CT7']]);
    expect(m5.unit).toBe('Hrs');
    expect(m5.provenance).toMatchObject({
      origin: 'price-list-api/AmazonEC2',
      quality: 'aws',
      publicationDate: real.publicationDate!.slice(0, 10),
    });
    // The tiered price keeps its three tiers, the new second tier price included.
    expect(tiersOf(book, 'AWSLambda', US_EAST_1, 'Lambda Duration')!.map((t) => [t.from, t.to, t.usd])).toEqual(
      tiersOf(bundled, 'AWSLambda', US_EAST_1, 'Lambda Duration')!.map((t, i) => [t.from, t.to, i === 1 ? '0.0000149' : t.usd]),
    );

    // What was asked: the region filter on every query, EC2's instance filters, pages followed.
    const requests = priceList.server.requests.filter((r) => r.operation === 'GetProducts');
    expect(requests.every((r) => r.signed)).toBe(true);
    expect(
      requests.every((r) =>
        r.body.Filters!.some((f) => f.Field === 'location' && f.Type === 'TERM_MATCH' && f.Value === 'US East (N. Virginia)'),
      ),
    ).toBe(true);
    const ec2 = requests.filter((r) => r.body.ServiceCode === 'AmazonEC2');
    expect(ec2.some((r) => r.body.Filters!.some((f) => f.Field === 'operatingSystem' && f.Value === 'Linux'))).toBe(true);
    expect(ec2.some((r) => r.body.Filters!.some((f) => f.Type === 'NONE_OF' && f.Field === 'productFamily'))).toBe(true);
    const lambdaPages = requests.filter((r) => r.body.ServiceCode === 'AWSLambda');
    expect(lambdaPages.length).toBe(Math.ceil(lambda.length / 5));
    expect(lambdaPages.slice(1).every((r) => typeof r.body.NextToken === 'string')).toBe(true);
    expect(lambdaPages.reduce((n, r) => n + r.returned, 0)).toBe(lambda.length);
  });

  it('reports prices added, removed and changed, old → new', async () => {
    const lambda = itemsFromSnapshot(bundled, [{ serviceCode: 'AWSLambda', region: US_EAST_1 }], {
      adjust: (_s, _r, key, tiers) => (key === 'Lambda Requests' ? [['0', null, '0.00000025', tiers[0]![3]]] : tiers),
    });
    // Drop one product (its prices must be reported removed) and add a new EC2 instance type by attributes.
    const dropped = lambda.find((i) =>
      Object.values(i.terms!.OnDemand!).some((t) =>
        Object.values(t.priceDimensions!).some((d) => d.description!.startsWith('Lambda Provisioned-Concurrency ')),
      ),
    )!;
    const newType = realEc2Item();
    newType.product.sku = 'ZZZZNEWTYPE00001';
    newType.product.attributes!.instanceType = 'm9z.large';
    newType.product.attributes!.usagetype = 'BoxUsage:m9z.large';
    const term = Object.values(newType.terms!.OnDemand!)[0]!;
    const dim = Object.values(term.priceDimensions!)[0]!;
    newType.terms = {
      OnDemand: {
        'ZZZZNEWTYPE00001.JRTCKXETXF': {
          ...term,
          sku: 'ZZZZNEWTYPE00001',
          priceDimensions: {
            'ZZZZNEWTYPE00001.JRTCKXETXF.6YS6EN2CT7': {
              ...dim,
              rateCode: 'ZZZZNEWTYPE00001.JRTCKXETXF.6YS6EN2CT7',
              pricePerUnit: { USD: '0.1234000000' },
            },
          },
        },
      },
    };
    await serve({ items: [...lambda.filter((i) => i !== dropped), realEc2Item(), newType] });
    const snapshot = tempSnapshot();
    const result = await refresh(snapshot, '--service', 'AWSLambda,AmazonEC2', '--region', US_EAST_1, '--all-changes');
    expect(result.code).toBe(0);
    const old = bundled.lookup('AWSLambda', US_EAST_1, 'Lambda Requests')!.tiers[0]!.unitPrice.toFixed();
    expect(result.stdout).toContain(`~ Lambda Requests: ${old} → 0.00000025 USD (+25%)`);
    expect(result.stdout).toContain('+ BoxUsage:m9z.large: 0.1234 USD');
    expect(result.stdout).toMatch(/- Lambda Provisioned-Concurrency.* \(was /);
    expect(result.stdout).toMatch(/- BoxUsage:t3\.micro \(was [\d.]+ USD\)/);
    expect(result.stdout).toMatch(/AmazonEC2 us-east-1: 2 prices \(1 by SKU, 1 by attributes\); 1 added, \d+ removed, 0 changed/);
    const book = new SnapshotPriceBook(snapshot);
    expect(book.lookup('AmazonEC2', US_EAST_1, 'BoxUsage:m9z.large')!.tiers[0]!.rateCode).toBe('ZZZZNEWTYPE00001.JRTCKXETXF.6YS6EN2CT7');
    // Services and regions not refreshed are the bundled ones, untouched.
    expect(book.lookup('AWSLambda', 'eu-west-1', 'Lambda Requests')).toEqual(bundled.lookup('AWSLambda', 'eu-west-1', 'Lambda Requests'));
    expect(book.rawIndex().refreshedAt).toEqual({ 'AWSLambda/us-east-1': expect.any(String), 'AmazonEC2/us-east-1': expect.any(String) });
  });

  it('throttling: the SDK backs off and retries, and the refresh says how often', async () => {
    const items = itemsFromSnapshot(bundled, [{ serviceCode: 'AmazonSNS', region: US_EAST_1 }]);
    await serve({ items, fault: ({ number }) => (number <= 3 ? 'throttle' : undefined) });
    const snapshot = tempSnapshot();
    const result = await refresh(snapshot, '--service', 'AmazonSNS', '--region', US_EAST_1);
    expect(result.code).toBe(0);
    expect(priceList.server.requests.slice(0, 3).map((r) => r.answer)).toEqual(['throttle', 'throttle', 'throttle']);
    expect(priceList.server.requests.slice(3).every((r) => r.answer === 'ok')).toBe(true);
    expect(result.stdout).toMatch(/\(4 requests, 3 throttled and retried\)/);
    expect(new SnapshotPriceBook(snapshot).keys('AmazonSNS', US_EAST_1)).toEqual(bundled.keys('AmazonSNS', US_EAST_1));
  });

  it('throttled beyond the retries: a clear error, and nothing written', async () => {
    await serve({ items: itemsFromSnapshot(bundled, [{ serviceCode: 'AmazonSNS', region: US_EAST_1 }]), fault: () => 'throttle' });
    const snapshot = tempSnapshot();
    const result = await refresh(snapshot, '--service', 'AmazonSNS', '--region', US_EAST_1, '--max-attempts', '2');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        String.raw`^error: Price List GetProducts for AmazonSNS \[location=US East \(N\. Virginia\)\] \(page 1\) ` +
          String.raw`at http:\/\/127\.0\.0\.1:\d+ was throttled after 2 attempts`,
      ),
    );
    expect(result.stderr).toMatch(/Nothing was written: .* is unchanged\./);
    expect(result.stderr).toMatch(/hint: AWS limits the Price List API/);
    expect(() => statSync(snapshot)).toThrow();
  });

  it('a failure mid-refresh leaves the old snapshot intact and says what failed', async () => {
    const regions = ['us-east-1', 'eu-west-1'];
    const pairs = ['AWSLambda', 'AmazonS3', 'AmazonDynamoDB'].flatMap((serviceCode) => regions.map((region) => ({ serviceCode, region })));
    const items = itemsFromSnapshot(bundled, pairs, {
      adjust: (_s, _r, _k, tiers) => tiers.map((t): TierTuple => [t[0], t[1], new Decimal(t[2]).times(2).toFixed(), t[3]]),
    });
    const snapshot = tempSnapshot();
    // A first, successful refresh makes the "old" snapshot (with doubled prices, so it differs from the bundled one).
    await serve({ items });
    expect((await refresh(snapshot, '--service', 'AWSLambda,AmazonS3,AmazonDynamoDB', '--region', 'us-east-1,eu-west-1')).code).toBe(0);
    await priceList.closeServer();
    const before = fingerprint(snapshot);

    for (const fault of ['internal', 'drop'] as const) {
      // The endpoint breaks after a few pages, in the middle of the second service.
      await serve({ items: itemsFromSnapshot(bundled, pairs), maxPageSize: 10, fault: ({ number }) => (number > 6 ? fault : undefined) });
      const result = await refresh(
        snapshot,
        '--service',
        'AWSLambda,AmazonS3,AmazonDynamoDB',
        '--region',
        'us-east-1,eu-west-1',
        '--max-attempts',
        '2',
      );
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(fault === 'internal' ? /InternalErrorException/ : /could not reach the endpoint/);
      expect(result.stderr).toMatch(/Price List GetProducts for AmazonS3 .*\(page \d+\)/);
      expect(result.stderr).toContain(`Nothing was written: ${snapshot} is unchanged.`);
      expect(result.stderr).not.toMatch(/internal error \(a bug/);
      expect(fingerprint(snapshot)).toBe(before);
      expect(readdirSync(join(snapshot, '..'))).toEqual(['snapshot']); // no staging directory left behind
      await priceList.closeServer();
    }
    const book = new SnapshotPriceBook(snapshot);
    const doubled = bundled.lookup('AWSLambda', 'us-east-1', 'Lambda Requests')!.tiers[0]!.unitPrice.times(2);
    expect(book.lookup('AWSLambda', 'us-east-1', 'Lambda Requests')!.tiers[0]!.unitPrice.eq(doubled)).toBe(true);
  });

  it('products no key knows by SKU are mapped by their attributes (RDS, Aurora, EMR, OpenSearch, data transfer)', async () => {
    // The bundled RDS instance, OpenSearch instance and data-transfer prices have no rate codes:
    // only the product attributes can name their keys.
    const pairs = ['AmazonRDS', 'AmazonES', 'AWSDataTransfer', 'ElasticMapReduce'].map((serviceCode) => ({
      serviceCode,
      region: 'eu-west-1',
    }));
    await serve({ items: itemsFromSnapshot(bundled, pairs) });
    const snapshot = tempSnapshot();
    const result = await refresh(snapshot, '--service', 'AmazonRDS,AmazonES,AWSDataTransfer,ElasticMapReduce', '--region', 'eu-west-1');
    expect(result.code).toBe(0);
    const book = new SnapshotPriceBook(snapshot);
    for (const [service, key] of [
      ['AmazonRDS', 'RDSInstance:PostgreSQL:Multi-AZ-readable-standbys:db.m6gd.large'],
      ['AmazonRDS', 'RDSInstance:MySQL:Single-AZ:db.t3.micro'],
      ['AmazonRDS', 'AuroraInstance:Aurora MySQL:IO-Optimized:db.r6g.large'],
      ['AmazonRDS', 'AuroraInstance:Aurora PostgreSQL:Standard:db.r6g.large'],
      ['AmazonRDS', 'MySQL Year 1 Year 2 5 7'],
      ['AmazonRDS', 'Aurora MySQL Data API requests 1000000000 Inf'],
      ['ElasticMapReduce', 'EMRInstance:m5.xlarge'],
      ['AmazonES', 'ESInstance:r6g.large.search'],
      ['AWSDataTransfer', 'DataTransfer Out to Internet'],
      ['AWSDataTransfer', 'DataTransfer InterRegion Outbound:us-east-1'],
    ] as const) {
      expect(tiersOf(book, service, 'eu-west-1', key), key).toEqual(tiersOf(bundled, service, 'eu-west-1', key));
      expect(book.lookup(service, 'eu-west-1', key)!.provenance.origin).toBe(`price-list-api/${service}`);
    }
    expect(result.stdout).toMatch(/AmazonRDS eu-west-1: \d+ prices \(\d+ by SKU, [1-9]\d* by attributes\)/);
    // The supplementary OpenSearch storage price is not in the API: carried over as it was.
    expect(book.lookup('AmazonES', 'us-east-1', 'OpenSearch Service EBS gp3 storage')).toEqual(
      bundled.lookup('AmazonES', 'us-east-1', 'OpenSearch Service EBS gp3 storage'),
    );
  });

  it('bad selections are clear errors', async () => {
    await serve({ items: [] });
    const snapshot = tempSnapshot();
    const unknownService = await refresh(snapshot, '--service', 'AWSLambdaa');
    expect(unknownService.code).toBe(1);
    expect(unknownService.stderr).toMatch(/--service AWSLambdaa: not a service of the price snapshot/);
    expect(unknownService.stderr).toMatch(/Did you mean AWSLambda\?/);
    const unknownRegion = await refresh(snapshot, '--service', 'AWSLambda', '--region', 'eu-wset-1');
    expect(unknownRegion.stderr).toMatch(/--region eu-wset-1: not an AWS Region the price data knows/);
    expect(unknownRegion.stderr).toMatch(/Did you mean eu-west-1\?/);
    const badPricingRegion = await cli('pricing', 'refresh', '--snapshot', snapshot, '--pricing-region', 'eu-west-1');
    expect(badPricingRegion.stderr).toMatch(/--pricing-region eu-west-1: the AWS Price List API is not served from eu-west-1/);
    expect(badPricingRegion.stderr).toMatch(/us-east-1, eu-central-1, ap-south-1/);
    // An endpoint that answers nothing for a service keeps its prices, with a warning.
    const empty = await refresh(snapshot, '--service', 'AWSLambda', '--region', 'us-east-1');
    expect(empty.code).toBe(0);
    expect(empty.stderr).toMatch(
      /warning: the API returned no AWSLambda products for us-east-1 \(US East \(N\. Virginia\)\); kept the \d+ prices there/,
    );
    expect(new SnapshotPriceBook(snapshot).keys('AWSLambda', 'us-east-1')).toEqual(bundled.keys('AWSLambda', 'us-east-1'));
  });
});
