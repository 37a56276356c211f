/**
 * RDS DB instance-hours for MySQL, PostgreSQL and MariaDB from reshaped/rds-<engine>-ondemand.json
 * (aws-price-watcher's reshaping, no rate codes kept): readable rate names such as
 * "Database Instance MySQL No license required db t3.micro General purpose Multi-AZ Current Generation"
 * with cells "<location> (Instance Type: db.t3.micro, …)". Stored as
 * `RDSInstance:<Engine>:<Single-AZ|Multi-AZ|Multi-AZ-readable-standbys>:<dbClass>`.
 * Storage, IOPS and backup come from the metered map rds-storage.json, not from here.
 * Extended Support per-vCPU-hour rates ("MySQL Year 1 Year 2 5 7", "PostgreSQL Year 3 11") are kept
 * under their readable rate names, like the Aurora ones (cells are bare locations).
 */
import { join } from 'node:path';
import type { PriceCatalog } from './collector.js';
import type { Locations } from './locations.js';
import { RESHAPED_ORIGIN } from './inputs.js';
import { normalizePrice } from './read-metered.js';
import { readJsonFile } from './read-json.js';
import { rdsInstanceKey, RDS_ENGINES, type RdsDeployment } from '../catalog-keys.js';

/** From the aws-pricing README: the reshaped RDS files were published 2025-06-05. */
const PUBLISHED = '2025-06-05';

const INSTANCE_RATE = new RegExp(
  String.raw`^Database Instance (\S+) No license required db (\S+) .+? ` +
    '(Single-AZ|Multi-AZ readable standbys|Multi-AZ) (Current|Previous) Generation$',
);
const EXTENDED_SUPPORT_RATE = /^(MySQL|PostgreSQL) Year (1 Year 2|3) \d+( \d+)?$/;
const CELL_INSTANCE_TYPE = /\(Instance Type: ([^,)]+)/;

export function readReshapedRds(dataDir: string, locations: Locations, catalog: PriceCatalog): void {
  for (const engine of RDS_ENGINES) {
    const path = join('reshaped', `rds-${engine.toLowerCase()}-ondemand.json`);
    const data = readJsonFile<Record<string, Record<string, string>>>(join(dataDir, path));
    catalog.addSource(path, { path, quality: 'reshaped', publicationDate: PUBLISHED, origin: RESHAPED_ORIGIN });
    for (const [rateName, cells] of Object.entries(data)) {
      if (EXTENDED_SUPPORT_RATE.test(rateName)) {
        addExtendedSupport(locations, catalog, path, rateName, cells);
        continue;
      }
      const match = INSTANCE_RATE.exec(rateName);
      if (!match) continue;
      const [, rateEngine, classSuffix, deploymentText] = match;
      if (rateEngine !== engine) {
        catalog.problems.push(`${path} "${rateName}": engine ${rateEngine} in the ${engine} file; skipped`);
        continue;
      }
      const dbClass = `db.${classSuffix}`;
      const deployment = deploymentText!.replace(/ /g, '-') as RdsDeployment;
      for (const [cell, price] of Object.entries(cells)) {
        const location = locations.locationOf(cell);
        const region = location ? locations.regionCodeOf(location) : undefined;
        if (!region) continue;
        const cellType = CELL_INSTANCE_TYPE.exec(cell)?.[1];
        if (cellType && cellType !== dbClass) {
          catalog.problems.push(`${path} "${rateName}" ${cell}: instance type ${cellType} differs from the rate name; skipped`);
          continue;
        }
        catalog.add('AmazonRDS', region, rdsInstanceKey(engine, deployment, dbClass), {
          s: path,
          u: 'Hrs',
          t: [['0', null, normalizePrice(price), null]],
        });
      }
    }
  }
}

function addExtendedSupport(
  locations: Locations,
  catalog: PriceCatalog,
  path: string,
  rateName: string,
  cells: Record<string, string>,
): void {
  for (const [cell, price] of Object.entries(cells)) {
    if (locations.locationOf(cell) !== cell) continue;
    const region = locations.regionCodeOf(cell);
    if (!region) continue;
    catalog.add('AmazonRDS', region, rateName, { s: path, u: 'vCPU-Hrs', t: [['0', null, normalizePrice(price), null]] });
  }
}
