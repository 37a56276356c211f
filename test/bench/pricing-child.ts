/**
 * One estimate in a fresh process, timing the price snapshot's share of it: opening the index,
 * reading and parsing the region files the pricers need (prepare), and every lookup.
 * Prints {totalMs, indexMs, prepareMs, lookupMs, lookups, files, bytes} as JSON.
 * Usage: node dist/test/bench/pricing-child.js SOURCE USAGE_FILE
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import { bundledSnapshotDir } from '../../lib/package-root.js';
import type { Price } from '../../lib/pricing/price.js';
import type { PriceBook, PriceBookInfo, ServiceRegion } from '../../lib/pricing/price-book.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

class TimedPriceBook implements PriceBook {
  prepareMs = 0;
  lookupMs = 0;
  lookups = 0;
  files = 0;
  bytes = 0;
  constructor(private readonly book: SnapshotPriceBook) {}
  info(): PriceBookInfo {
    return this.book.info();
  }
  async prepare(needs: ServiceRegion[]): Promise<void> {
    const started = performance.now();
    await this.book.prepare(needs);
    this.prepareMs += performance.now() - started;
    for (const n of needs) {
      if (!this.book.regions(n.serviceCode).includes(n.region)) continue;
      this.files++;
      this.bytes += statSync(join(this.book.directory, n.serviceCode, `${n.region}.json`)).size;
    }
  }
  lookup(serviceCode: string, region: string, key: string): Price | undefined {
    const started = performance.now();
    const price = this.book.lookup(serviceCode, region, key);
    this.lookupMs += performance.now() - started;
    this.lookups++;
    return price;
  }
  keys(serviceCode: string, region: string): string[] {
    return this.book.keys(serviceCode, region);
  }
  regions(serviceCode: string): string[] {
    return this.book.regions(serviceCode);
  }
  services(): string[] {
    return this.book.services();
  }
}

const [source, usageFile] = process.argv.slice(2);
const started = performance.now();
const indexStarted = performance.now();
const snapshot = new SnapshotPriceBook(bundledSnapshotDir());
const indexMs = performance.now() - indexStarted;
const book = new TimedPriceBook(snapshot);
const { estimate } = await runEstimate({
  pricers: new PricerRegistry(),
  source: source!,
  ...(usageFile ? { usageFile } : {}),
  priceBook: book,
});
const totalMs = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    totalMs,
    indexMs,
    prepareMs: book.prepareMs,
    lookupMs: book.lookupMs,
    lookups: book.lookups,
    files: book.files,
    bytes: book.bytes,
    resources: estimate.summary.resources,
    startupMs: started,
  }) + '\n',
);
