/**
 * Aurora from aws-price-watcher's reshaped files (no rate codes kept):
 * - reshaped/rds-aurora-ondemand.json: provisioned instance-hours. Rate names are
 *   "[<set>] <rate>" or the bare "[<set>]"; the set says the engine and whether the cluster is
 *   I/O-Optimized ("… Aurora IO Optimization Mode …"), each cell "<location> (Instance Type: db.r6g.large)"
 *   says the class. Stored as `AuroraInstance:<Aurora MySQL|Aurora PostgreSQL>:<Standard|IO-Optimized>:<dbClass>`.
 * - reshaped/rds-aurora-storage.json: Serverless v2 ACU-hours, Performance Insights retention,
 *   Backtrack change records, Extended Support — kept under their readable rate names (cells are
 *   bare locations). A name the raw AWS map rds-storage.json already priced keeps the AWS rate.
 */
import { join } from 'node:path';
import type { PriceCatalog } from './collector.js';
import type { TierTuple } from '../snapshot/format.js';
import type { Locations } from './locations.js';
import { RESHAPED_ORIGIN } from './inputs.js';
import { normalizePrice } from './read-metered.js';
import { readJsonFile } from './read-json.js';
import { AURORA_ENGINES, auroraInstanceKey } from '../catalog-keys.js';

/** From the aws-pricing README: the reshaped Aurora files are a 2025-06-18 snapshot. */
const PUBLISHED = '2025-06-18';

const SET = /^\[Database Instance (Aurora MySQL|Aurora PostgreSQL) No license required (.*)\]/;
const CELL_INSTANCE_TYPE = /\(Instance Type: (db\.[^,)]+)/;

type Reshaped = Record<string, Record<string, string>>;

export function readReshapedAurora(dataDir: string, locations: Locations, catalog: PriceCatalog): void {
  readInstances(dataDir, locations, catalog);
  readStorage(dataDir, locations, catalog);
}

function regionOf(locations: Locations, cell: string): string | undefined {
  const location = locations.locationOf(cell);
  return location ? locations.regionCodeOf(location) : undefined;
}

function readInstances(dataDir: string, locations: Locations, catalog: PriceCatalog): void {
  const path = join('reshaped', 'rds-aurora-ondemand.json');
  const data = readJsonFile<Reshaped>(join(dataDir, path));
  catalog.addSource(path, { path, quality: 'reshaped', publicationDate: PUBLISHED, origin: RESHAPED_ORIGIN });
  for (const [rateName, cells] of Object.entries(data)) {
    const match = SET.exec(rateName);
    if (!match) continue;
    const engine = AURORA_ENGINES.find((e) => e === match[1])!;
    const ioOptimized = match[2]!.includes('Aurora IO Optimization Mode');
    for (const [cell, price] of Object.entries(cells)) {
      const region = regionOf(locations, cell);
      const dbClass = CELL_INSTANCE_TYPE.exec(cell)?.[1];
      if (!region || !dbClass) continue;
      const record = { s: path, u: 'Hrs', t: [['0', null, normalizePrice(price), null] as TierTuple] };
      catalog.add('AmazonRDS', region, auroraInstanceKey(engine, ioOptimized, dbClass), record);
    }
  }
}

function readStorage(dataDir: string, locations: Locations, catalog: PriceCatalog): void {
  const path = join('reshaped', 'rds-aurora-storage.json');
  const data = readJsonFile<Reshaped>(join(dataDir, path));
  catalog.addSource(path, { path, quality: 'reshaped', publicationDate: PUBLISHED, origin: RESHAPED_ORIGIN });
  for (const [rateName, cells] of Object.entries(data)) {
    for (const [cell, price] of Object.entries(cells)) {
      if (locations.locationOf(cell) !== cell) continue;
      const region = locations.regionCodeOf(cell);
      if (!region || catalog.get('AmazonRDS', region, rateName)) continue;
      catalog.add('AmazonRDS', region, rateName, { s: path, t: [['0', null, normalizePrice(price), null]] });
    }
  }
}
