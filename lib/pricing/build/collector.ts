/**
 * Collects prices from every input into one in-memory catalog (service → region → key → record),
 * then writes it as a snapshot. Later inputs never silently overwrite an earlier price of the same
 * key: a clash is reported, because it means two inputs disagree about what a name means.
 */
import type { PriceRecord, SnapshotSource, TierTuple } from '../snapshot/format.js';

export class PriceCatalog {
  readonly sources: Record<string, SnapshotSource> = {};
  readonly prices = new Map<string, Map<string, Map<string, PriceRecord>>>();
  readonly clashes: string[] = [];
  /** What a reader could not make sense of (reported by `pricing build`, never fatal). */
  readonly problems: string[] = [];
  /** EC2 instance type → vCPUs, from the EC2 data's instance attributes (for charges billed per vCPU). */
  readonly vcpus = new Map<string, number>();

  addSource(id: string, source: SnapshotSource): void {
    this.sources[id] = source;
  }

  add(serviceCode: string, region: string, key: string, record: PriceRecord): void {
    let regions = this.prices.get(serviceCode);
    if (!regions) this.prices.set(serviceCode, (regions = new Map()));
    let keys = regions.get(region);
    if (!keys) regions.set(region, (keys = new Map()));
    const existing = keys.get(key);
    if (existing && !sameTiers(existing.t, record.t)) {
      this.clashes.push(`${serviceCode} ${region} "${key}": ${existing.s} and ${record.s} disagree`);
      return;
    }
    if (!existing) keys.set(key, record);
  }

  get(serviceCode: string, region: string, key: string): PriceRecord | undefined {
    return this.prices.get(serviceCode)?.get(region)?.get(key);
  }

  delete(serviceCode: string, region: string, key: string): void {
    this.prices.get(serviceCode)?.get(region)?.delete(key);
  }

  count(): number {
    let n = 0;
    for (const regions of this.prices.values()) for (const keys of regions.values()) n += keys.size;
    return n;
  }
}

function sameTiers(a: TierTuple[], b: TierTuple[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
