/**
 * OpenSearch Service instance-hours from reshaped/es.json (aws-price-watcher's reshaping of AWS's
 * file: `{ "<rate name>": { "<location> (<attributes>)": "<price>" } }`, no rate codes kept).
 * Stored as "ESInstance:<instance type>" with the type as CloudFormation writes it (r6g.large.search).
 */
import { join } from 'node:path';
import type { PriceCatalog } from './collector.js';
import { RESHAPED_ORIGIN } from './inputs.js';
import { normalizePrice } from './read-metered.js';
import { readJsonFile } from './read-json.js';
import { openSearchInstanceKey } from '../catalog-keys.js';

const PUBLISHED = '2025-06-17';

export { openSearchInstanceKey };

export function readReshapedOpenSearch(
  dataDir: string,
  locationOf: (cell: string) => string | undefined,
  regionCodeOf: (location: string) => string | undefined,
  catalog: PriceCatalog,
): void {
  const path = join('reshaped', 'es.json');
  const data = readJsonFile<Record<string, Record<string, string>>>(join(dataDir, path));
  catalog.addSource(path, { path, quality: 'reshaped', publicationDate: PUBLISHED, origin: RESHAPED_ORIGIN });
  for (const [rateName, cells] of Object.entries(data)) {
    // "r7g 16xlarge.search - Memory optimized - OnDemand - EBS Only - - - Hourly Cost"
    const match = /^(\S+) (\S+\.search) - .* - OnDemand - .* - Hourly Cost$/.exec(rateName);
    if (!match) continue;
    const instanceType = `${match[1]}.${match[2]}`;
    for (const [cell, price] of Object.entries(cells)) {
      const location = locationOf(cell);
      const region = location ? regionCodeOf(location) : undefined;
      if (!region) continue;
      catalog.add('AmazonES', region, openSearchInstanceKey(instanceType), {
        s: path,
        u: 'Hrs',
        t: [['0', null, normalizePrice(price), null]],
      });
    }
  }
}
