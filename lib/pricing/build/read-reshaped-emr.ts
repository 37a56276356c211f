/**
 * The Amazon EMR fee per instance-hour (on top of the EC2 price) from reshaped/elasticmapreduce.json:
 * rates "Instance-instancetype-<type>" with bare location cells. Stored as `EMRInstance:<type>` in
 * ElasticMapReduce. EMR on EKS, Serverless and Outposts rates are not read (no pricer uses them).
 */
import { join } from 'node:path';
import type { PriceCatalog } from './collector.js';
import type { Locations } from './locations.js';
import { RESHAPED_ORIGIN } from './inputs.js';
import { normalizePrice } from './read-metered.js';
import { readJsonFile } from './read-json.js';
import { emrInstanceKey } from '../catalog-keys.js';

const PUBLISHED = '2025-06-18';

export function readReshapedEmr(dataDir: string, locations: Locations, catalog: PriceCatalog): void {
  const path = join('reshaped', 'elasticmapreduce.json');
  const data = readJsonFile<Record<string, Record<string, string>>>(join(dataDir, path));
  catalog.addSource(path, { path, quality: 'reshaped', publicationDate: PUBLISHED, origin: RESHAPED_ORIGIN });
  for (const [rateName, cells] of Object.entries(data)) {
    const type = /^Instance-instancetype-(\S+)$/.exec(rateName)?.[1];
    if (!type) continue;
    for (const [location, price] of Object.entries(cells)) {
      const region = locations.regionCodeOf(location);
      if (!region) continue;
      catalog.add('ElasticMapReduce', region, emrInstanceKey(type), { s: path, u: 'Hrs', t: [['0', null, normalizePrice(price), null]] });
    }
  }
}
