/**
 * PriceBook over a snapshot directory. Region files are read on first use and kept: estimating one
 * stack in one region never parses the rest of the catalog.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from '../../money.js';
import { UserError } from '../../errors.js';
import type { Price, PriceTier } from '../price.js';
import type { PriceBook, PriceBookInfo, ServiceRegion } from '../price-book.js';
import { freeTierSet, type FreeTierSet } from '../free-tier.js';
import { SNAPSHOT_FORMAT_VERSION, decodeRecord, type RegionFile, type SnapshotIndex, type PriceRecord } from './format.js';

export class SnapshotPriceBook implements PriceBook {
  private readonly index: SnapshotIndex;
  private readonly regionFiles = new Map<string, RegionFile | null>();
  private readonly parsed = new Map<string, Price>();
  private covered: Set<string> | undefined;
  private allowances: FreeTierSet | undefined | null = null;

  constructor(
    readonly directory: string,
    private readonly via: 'snapshot' | 'live' = 'snapshot',
  ) {
    const indexPath = join(directory, 'index.json');
    if (!existsSync(indexPath)) {
      throw new UserError(
        `No price snapshot at ${directory} (index.json missing).`,
        'Run `cdk-cost pricing build` or `cdk-cost pricing refresh`, or pass --snapshot DIR.',
      );
    }
    this.index = readJson<SnapshotIndex>(indexPath);
    if (this.index.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
      throw new UserError(
        `Price snapshot ${indexPath} has format version ${this.index.formatVersion}; this cdk-cost reads version ` +
          `${SNAPSHOT_FORMAT_VERSION}.`,
        'Rebuild it with `cdk-cost pricing build` (or refresh it).',
      );
    }
  }

  info(): PriceBookInfo {
    const publicationDates: Record<string, string> = {};
    let newest = '';
    for (const [id, source] of Object.entries(this.index.sources)) {
      publicationDates[id] = source.publicationDate;
      // Supplementary prices have no AWS publication date ("unknown"): they do not date the snapshot.
      if (/^\d{4}-\d{2}-\d{2}/.test(source.publicationDate) && source.publicationDate > newest) newest = source.publicationDate;
    }
    return { kind: this.via, location: this.directory, pricesAsOf: newest.slice(0, 10), publicationDates };
  }

  async prepare(needs: ServiceRegion[]): Promise<void> {
    for (const need of needs) {
      const regions = this.index.services[need.serviceCode];
      // A service the data lacks everywhere is left to the pricers (their lines say "no price");
      // a service the data has, but not in this region, is a region the user should know about.
      if (regions && !regions.includes(need.region)) {
        if (need.optional) continue;
        throw missingRegion(
          need,
          this.directory,
          regions,
          this.coveredRegions().has(need.region) ? undefined : [...this.coveredRegions()],
          need.region in this.index.locations,
        );
      }
      this.regionFile(need.serviceCode, need.region);
    }
  }

  lookup(serviceCode: string, region: string, key: string): Price | undefined {
    const cacheKey = `${serviceCode}\u0000${region}\u0000${key}`;
    const cached = this.parsed.get(cacheKey);
    if (cached) return cached;
    const file = this.regionFile(serviceCode, region);
    const stored = file?.prices[key];
    if (!file || !stored) return undefined;
    const price = this.toPrice(serviceCode, region, key, decodeRecord(file, stored));
    this.parsed.set(cacheKey, price);
    return price;
  }

  /** Every price of a service in a region as stored (for `pricing refresh`, which rewrites them). */
  records(serviceCode: string, region: string): Map<string, PriceRecord> {
    const file = this.regionFile(serviceCode, region);
    const records = new Map<string, PriceRecord>();
    if (file) for (const [key, stored] of Object.entries(file.prices)) records.set(key, decodeRecord(file, stored));
    return records;
  }

  /** Regions in which any service has prices. */
  coveredRegions(): Set<string> {
    if (!this.covered) this.covered = new Set(Object.values(this.index.services).flat());
    return this.covered;
  }

  keys(serviceCode: string, region: string): string[] {
    return Object.keys(this.regionFile(serviceCode, region)?.prices ?? {}).sort();
  }

  regions(serviceCode: string): string[] {
    return [...(this.index.services[serviceCode] ?? [])].sort();
  }

  services(): string[] {
    return Object.keys(this.index.services).sort();
  }

  freeTier(): FreeTierSet | undefined {
    if (this.allowances === null) {
      const stored = this.index.freeTier;
      this.allowances = stored ? freeTierSet(stored, `${stored.path} in the price snapshot at ${this.directory}`) : undefined;
    }
    return this.allowances;
  }

  /** Region code → AWS location name, as the snapshot was built with. */
  locations(): Record<string, string> {
    return this.index.locations;
  }

  rawIndex(): SnapshotIndex {
    return this.index;
  }

  private regionFile(serviceCode: string, region: string): RegionFile | null {
    const id = `${serviceCode}/${region}`;
    if (this.regionFiles.has(id)) return this.regionFiles.get(id) ?? null;
    const regions = this.index.services[serviceCode];
    const file = regions?.includes(region) ? readJson<RegionFile>(join(this.directory, serviceCode, `${region}.json`)) : null;
    this.regionFiles.set(id, file);
    return file;
  }

  private toPrice(serviceCode: string, region: string, key: string, record: PriceRecord): Price {
    const source = this.index.sources[record.s];
    const tiers: PriceTier[] = record.t.map(([from, to, usd, rateCode, free]) => ({
      from: new Decimal(from),
      to: to === null ? null : new Decimal(to),
      unitPrice: new Decimal(usd),
      ...(rateCode ? { rateCode } : {}),
      ...(free ? { freeTier: true } : {}),
    }));
    return {
      serviceCode,
      region,
      key,
      ...(record.u ? { unit: record.u } : {}),
      tiers,
      provenance: {
        via: this.via,
        origin: source?.path ?? record.s,
        quality: source?.quality ?? 'aws',
        publicationDate: (source?.publicationDate ?? '').slice(0, 10),
      },
    };
  }
}

/**
 * The data has no prices for a service in a region: name the regions that have them (or, when the
 * region has no data at all, every region that has some) and how to get them.
 */
export function missingRegion(
  need: ServiceRegion,
  location: string,
  serviceRegions: readonly string[],
  coveredRegions?: readonly string[],
  knownRegion = true,
): UserError {
  const list = (regions: readonly string[]) => [...regions].sort().join(', ');
  const fetch = knownRegion
    ? `to fetch them from AWS run \`cdk-cost pricing refresh --service ${need.serviceCode} --region ${need.region}\` or estimate ` +
      `with --prices live`
    : `${need.region} is not an AWS Region of the commercial or GovCloud price lists cdk-cost reads (China has its own)`;
  return coveredRegions
    ? new UserError(
        `No price data for region ${need.region} in ${location} (needed for ${need.serviceCode}).`,
        `Prices exist for these regions: ${list(coveredRegions)}. Check the stack's region (or --region); ${fetch}.`,
      )
    : new UserError(
        `No ${need.serviceCode} prices for region ${need.region} in ${location}.`,
        `${need.serviceCode} prices exist for: ${list(serviceRegions)}. Check the stack's region (or --region); ${fetch}.`,
      );
}

function readJson<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(
      `Cannot read price snapshot file ${path}: ${(error as Error).message}`,
      'Rebuild the snapshot with `cdk-cost pricing build`.',
    );
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new UserError(
      `Price snapshot file ${path} is not valid JSON: ${(error as Error).message}`,
      'Rebuild the snapshot with `cdk-cost pricing build`.',
    );
  }
}
