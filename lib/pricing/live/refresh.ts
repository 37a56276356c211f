/**
 * Refreshes prices from the Price List API: for each service and region asked for, fetch the
 * products (query-plan filters, all pages), map them onto the snapshot's keys (map-products.ts),
 * and say what changed. Nothing is written here: `pricing refresh` writes the result as a snapshot,
 * the live price book into its cache — both atomically, after every request has succeeded.
 */
import { UserError, closest } from '../../errors.js';
import type { SnapshotPriceBook } from '../snapshot/snapshot-price-book.js';
import type { PriceRecord, SnapshotSource } from '../snapshot/format.js';
import type { PriceListSource } from './price-list-client.js';
import type { Product } from './price-list-item.js';
import { mapProducts, type MappingResult } from './map-products.js';
import { comparePrices, type PriceChanges } from './price-changes.js';
import { PRODUCT_KEYERS } from './product-keys.js';
import { queriesFor, queryPlan } from './refresh-queries.js';

export interface RefreshRequest {
  /** The prices as they are now: which keys exist, under which SKUs, and the region names. */
  base: SnapshotPriceBook;
  source: PriceListSource;
  /** Service codes (default: every service of the base snapshot). */
  services?: readonly string[];
  /** Region codes (default: every region the base has for each service). */
  regions?: readonly string[];
  /** Exactly these service/region pairs (the live price book's needs); overrides services/regions. */
  pairs?: ReadonlyArray<{ serviceCode: string; region: string }>;
  /** Progress lines ("AmazonEC2 us-east-1: 812 products"). */
  log?: (line: string) => void;
  now?: Date;
}

export interface RegionRefresh {
  serviceCode: string;
  region: string;
  before: Map<string, PriceRecord>;
  /** The prices to store: refreshed, or `before` when the API had nothing usable (see `kept`). */
  after: Map<string, PriceRecord>;
  products: number;
  mapping?: MappingResult;
  changes: PriceChanges;
  /** Why the old prices were kept as they are, if they were. */
  kept?: string;
}

export interface RefreshResult {
  regions: RegionRefresh[];
  /** New index sources (one per refreshed service). */
  sources: Record<string, SnapshotSource>;
  /** ISO time of the refresh, per "service/region". */
  refreshedAt: Record<string, string>;
  warnings: string[];
}

/** Prices with these sources cannot come from the API (they are what the AWS data lacked). */
const NOT_IN_API_QUALITY = 'supplementary';

export function sourceIdFor(serviceCode: string): string {
  return `price-list-api/${serviceCode}`;
}

export async function refreshPrices(request: RefreshRequest): Promise<RefreshResult> {
  const { base, source } = request;
  const log = request.log ?? (() => {});
  const now = (request.now ?? new Date()).toISOString();
  const pairs = request.pairs ? [...request.pairs] : selectPairs(base, request.services, request.regions);
  const locations = base.locations();
  const regionOf = regionLookup(locations);
  const carriedSources = new Set(
    Object.entries(base.rawIndex().sources)
      .filter(([, s]) => s.quality === NOT_IN_API_QUALITY)
      .map(([id]) => id),
  );

  const result: RefreshResult = { regions: [], sources: {}, refreshedAt: {}, warnings: [] };
  const fetched = new Map<string, Product[]>();
  const newestPublication = new Map<string, string>();

  for (const { serviceCode, region } of pairs) {
    const location = locations[region];
    if (!location) throw unknownRegion(region, locations);
    const global = queryPlan(serviceCode).regionField === null;
    const fetchKey = global ? serviceCode : `${serviceCode}/${region}`;
    let products = fetched.get(fetchKey);
    if (!products) {
      products = await fetchAll(source, serviceCode, queriesFor(serviceCode, location));
      fetched.set(fetchKey, products);
      log(`${serviceCode} ${global ? '(global)' : region}: ${products.length} products`);
    }
    for (const p of products)
      if (p.publicationDate > (newestPublication.get(serviceCode) ?? '')) newestPublication.set(serviceCode, p.publicationDate);

    const before = base.regions(serviceCode).includes(region) ? base.records(serviceCode, region) : new Map<string, PriceRecord>();
    const sourceId = sourceIdFor(serviceCode);
    const keyer = PRODUCT_KEYERS[serviceCode];
    const mapping = mapProducts({
      current: before,
      products,
      ...(keyer ? { keyer } : {}),
      context: { region, regionOf },
      sourceId,
      carriedSources,
    });
    const refreshed = mapping.bySku + mapping.byAttributes;
    let after = mapping.records;
    let kept: string | undefined;
    if (products.length === 0 && before.size)
      kept = `the API returned no ${serviceCode} products for ${region} (${location}); kept the ${before.size} prices there`;
    else if (refreshed === 0 && before.size)
      kept =
        `none of the ${products.length} ${serviceCode} products for ${region} matched a known price; kept the ${before.size} ` +
        `prices there`;
    if (kept) {
      after = before;
      result.warnings.push(kept);
    } else if (after.size) {
      result.refreshedAt[`${serviceCode}/${region}`] = now;
    }
    for (const conflict of mapping.conflicts) result.warnings.push(`${serviceCode} ${region} ${conflict}`);
    result.regions.push({
      serviceCode,
      region,
      before,
      after,
      products: products.length,
      mapping,
      changes: comparePrices(before, after),
      ...(kept ? { kept } : {}),
    });
  }

  for (const serviceCode of new Set(result.regions.filter((r) => !r.kept).map((r) => r.serviceCode))) {
    result.sources[sourceIdFor(serviceCode)] = {
      path: sourceIdFor(serviceCode),
      quality: 'aws',
      publicationDate: newestPublication.get(serviceCode) || now,
      origin: `AWS Price List Query API (${source.label}), fetched ${now}`,
    };
  }
  return result;
}

async function fetchAll(source: PriceListSource, serviceCode: string, queries: ReturnType<typeof queriesFor>): Promise<Product[]> {
  const bySku = new Map<string, Product>();
  for (const filters of queries) for (const product of await source.products(serviceCode, filters)) bySku.set(product.sku, product);
  return [...bySku.values()];
}

function selectPairs(
  base: SnapshotPriceBook,
  services: readonly string[] | undefined,
  regions: readonly string[] | undefined,
): Array<{ serviceCode: string; region: string }> {
  const known = base.services();
  const locations = base.locations();
  for (const service of services ?? []) {
    if (!known.includes(service)) {
      const guess = closest(service, known);
      throw new UserError(
        `--service ${service}: not a service of the price snapshot.`,
        `${guess ? `Did you mean ${guess}? ` : ''}Services (Price List service codes): ${known.join(', ')}.`,
      );
    }
  }
  for (const region of regions ?? []) if (!locations[region]) throw unknownRegion(region, locations);
  const pairs: Array<{ serviceCode: string; region: string }> = [];
  for (const serviceCode of services ?? known) {
    for (const region of regions ?? base.regions(serviceCode)) pairs.push({ serviceCode, region });
  }
  return pairs;
}

function unknownRegion(region: string, locations: Record<string, string>): UserError {
  const codes = Object.keys(locations).sort();
  const guess = closest(region, codes);
  return new UserError(
    `--region ${region}: not an AWS Region the price data knows.`,
    `${guess ? `Did you mean ${guess}? ` : ''}Regions: ${codes.join(', ')}.`,
  );
}

function regionLookup(locations: Record<string, string>): (location: string) => string | undefined {
  const byName = new Map(Object.entries(locations).map(([code, name]) => [name, code]));
  return (location) => byName.get(location);
}
