/**
 * Reads one metered-unit map (the data behind the AWS pricing pages) into the catalog:
 * on-demand rates under their readable names, per region code.
 */
import { join } from 'node:path';
import type { PriceCatalog } from './collector.js';
import type { MeteredInput } from './inputs.js';
import { readJsonFile } from './read-json.js';

interface MeteredRate {
  rateCode?: string;
  price?: string;
  RegionlessRateCode?: string;
  [attribute: string]: string | undefined;
}

interface MeteredFile {
  manifest?: { hawkFilePublicationDate?: string };
  sets?: Record<string, string[]>;
  regions: Record<string, Record<string, MeteredRate>>;
}

/** The Price List's OnDemand offer term code: rates under other terms are reserved pricing. */
const ON_DEMAND_TERM = 'JRTCKXETXF';

/**
 * Some files list instance-type rates under opaque keys with the type as an attribute.
 * A keyer turns such an entry into a readable key; returning undefined skips the entry.
 */
export type MeteredKeyer = (entryKey: string, rate: MeteredRate, setOf: (entryKey: string) => string | undefined) => string | undefined;

/**
 * The maps list every rate twice or more: under its readable name and under opaque ids — the
 * RegionlessRateCode, the same with a version suffix ("<id> V4"), or "<SKU> <offerTerm>.<rateCode>"
 * (any offer term, with an optional set index). Only readable names make keys.
 */
export function isReadableName(entryKey: string, rate: MeteredRate): boolean {
  const regionless = rate.RegionlessRateCode;
  if (regionless && (entryKey === regionless || entryKey.startsWith(`${regionless} `))) return false;
  if (/^[A-Z0-9]{12,20}[ .][A-Z0-9]{8,12}\.[A-Z0-9]{8,12}(\s|$)/.test(entryKey)) return false;
  // A base64url id with a version suffix whose RegionlessRateCode was not kept with it.
  if (/^[A-Za-z0-9_-]{40,} V\d+$/.test(entryKey)) return false;
  return true;
}

export const readableNames: MeteredKeyer = (entryKey, rate) => (isReadableName(entryKey, rate) ? entryKey : undefined);

export function readMetered(
  dataDir: string,
  input: MeteredInput,
  regionCodeOf: (location: string) => string | undefined,
  catalog: PriceCatalog,
  keyer: MeteredKeyer = readableNames,
): void {
  const path = join('metered-unit-maps', input.file);
  const data = readJsonFile<MeteredFile>(join(dataDir, path));
  const sourceId = path;
  catalog.addSource(sourceId, {
    path,
    quality: 'aws',
    publicationDate: data.manifest?.hawkFilePublicationDate ?? 'unknown',
    origin: input.origin,
  });
  const setByEntry = new Map<string, string>();
  for (const [setName, entries] of Object.entries(data.sets ?? {})) for (const e of entries) setByEntry.set(e, setName);
  const setOf = (entryKey: string) => setByEntry.get(entryKey);

  for (const [location, rates] of Object.entries(data.regions)) {
    const region = regionCodeOf(location);
    if (!region) continue;
    for (const [entryKey, rate] of Object.entries(rates)) {
      if (!rate.rateCode || rate.price === undefined) continue;
      if (rate.rateCode.split('.')[1] !== ON_DEMAND_TERM) continue;
      const key = keyer(entryKey, rate, setOf);
      if (!key) continue;
      catalog.add(input.serviceCode, region, key, { s: sourceId, t: [['0', null, normalizePrice(rate.price), rate.rateCode]] });
    }
  }
}

/** "0.0000166667" → "0.0000166667"; trailing zeros trimmed so equal prices compare equal as strings. */
export function normalizePrice(price: string): string {
  if (!/^\d+(\.\d+)?$/.test(price.trim())) throw new Error(`not a decimal price: ${price}`);
  const [whole, frac = ''] = price.trim().split('.');
  const trimmed = frac.replace(/0+$/, '');
  const w = (whole ?? '0').replace(/^0+(?=\d)/, '');
  return trimmed ? `${w}.${trimmed}` : w;
}
