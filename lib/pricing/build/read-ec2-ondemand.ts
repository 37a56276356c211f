/**
 * EC2 Linux on-demand instance-hours (metered-unit-maps/ec2-ondemand/<region>.json), stored under
 * the key "BoxUsage:<instance type>" — the Price List's usagetype without its region prefix — so a
 * refresh from the live API lands on the same keys. Each type's vCPU attribute is kept too
 * (catalog.vcpus → instance-vcpus.json in the snapshot).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PriceCatalog } from './collector.js';
import { EC2_ONDEMAND_ORIGIN } from './inputs.js';
import { normalizePrice } from './read-metered.js';
import { readJsonFile } from './read-json.js';
import { ec2InstanceKey } from '../catalog-keys.js';

interface Ec2Rate {
  rateCode?: string;
  price?: string;
  'Instance Type'?: string;
  'Operating System'?: string;
  'Pre Installed S/W'?: string;
  'License Model'?: string;
  vCPU?: string;
}

interface Ec2File {
  manifest?: { hawkFilePublicationDate?: string };
  regions: Record<string, Record<string, Ec2Rate>>;
}

export { ec2InstanceKey };

export function readEc2OnDemand(dataDir: string, regionCodeOf: (location: string) => string | undefined, catalog: PriceCatalog): void {
  const folder = join('metered-unit-maps', 'ec2-ondemand');
  for (const file of readdirSync(join(dataDir, folder))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const path = join(folder, file);
    const data = readJsonFile<Ec2File>(join(dataDir, path));
    catalog.addSource(path, {
      path,
      quality: 'aws',
      publicationDate: data.manifest?.hawkFilePublicationDate ?? 'unknown',
      origin: EC2_ONDEMAND_ORIGIN,
    });
    for (const [location, rates] of Object.entries(data.regions)) {
      const region = regionCodeOf(location);
      if (!region) continue;
      for (const rate of Object.values(rates)) {
        const type = rate['Instance Type'];
        if (!type || !rate.rateCode || rate.price === undefined) continue;
        const vcpus = Number(rate.vCPU);
        if (Number.isInteger(vcpus) && vcpus > 0 && !catalog.vcpus.has(type)) {
          catalog.vcpus.set(type, vcpus);
        }
        if (rate['Operating System'] !== 'Linux' || (rate['Pre Installed S/W'] ?? 'NA') !== 'NA') continue;
        catalog.add('AmazonEC2', region, ec2InstanceKey(type), {
          s: path,
          u: 'Hrs',
          t: [['0', null, normalizePrice(rate.price), rate.rateCode]],
        });
      }
    }
  }
}
