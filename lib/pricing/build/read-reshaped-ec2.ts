/**
 * EC2 Linux on-demand instance-hours from reshaped/ec2.json ("OnDemand Linux-instancetype-<type>",
 * bare location cells), for the types and regions ec2-ondemand/ lacks — previous generations such as
 * m3.xlarge, which EMR clusters and old templates still name. Stored as `BoxUsage:<type>` like the
 * rest; a type ec2-ondemand/ prices keeps that AWS rate (with its rate code).
 */
import { join } from 'node:path';
import type { PriceCatalog } from './collector.js';
import type { Locations } from './locations.js';
import { RESHAPED_ORIGIN } from './inputs.js';
import { normalizePrice } from './read-metered.js';
import { readJsonFile } from './read-json.js';
import { ec2InstanceKey } from '../catalog-keys.js';

const PUBLISHED = '2025-06-18';

export function readReshapedEc2(dataDir: string, locations: Locations, catalog: PriceCatalog): void {
  const path = join('reshaped', 'ec2.json');
  const data = readJsonFile<Record<string, Record<string, string>>>(join(dataDir, path));
  catalog.addSource(path, { path, quality: 'reshaped', publicationDate: PUBLISHED, origin: RESHAPED_ORIGIN });
  for (const [rateName, cells] of Object.entries(data)) {
    const type = /^OnDemand Linux-instancetype-(\S+)$/.exec(rateName)?.[1];
    if (!type) continue;
    for (const [location, price] of Object.entries(cells)) {
      const region = locations.regionCodeOf(location);
      if (!region || catalog.get('AmazonEC2', region, ec2InstanceKey(type))) continue;
      catalog.add('AmazonEC2', region, ec2InstanceKey(type), { s: path, u: 'Hrs', t: [['0', null, normalizePrice(price), null]] });
    }
  }
}
