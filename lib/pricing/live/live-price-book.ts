/**
 * `--prices live`: prices from the Price List API, kept in an on-disk cache that is itself a
 * snapshot (same format, same reader). For each service/region an estimate needs, a cached copy
 * younger than the TTL is used; otherwise it is fetched and mapped exactly as `pricing refresh`
 * does (same code, same base snapshot for the key ↔ SKU mapping) — so the answers are the ones a
 * freshly refreshed snapshot gives. The cache is rewritten atomically after every fetch succeeded.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Price } from '../price.js';
import type { PriceBook, PriceBookInfo, ServiceRegion } from '../price-book.js';
import type { FreeTierSet } from '../free-tier.js';
import { SNAPSHOT_FORMAT_VERSION } from '../snapshot/format.js';
import { SnapshotPriceBook, missingRegion } from '../snapshot/snapshot-price-book.js';
import { writeSnapshotAtomically } from '../snapshot/write-snapshot.js';
import type { PriceListSource } from './price-list-client.js';
import { refreshPrices } from './refresh.js';
import { applyRefresh, emptyContent, loadContent } from './snapshot-content.js';

export const DEFAULT_CACHE_TTL_MS = 24 * 60 * 60 * 1000;

/** $CDK_COST_PRICE_CACHE, else $XDG_CACHE_HOME/cdk-cost/prices, else ~/.cache/cdk-cost/prices. */
export function defaultPriceCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CDK_COST_PRICE_CACHE) return env.CDK_COST_PRICE_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'cdk-cost', 'prices');
}

export interface LivePriceBookOptions {
  source: PriceListSource;
  /** The snapshot whose keys and SKUs the API's products are mapped onto (the bundled one by default). */
  base: SnapshotPriceBook;
  cacheDir: string;
  /** Cached prices younger than this are used without asking the API; 0 always asks. */
  ttlMs?: number;
  log?: (line: string) => void;
  now?: () => Date;
}

export class LivePriceBook implements PriceBook {
  private cache: SnapshotPriceBook | undefined;
  /** What the last prepare() fetched rather than read from the cache, as "service/region". */
  readonly fetched: string[] = [];

  constructor(private readonly options: LivePriceBookOptions) {
    this.cache = this.openCache();
  }

  info(): PriceBookInfo {
    const cached = this.cache?.info();
    return {
      kind: 'live',
      location: `${this.options.source.label} (cache ${this.options.cacheDir})`,
      pricesAsOf: cached?.pricesAsOf ?? '',
      publicationDates: cached?.publicationDates ?? {},
    };
  }

  async prepare(needs: ServiceRegion[]): Promise<void> {
    const now = (this.options.now ?? (() => new Date()))();
    const ttl = this.options.ttlMs ?? DEFAULT_CACHE_TTL_MS;
    const refreshedAt = this.cache?.rawIndex().refreshedAt ?? {};
    const stale = unique(needs).filter((need) => {
      const at = refreshedAt[`${need.serviceCode}/${need.region}`];
      return !at || now.getTime() - Date.parse(at) >= ttl || !this.cache?.regions(need.serviceCode).includes(need.region);
    });
    if (stale.length) {
      const result = await refreshPrices({
        base: this.options.base,
        source: this.options.source,
        pairs: stale,
        ...(this.options.log ? { log: this.options.log } : {}),
        now,
      });
      const content = this.cache
        ? loadContent(this.cache)
        : emptyContent(this.options.base.locations(), 'cdk-cost --prices live', SNAPSHOT_FORMAT_VERSION);
      applyRefresh(content, result, 'cdk-cost --prices live (cache)');
      for (const warning of result.warnings) this.options.log?.(`${warning} (from the snapshot, not live)`);
      // A pair the API had nothing for keeps the base's prices (as `pricing refresh` does) but is
      // not stamped as fetched, so the next run asks again.
      writeSnapshotAtomically(this.options.cacheDir, content);
      this.fetched.push(...stale.map((n) => `${n.serviceCode}/${n.region}`));
      this.cache = this.openCache();
    }
    for (const need of needs) {
      if (this.cache?.regions(need.serviceCode).includes(need.region) || need.optional) continue;
      const baseRegions = this.options.base.regions(need.serviceCode);
      if (baseRegions.length) throw missingRegion(need, this.options.source.label, baseRegions);
    }
    await this.cache?.prepare(needs.filter((n) => this.cache?.regions(n.serviceCode).includes(n.region)));
  }

  lookup(serviceCode: string, region: string, key: string): Price | undefined {
    return this.cache?.lookup(serviceCode, region, key);
  }

  keys(serviceCode: string, region: string): string[] {
    return this.cache?.keys(serviceCode, region) ?? [];
  }

  regions(serviceCode: string): string[] {
    return this.options.base.regions(serviceCode);
  }

  services(): string[] {
    return this.options.base.services();
  }

  /** The Price List API has no allowances: they come from the base (bundled) snapshot, and say so. */
  freeTier(): FreeTierSet | undefined {
    const base = this.options.base.freeTier();
    return base && { ...base, from: `${base.from} (the bundled snapshot: the Price List API publishes no free-tier allowances)` };
  }

  private openCache(): SnapshotPriceBook | undefined {
    if (!existsSync(join(this.options.cacheDir, 'index.json'))) return undefined;
    try {
      return new SnapshotPriceBook(this.options.cacheDir, 'live');
    } catch {
      // An unreadable or older-format cache is just a cold cache: it is rewritten on the next fetch.
      return undefined;
    }
  }
}

function unique(needs: ServiceRegion[]): ServiceRegion[] {
  const seen = new Map<string, ServiceRegion>();
  for (const n of needs) seen.set(`${n.serviceCode}/${n.region}`, n);
  return [...seen.values()].sort((a, b) => `${a.serviceCode}/${a.region}`.localeCompare(`${b.serviceCode}/${b.region}`));
}
