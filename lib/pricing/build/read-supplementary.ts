/**
 * The few prices the AWS files lack (supplementary.json), each with where it was seen.
 * Lower confidence: their provenance quality is "supplementary" and estimates say so on the line.
 */
import { join } from 'node:path';
import type { PriceCatalog } from './collector.js';
import { normalizePrice } from './read-metered.js';
import { readJsonFile } from './read-json.js';

interface Supplementary {
  prices: Array<{ service: string; region: string; item: string; unit: string; usd: string; seen: string }>;
}

export function readSupplementary(dataDir: string, catalog: PriceCatalog): void {
  const path = 'supplementary.json';
  const data = readJsonFile<Supplementary>(join(dataDir, path));
  catalog.addSource(path, {
    path,
    quality: 'supplementary',
    publicationDate: 'unknown',
    origin: 'aws-pricing/supplementary.json (see its "seen" notes)',
  });
  for (const p of data.prices) {
    catalog.add(p.service, p.region, p.item, { s: path, u: p.unit, t: [['0', null, normalizePrice(p.usd), null]] });
  }
}
