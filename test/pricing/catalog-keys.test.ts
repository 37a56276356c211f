/**
 * The structured key families of the bundled snapshot (pricing/README.md) hold exactly what the
 * AWS data in ../shared/aws-pricing says, for every entry of the family — not a sample typed here.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import {
  cacheNodeKey,
  DATA_TRANSFER_OUT_TO_INTERNET,
  interRegionTransferKey,
  neptuneInstanceKey,
  rdsInstanceKey,
  redshiftNodeKey,
  influxDbInstanceKey,
  RDS_ENGINES,
  type CacheEngine,
  type RdsDeployment,
} from '../../lib/pricing/catalog-keys.js';
import { TIER_GROUPS } from '../../lib/pricing/build/tier-groups.js';
import { AWS_PRICING_DIR, BUNDLED_SNAPSHOT, requireShared } from '../support/paths.js';

const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
const raw = (path: string) => JSON.parse(readFileSync(join(AWS_PRICING_DIR, path), 'utf8'));
const VIRGINIA = 'US East (N. Virginia)';
const IRELAND = 'EU (Ireland)';
const REGION_OF: Record<string, string> = { [VIRGINIA]: 'us-east-1', [IRELAND]: 'eu-west-1' };

function onlyTier(service: string, region: string, key: string) {
  const price = book.lookup(service, region, key);
  expect(price, `${service} ${region} ${key}`).toBeDefined();
  expect(price!.tiers).toHaveLength(1);
  return price!.tiers[0]!;
}

describe('catalog key families', () => {
  requireShared();
  it('RDSInstance:<Engine>:<Deployment>:<dbClass> holds every reshaped instance rate', () => {
    let checked = 0;
    for (const engine of RDS_ENGINES) {
      const data = raw(`reshaped/rds-${engine.toLowerCase()}-ondemand.json`) as Record<string, Record<string, string>>;
      for (const [name, cells] of Object.entries(data)) {
        const m = new RegExp(
          String.raw`^Database Instance (\S+) No license required db (\S+) .+? ` +
            '(Single-AZ|Multi-AZ readable standbys|Multi-AZ) (Current|Previous) Generation$',
        ).exec(name);
        if (!m) continue;
        expect(m[1]).toBe(engine);
        for (const [cell, usd] of Object.entries(cells)) {
          const location = Object.keys(REGION_OF).find((l) => cell.startsWith(`${l} (`));
          if (!location) continue;
          const tier = onlyTier(
            'AmazonRDS',
            REGION_OF[location]!,
            rdsInstanceKey(engine, m[3]!.replace(/ /g, '-') as RdsDeployment, `db.${m[2]}`),
          );
          expect(tier.unitPrice.eq(usd), name).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(
      book.lookup('AmazonRDS', 'us-east-1', rdsInstanceKey('PostgreSQL', 'Multi-AZ-readable-standbys', 'db.m6gd.large')),
    ).toBeDefined();
  });

  it('CacheNode:<Engine>:<nodeType> holds every ElastiCache node rate with its rate code', () => {
    const data = raw('metered-unit-maps/elasticache.json');
    let checked = 0;
    for (const [location, region] of Object.entries(REGION_OF)) {
      for (const [name, rate] of Object.entries(data.regions[location] as Record<string, Record<string, string>>)) {
        const m = /^OnDemand Cache Instance .* cache \S+ (Redis|Valkey|Memcached) /.exec(name);
        if (!m) continue;
        const tier = onlyTier('AmazonElastiCache', region, cacheNodeKey(m[1] as CacheEngine, rate['Instance Type']!));
        expect(tier.rateCode, name).toBe(rate.rateCode);
        expect(tier.unitPrice.eq(rate.price!)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('NeptuneInstance[-IOOptimized]:<dbClass> follows the sets of neptune.json', () => {
    const data = raw('metered-unit-maps/neptune.json');
    const rates = data.regions[VIRGINIA] as Record<string, Record<string, string>>;
    let checked = 0;
    for (const [setName, entries] of Object.entries(data.sets as Record<string, string[]>)) {
      const io = setName.startsWith('Neptune IO optimized');
      for (const entry of entries) {
        const rate = rates[entry];
        if (!rate?.rateCode?.includes('.JRTCKXETXF.')) continue;
        expect(onlyTier('AmazonNeptune', 'us-east-1', neptuneInstanceKey(rate['Instance Type']!, io)).rateCode).toBe(rate.rateCode);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('RedshiftNode:<nodeType> and InfluxDBInstance:<Deployment>:<dbClass> come from the instance rates', () => {
    const redshift = raw('metered-unit-maps/redshift.json').regions[VIRGINIA] as Record<string, Record<string, string>>;
    const nodes = Object.entries(redshift).filter(([name]) => / OnDemand Compute Instance /.test(name));
    expect(nodes.length).toBeGreaterThan(3);
    for (const [name, rate] of nodes)
      expect(onlyTier('AmazonRedshift', 'us-east-1', redshiftNodeKey(rate['Instance Type']!)).rateCode, name).toBe(rate.rateCode);
    const timestream = raw('metered-unit-maps/timestream.json').regions[VIRGINIA] as Record<string, Record<string, string>>;
    const influx = Object.entries(timestream).filter(([name]) => name.startsWith('Database Instance InfluxDB'));
    expect(influx.length).toBeGreaterThan(5);
    for (const [name, rate] of influx) {
      const deployment = name.endsWith('Multi-AZ') ? 'Multi-AZ' : 'Single-AZ';
      expect(onlyTier('AmazonTimestream', 'us-east-1', influxDbInstanceKey(deployment, rate['Instance Type']!)).rateCode, name).toBe(
        rate.rateCode,
      );
    }
  });

  it('DataTransfer Out to Internet is tiered by the ranges the data states; inter-region per destination', () => {
    const data = raw('reshaped/datatransfer.json') as Record<string, Record<string, string>>;
    const out = book.lookup('AWSDataTransfer', 'eu-west-1', DATA_TRANSFER_OUT_TO_INTERNET)!;
    const expected = Object.entries(data)
      .filter(([name]) => /^DataTransfer External Outbound (Next|Greater)[\s\S]* TB$/.test(name))
      .map(([, cells]) => Object.entries(cells).find(([cell]) => cell.startsWith(`${IRELAND} (`))!)
      .map(([cell, usd]) => {
        const [, from, to] = /StartingRange: (\d+), EndingRange: (\d+|Inf)/.exec(cell)!;
        return [from, to === 'Inf' ? null : to, usd];
      })
      .sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(expected).toHaveLength(4);
    expect(out.tiers.map((t) => [t.from.toFixed(), t.to?.toFixed() ?? null])).toEqual(expected.map(([f, t]) => [f, t]));
    out.tiers.forEach((t, i) => expect(t.unitPrice.eq(expected[i]![2]!)).toBe(true));
    expect(out.unit).toBe('GB');

    const toOhio = data['DataTransfer InterRegion Outbound to US East Ohio']![`${VIRGINIA} (To Location: US East (Ohio))`]!;
    expect(onlyTier('AWSDataTransfer', 'us-east-1', interRegionTransferKey('us-east-2')).unitPrice.eq(toOhio)).toBe(true);
    const toIreland = data['DataTransfer InterRegion Outbound to EU Ireland']![`${VIRGINIA} (To Location: EU (Ireland))`]!;
    expect(onlyTier('AWSDataTransfer', 'us-east-1', interRegionTransferKey('eu-west-1')).unitPrice.eq(toIreland)).toBe(true);
  });

  it('every tier group is one tiered price with one SKU, bounds as declared', () => {
    for (const group of TIER_GROUPS) {
      const price = book.lookup(group.serviceCode, 'us-east-1', group.key);
      if (!price) continue; // a group may not exist in us-east-1 (none today, but the builder reports it)
      expect(
        price.tiers.map((t) => [t.from.toFixed(), t.to?.toFixed() ?? null]),
        group.key,
      ).toEqual(group.tiers.map((t) => [t.from, t.to]));
      const skus = new Set(price.tiers.map((t) => t.rateCode?.split('.')[0]));
      expect(skus.size, group.key).toBe(1);
      for (const tier of group.tiers.filter((t) => t.rate !== group.key))
        expect(book.lookup(group.serviceCode, 'us-east-1', tier.rate), tier.rate).toBeUndefined();
    }
  });

  it('no opaque id (RegionlessRateCode, "<id> V4", "<SKU> <term>.<rate>") is a key anywhere', () => {
    const opaque = /^[A-Za-z0-9_-]{40,}( V\d+)?$|^[A-Z0-9]{12,20}[ .][A-Z0-9]{8,12}\.[A-Z0-9]{8,12}(\s|$)/;
    for (const service of book.services()) {
      for (const region of readdirSync(join(BUNDLED_SNAPSHOT, service)).map((f) => f.replace(/\.json$/, ''))) {
        const bad = book.keys(service, region).filter((k) => opaque.test(k));
        expect(bad, `${service}/${region}`).toEqual([]);
      }
    }
  });
});
