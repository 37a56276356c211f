/**
 * The datasets loaded for one region, as rules read them.
 */
import { INVENTORY_DATASETS, type DatasetMap, type DatasetName } from '../datasets/index.js';
import type { RegionData } from '../rules/rule.js';
import type { LiveResource } from '../types.js';

export class LoadedRegionData implements RegionData {
  private readonly loaded = new Map<DatasetName, unknown>();
  private inventoryCache: LiveResource[] | undefined;

  set<K extends DatasetName>(name: K, value: DatasetMap[K]): void {
    this.loaded.set(name, value);
    this.inventoryCache = undefined;
  }

  has(name: DatasetName): boolean {
    return this.loaded.has(name);
  }

  get<K extends DatasetName>(name: K): DatasetMap[K] {
    if (!this.loaded.has(name)) throw new Error(`dataset ${name} was not loaded (a rule read a dataset it did not declare)`);
    return this.loaded.get(name) as DatasetMap[K];
  }

  inventory(): LiveResource[] {
    this.inventoryCache ??= INVENTORY_DATASETS.flatMap((name) =>
      this.has(name) ? (this.get(name) as Array<{ resource: LiveResource }>).map((r) => r.resource) : [],
    );
    return this.inventoryCache;
  }
}
