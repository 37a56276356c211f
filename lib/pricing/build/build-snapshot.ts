/**
 * Builds the bundled price snapshot from the AWS price data in ../shared/aws-pricing.
 * Deterministic: the same inputs give byte-identical output, so a rebuild shows up in git only
 * when prices changed.
 */
import { PriceCatalog } from './collector.js';
import { METERED_INPUTS } from './inputs.js';
import { readLocations } from './locations.js';
import { readMetered, type MeteredKeyer } from './read-metered.js';
import { readEc2OnDemand } from './read-ec2-ondemand.js';
import { readReshapedOpenSearch } from './read-reshaped-es.js';
import { readSupplementary } from './read-supplementary.js';
import { groupTiers } from './group-tiers.js';
import { TIER_GROUPS } from './tier-groups.js';
import { FIREHOSE_TIER_GROUPS } from './tier-groups-firehose.js';
import { METERED_KEYERS } from './metered-keyers.js';
import { EXTRA_READERS } from './extra-readers.js';
import { readFreeTier } from './read-free-tier.js';
import type { StoredFreeTier } from '../free-tier.js';
import { SNAPSHOT_FORMAT_VERSION } from '../snapshot/format.js';
import { writeSnapshotAtomically, type WriteReport } from '../snapshot/write-snapshot.js';

export interface BuildResult extends WriteReport {
  services: number;
  regions: number;
  problems: string[];
}

export interface BuiltCatalog {
  catalog: PriceCatalog;
  locations: Record<string, string>;
  freeTier: StoredFreeTier;
  problems: string[];
}

export function buildCatalog(dataDir: string): BuiltCatalog {
  const locations = readLocations(dataDir);
  const catalog = new PriceCatalog();
  for (const input of METERED_INPUTS) {
    const keyer: MeteredKeyer | undefined = METERED_KEYERS[input.file];
    readMetered(dataDir, input, locations.regionCodeOf, catalog, keyer);
  }
  readEc2OnDemand(dataDir, locations.regionCodeOf, catalog);
  readReshapedOpenSearch(dataDir, locations.locationOf, locations.regionCodeOf, catalog);
  readSupplementary(dataDir, catalog);
  for (const read of EXTRA_READERS) read(dataDir, locations, catalog);
  const problems = [...catalog.problems, ...groupTiers(catalog, [...TIER_GROUPS, ...FIREHOSE_TIER_GROUPS]), ...catalog.clashes];
  // After the tiers are grouped: the allowances are checked against the zero-price tiers they form.
  const free = readFreeTier(dataDir, catalog, FREE_TIER_ORIGIN);
  return { catalog, locations: locations.byRegion, freeTier: free.freeTier, problems: [...problems, ...free.problems] };
}

export function buildSnapshot(dataDir: string, outDir: string): BuildResult {
  const { catalog, locations, freeTier, problems } = buildCatalog(dataDir);
  const report = writeSnapshotAtomically(outDir, {
    index: {
      formatVersion: SNAPSHOT_FORMAT_VERSION,
      producedBy: 'cdk-cost pricing build',
      sources: sortKeys(catalog.sources),
      services: {},
      locations: sortKeys(locations),
      freeTier,
    },
    prices: catalog.prices,
    extraFiles: { [INSTANCE_VCPUS_FILE]: instanceVcpusFile(catalog.vcpus) },
  });
  const regions = new Set<string>();
  for (const byRegion of catalog.prices.values()) for (const r of byRegion.keys()) regions.add(r);
  return { ...report, services: catalog.prices.size, regions: regions.size, problems };
}

/** free-tier.json is compiled in ../shared/aws-pricing from AWS's pricing pages (each entry says where). */
const FREE_TIER_ORIGIN = 'aws-pricing/free-tier.json (quantities from the AWS pricing pages named in each entry)';

/** EC2 instance type → vCPUs, read by lib/resources/data/instance-vcpus.ts (a DB class db.X bills X's vCPUs). */
export const INSTANCE_VCPUS_FILE = 'instance-vcpus.json';

function instanceVcpusFile(vcpus: Map<string, number>): { about: string; vcpus: Record<string, number> } {
  const sorted = [...vcpus.entries()].sort(([a], [b]) => a.localeCompare(b));
  return { about: 'vCPU attribute of each EC2 instance type in metered-unit-maps/ec2-ondemand/', vcpus: Object.fromEntries(sorted) };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
