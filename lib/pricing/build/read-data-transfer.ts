/**
 * Data transfer (service code AWSDataTransfer) from reshaped/datatransfer.json (aws-price-watcher,
 * no rate codes kept):
 *
 * - `DataTransfer Out to Internet`: per GB, tiered. The standard regional rates are the four
 *   "DataTransfer External Outbound <Next 10 TB|Next 40 TB|Next 100 TB|Greater than 150 TB>" rates
 *   without a suffix; their cells carry the tier bounds ("(StartingRange: 10240, EndingRange: 51200)"),
 *   so the tiers come from the data, not from here. (The "… New" and "… No Wavelength" variants
 *   list the same prices for every AWS Region; "Carrier" rates are Wavelength Zones.)
 * - `DataTransfer InterRegion Outbound:<destination region>`: per GB, in the source region's file,
 *   from "DataTransfer InterRegion Outbound to <destination>" with cells
 *   "<source> (To Location: <destination>)". The price depends on both ends.
 *
 * The free 100 GB a month out to the internet is account-wide across services (supplementary.json),
 * so it is not a tier here.
 */
import { join } from 'node:path';
import type { PriceCatalog } from './collector.js';
import type { Locations } from './locations.js';
import { RESHAPED_ORIGIN } from './inputs.js';
import { normalizePrice } from './read-metered.js';
import { readJsonFile } from './read-json.js';
import { DATA_TRANSFER_OUT_TO_INTERNET, interRegionTransferKey } from '../catalog-keys.js';
import type { TierTuple } from '../snapshot/format.js';

const PUBLISHED = '2025-06-05';
const SERVICE = 'AWSDataTransfer';

const OUT_TIER_RATE = /^DataTransfer External Outbound (Next \d+ TB|Greater than \d+ TB)$/;
const RANGE_CELL = /^(.*) \(StartingRange: (\d+), EndingRange: (\d+|Inf)\)$/;
const INTER_REGION_RATE = /^DataTransfer InterRegion Outbound to /;
const TO_LOCATION_CELL = /^(.*) \(To Location: (.*)\)$/;

export function readDataTransfer(dataDir: string, locations: Locations, catalog: PriceCatalog): void {
  const path = join('reshaped', 'datatransfer.json');
  const data = readJsonFile<Record<string, Record<string, string>>>(join(dataDir, path));
  catalog.addSource(path, { path, quality: 'reshaped', publicationDate: PUBLISHED, origin: RESHAPED_ORIGIN });
  const regionOf = (location: string) => locations.regionCodeOf(location);

  const outTiers = new Map<string, TierTuple[]>();
  for (const [rateName, cells] of Object.entries(data)) {
    if (OUT_TIER_RATE.test(rateName)) {
      for (const [cell, price] of Object.entries(cells)) {
        const match = RANGE_CELL.exec(cell);
        const region = match ? regionOf(match[1]!) : undefined;
        if (!match || !region) continue;
        const tiers = outTiers.get(region) ?? [];
        tiers.push([match[2]!, match[3] === 'Inf' ? null : match[3]!, normalizePrice(price), null]);
        outTiers.set(region, tiers);
      }
    } else if (INTER_REGION_RATE.test(rateName)) {
      for (const [cell, price] of Object.entries(cells)) {
        const match = TO_LOCATION_CELL.exec(cell);
        const source = match ? regionOf(match[1]!) : undefined;
        const destination = match ? regionOf(match[2]!) : undefined;
        if (!source || !destination) continue;
        catalog.add(SERVICE, source, interRegionTransferKey(destination), {
          s: path,
          u: 'GB',
          t: [['0', null, normalizePrice(price), null]],
        });
      }
    }
  }

  for (const [region, tiers] of [...outTiers].sort(([a], [b]) => a.localeCompare(b))) {
    tiers.sort((a, b) => Number(a[0]) - Number(b[0]));
    const gap = tiers.findIndex((tier, i) => (i === 0 ? tier[0] !== '0' : tiers[i - 1]![1] !== tier[0]));
    if (gap >= 0 || tiers[tiers.length - 1]![1] !== null) {
      catalog.problems.push(
        `${SERVICE} ${region} "${DATA_TRANSFER_OUT_TO_INTERNET}": tiers do not cover 0 to ∞ ` +
          `(${JSON.stringify(tiers.map((t) => [t[0], t[1]]))}); skipped`,
      );
      continue;
    }
    catalog.add(SERVICE, region, DATA_TRANSFER_OUT_TO_INTERNET, { s: path, u: 'GB', t: tiers });
  }
}
