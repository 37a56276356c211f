/**
 * `cdk-cost pricing refresh` over every bundled price: a local Price List endpoint serves items made
 * from the bundled snapshot for three regions of every service, and the refreshed snapshot must answer
 * every lookup, and a whole estimate, like the bundled one. Thousands of prices through the real SDK
 * client take tens of seconds, so this runs in the full `npm test` only (test/vitest.unit.config.ts);
 * price-list-refresh.test.ts covers refresh itself on small item sets in the unit loop.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { cli } from '../support/cli.js';
import {
  startPriceListServer,
  useFakeAwsCredentials,
  type PriceListServer,
  type PriceListServerOptions,
} from '../support/price-list-server.js';
import { itemsFromSnapshot } from '../support/price-list-items.js';
import { BUNDLED_SNAPSHOT, FIXTURES_DIR, requireShared } from '../support/paths.js';

const bundled = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
let server: PriceListServer | undefined;
const dirs: string[] = [];

beforeAll(() => useFakeAwsCredentials());
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function serve(options: PriceListServerOptions): Promise<PriceListServer> {
  server = await startPriceListServer(options);
  return server;
}

function tempSnapshot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-refresh-'));
  dirs.push(dir);
  return join(dir, 'snapshot');
}

function refresh(snapshot: string, ...args: string[]) {
  return cli('pricing', 'refresh', '--snapshot', snapshot, '--endpoint', server!.endpoint, ...args);
}

function tiersOf(book: SnapshotPriceBook, service: string, region: string, key: string) {
  return book
    .lookup(service, region, key)
    ?.tiers.map((t) => ({ from: t.from.toFixed(), to: t.to?.toFixed() ?? null, usd: t.unitPrice.toFixed(), free: t.freeTier === true }));
}

describe('pricing refresh over every bundled price', () => {
  requireShared();
  it('a snapshot refreshed from items with the bundled SKUs answers every lookup like the bundled snapshot', async () => {
    const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
    const pairs = bundled
      .services()
      .flatMap((serviceCode) => regions.filter((r) => bundled.regions(serviceCode).includes(r)).map((region) => ({ serviceCode, region })));
    await serve({ items: itemsFromSnapshot(bundled, pairs) });
    const snapshot = tempSnapshot();
    const result = await refresh(snapshot, ...regions.flatMap((r) => ['--region', r]));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Refreshed ${pairs.length} of ${pairs.length} service/region pairs`));
    expect(result.stdout).toMatch(/Total: 0 added, 0 removed, 0 changed\./);
    const book = new SnapshotPriceBook(snapshot);
    let compared = 0;
    for (const { serviceCode, region } of pairs) {
      expect(book.keys(serviceCode, region), `${serviceCode} ${region}`).toEqual(bundled.keys(serviceCode, region));
      for (const key of bundled.keys(serviceCode, region)) {
        const before = bundled.lookup(serviceCode, region, key)!;
        const after = book.lookup(serviceCode, region, key)!;
        expect(tiersOf(book, serviceCode, region, key), `${serviceCode} ${region} ${key}`).toEqual(
          tiersOf(bundled, serviceCode, region, key),
        );
        // Where the bundled price has AWS rate codes, the refreshed one has the same.
        if (before.tiers.every((t) => t.rateCode)) expect(after.tiers.map((t) => t.rateCode)).toEqual(before.tiers.map((t) => t.rateCode));
        if (before.provenance.quality !== 'supplementary') expect(after.provenance.origin).toBe(`price-list-api/${serviceCode}`);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5000);

    // And whole estimates agree to the last digit.
    const template = join(FIXTURES_DIR, 'pricing', 'services.yaml');
    const usage = join(FIXTURES_DIR, 'pricing', 'services.usage.yml');
    const a = JSON.parse((await cli('estimate', template, '--usage', usage, '--format', 'json')).stdout);
    const b = JSON.parse((await cli('estimate', template, '--usage', usage, '--format', 'json', '--snapshot', snapshot)).stdout);
    expect(b.totals).toEqual(a.totals);
    expect(a.summary.priced).toBeGreaterThan(5);
    const numbers = (e: {
      resources: Array<{ path: string; components: Array<{ name: string; monthly: string; unitPrice: string | null; tiers?: unknown }> }>;
    }) => e.resources.flatMap((r) => r.components.map((c) => [r.path, c.name, c.monthly, c.unitPrice, c.tiers ?? null]));
    expect(numbers(b)).toEqual(numbers(a));
  });
});
