/**
 * Price List `GetProducts` items (AWS's aws_v1 format) generated from a snapshot, for the loopback
 * Price List server: the products AWS would return for the snapshot's prices.
 *
 * - Prices with rate codes become products with the same SKU; each rate code becomes an on-demand
 *   price dimension, with the tier bounds of the snapshot's tiered price as beginRange/endRange.
 * - Prices the bundled data has without rate codes (reshaped RDS and OpenSearch instance-hours,
 *   data transfer) become products carrying the attributes AWS gives such products, under a SKU
 *   derived from the key — so a refresh has to map them by attributes.
 * - Supplementary prices (which AWS's data lacked) are not generated.
 */
import { createHash } from 'node:crypto';
import type { PriceListItemJson, PriceDimensionJson } from '../../lib/pricing/live/price-list-item.js';
import type { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import type { PriceRecord, TierTuple } from '../../lib/pricing/snapshot/format.js';

const ON_DEMAND = 'JRTCKXETXF';

export interface GenerateOptions {
  /** Change a price before it is served (e.g. to make a refresh find a change): key → tiers. */
  adjust?: (serviceCode: string, region: string, key: string, tiers: TierTuple[]) => TierTuple[];
}

export function itemsFromSnapshot(
  book: SnapshotPriceBook,
  pairs: ReadonlyArray<{ serviceCode: string; region: string }>,
  options: GenerateOptions = {},
): PriceListItemJson[] {
  const items = new Map<string, PriceListItemJson>();
  const locations = book.locations();
  const sources = book.rawIndex().sources;
  for (const { serviceCode, region } of pairs) {
    const location = locations[region]!;
    const records = [...book.records(serviceCode, region)].map(([key, r]): [string, PriceRecord] => [
      key,
      { ...r, t: options.adjust?.(serviceCode, region, key, r.t) ?? r.t },
    ]);
    const publicationDate = (key: string) => sources[records.find(([k]) => k === key)![1].s]?.publicationDate ?? '2025-01-01T00:00:00Z';
    // Tiered prices first: their dimensions carry the real bounds; flat names of single tiers reuse them.
    const ordered = [...records].sort(([, a], [, b]) => b.t.length - a.t.length);
    for (const [key, record] of ordered) {
      if (sources[record.s]?.quality === 'supplementary') continue;
      const rated = record.t.every((t) => t[3]);
      // The tiers of a tiered product the data names one flat price each (Aurora's Data API) share one product.
      const tier = TIER_OF_NAME.exec(key);
      const sku = rated ? record.t[0]![3]!.split('.')[0]! : syntheticSku(serviceCode, region, tier ? tier[1]! : key);
      let item = items.get(sku);
      if (!item) {
        const productFamily = familyOf(serviceCode, key);
        item = {
          product: {
            sku,
            ...(productFamily ? { productFamily } : {}),
            attributes: attributesOf(serviceCode, region, location, key, locations),
          },
          serviceCode,
          terms: {
            OnDemand: {
              [`${sku}.${ON_DEMAND}`]: {
                sku,
                offerTermCode: ON_DEMAND,
                effectiveDate: '2025-01-01T00:00:00Z',
                priceDimensions: {},
                termAttributes: {},
              },
            },
          },
          version: '20250101000000',
          publicationDate: publicationDate(key),
        };
        items.set(sku, item);
      }
      const dimensions = item.terms!.OnDemand![`${sku}.${ON_DEMAND}`]!.priceDimensions!;
      const tierOfName = tier;
      record.t.forEach((t, i) => {
        const rateCode = t[3] ?? `${sku}.${ON_DEMAND}.${syntheticRate(tierOfName ? Number(tierOfName[2]) : i)}`;
        if (dimensions[rateCode]) return;
        const flatAlias = record.t.length === 1;
        const [begin, end] = tierOfName
          ? [tierOfName[2]!, tierOfName[3] === 'Inf' ? null : tierOfName[3]!]
          : flatAlias
            ? ['0', null]
            : [t[0], t[1]];
        dimensions[rateCode] = dimension(rateCode, record.u ?? 'Units', begin, end, t[2], key);
      });
    }
  }
  return [...items.values()];
}

function dimension(rateCode: string, unit: string, begin: string, end: string | null, usd: string, key: string): PriceDimensionJson {
  return {
    unit,
    endRange: end ?? 'Inf',
    description: `${key} (generated from the snapshot)`,
    appliesTo: [],
    rateCode,
    beginRange: begin,
    pricePerUnit: { USD: usd },
  };
}

/** "Aurora MySQL Data API requests 0 1000000000": one tier of a tiered product, named by its range. */
const TIER_OF_NAME = /^(Aurora (?:MySQL|PostgreSQL) Data API requests) (\d+) (\d+|Inf)$/;
const EXTENDED_SUPPORT = /^(.+?) (Year 1 Year 2|Year 3) (\d+)(?: (\d+))?$/;

/** Product families as AWS names them, where the query plans or keyers look at them (Extended Support rows have none). */
function familyOf(serviceCode: string, key: string): string | undefined {
  if (serviceCode === 'AmazonEC2') return key.startsWith('BoxUsage:') ? 'Compute Instance' : 'Storage';
  if (serviceCode === 'AmazonRDS') return rdsFamilyOf(key);
  if (serviceCode === 'ElasticMapReduce' && key.startsWith('EMRInstance:')) return 'Elastic Map Reduce Instance';
  if (serviceCode === 'AmazonCloudWatch' && key === 'Dashboard Basic Dashboard') return 'Dashboard';
  if (serviceCode === 'AmazonES')
    return key.startsWith('ESInstance:') ? 'Amazon OpenSearch Service Instance' : 'Amazon OpenSearch Service Volume';
  if (serviceCode === 'AWSDataTransfer') return 'Data Transfer';
  return 'Fee';
}

function rdsFamilyOf(key: string): string | undefined {
  if (/^(RDSInstance|AuroraInstance):/.test(key)) return 'Database Instance';
  if (EXTENDED_SUPPORT.test(key)) return undefined;
  if (/^Aurora (MySQL|PostgreSQL) ServerlessV2/.test(key)) return 'ServerlessV2';
  if (key.startsWith('Performance Insights ')) return 'Performance Insights';
  if (/^System Operation Aurora (I O Operation|Backtrack)$/.test(key)) return 'System Operation';
  if (TIER_OF_NAME.test(key)) return 'Data API';
  return 'Database Storage';
}

/** Attributes of the RDS products the bundled data keeps without rate codes, as the Price List names them. */
function rdsAttributes(key: string, prefix: string, common: Record<string, string>): Record<string, string> | undefined {
  const aurora = /^AuroraInstance:(Aurora MySQL|Aurora PostgreSQL):(Standard|IO-Optimized):(.+)$/.exec(key);
  if (aurora) {
    const io = aurora[2] === 'IO-Optimized';
    return {
      ...common,
      databaseEngine: aurora[1]!,
      deploymentOption: 'Single-AZ',
      instanceType: aurora[3]!,
      licenseModel: 'No license required',
      storage: io ? 'Aurora IO Optimization Mode' : 'EBS Only',
      usagetype: `${prefix}${io ? 'InstanceUsageIOOptimized' : 'InstanceUsage'}:${aurora[3]}`,
    };
  }
  const extended = EXTENDED_SUPPORT.exec(key);
  if (extended) {
    const [, databaseEngine, year, major, minor] = extended;
    return {
      ...common,
      databaseEngine: databaseEngine!,
      extendedSupportPricingYear: year === 'Year 3' ? 'Year 3' : 'Year 1, Year 2',
      engineMajorVersion: minor ? `${major}.${minor}` : major!,
      usagetype: `${prefix}ExtendedSupport:${key.replace(/\s+/g, '')}`,
    };
  }
  const serverless = /^(Aurora MySQL|Aurora PostgreSQL) ServerlessV2( Aurora IO Optimization Mode)?$/.exec(key);
  if (serverless) {
    const io = serverless[2] !== undefined;
    return {
      ...common,
      databaseEngine: serverless[1]!,
      storage: io ? 'Aurora IO Optimization Mode' : 'EBS Only',
      usagetype: `${prefix}Aurora:ServerlessV2${io ? 'IOOptimized' : ''}Usage`,
    };
  }
  const ioStorage = /^(.+) IO Optimized Aurora$/.exec(key);
  if (ioStorage) {
    return { ...common, databaseEngine: ioStorage[1]!, volumeType: 'IO Optimized-Aurora', usagetype: `${prefix}Aurora:StorageIOUsage` };
  }
  const gpStorage = /^Database Storage DB Engine (Aurora MySQL|Aurora PostgreSQL) General Purpose Aurora$/.exec(key);
  if (gpStorage) {
    return { ...common, databaseEngine: gpStorage[1]!, volumeType: 'General Purpose-Aurora', usagetype: `${prefix}Aurora:StorageUsage` };
  }
  const insights =
    /^Performance Insights (Aurora MySQL|Aurora PostgreSQL) ((?:Provisioned|Serverless)(?:AMR|FMR)) (?:vCPU|ACU) Months$/.exec(key);
  if (insights) return { ...common, databaseEngine: insights[1]!, usagetype: `${prefix}PI_LTR:${insights[2]}` };
  const operation = /^System Operation (Aurora I O Operation|Aurora Backtrack)$/.exec(key);
  if (operation) {
    const group = operation[1] === 'Aurora Backtrack' ? 'Aurora Backtrack' : 'Aurora I/O Operation';
    return { ...common, group, usagetype: `${prefix}Aurora:${operation[1]!.replace(/\s+/g, '')}` };
  }
  const dataApi = TIER_OF_NAME.exec(key);
  if (dataApi) {
    return { ...common, databaseEngine: dataApi[1]!.replace(/ Data API requests$/, ''), usagetype: `${prefix}Aurora:DataAPIRequests` };
  }
  return undefined;
}

function attributesOf(
  serviceCode: string,
  region: string,
  location: string,
  key: string,
  locations: Record<string, string>,
): Record<string, string> {
  const prefix = usagePrefix(region);
  const common = { servicecode: serviceCode, location, locationType: 'AWS Region', regionCode: region };
  if (serviceCode === 'AmazonEC2' && key.startsWith('BoxUsage:')) {
    const instanceType = key.slice('BoxUsage:'.length);
    return {
      ...common,
      instanceType,
      operatingSystem: 'Linux',
      tenancy: 'Shared',
      preInstalledSw: 'NA',
      capacitystatus: 'Used',
      licenseModel: 'No License required',
      usagetype: `${prefix}BoxUsage:${instanceType}`,
      operation: 'RunInstances',
    };
  }
  const rds = /^RDSInstance:([^:]+):([^:]+):(.+)$/.exec(key);
  if (serviceCode === 'AmazonRDS' && rds) {
    const deploymentOption = rds[2] === 'Multi-AZ-readable-standbys' ? 'Multi-AZ (readable standbys)' : rds[2]!;
    return {
      ...common,
      databaseEngine: rds[1]!,
      deploymentOption,
      instanceType: rds[3]!,
      licenseModel: 'No license required',
      usagetype: `${prefix}${rds[2] === 'Single-AZ' ? 'InstanceUsage' : 'Multi-AZUsage'}:${rds[3]}`,
    };
  }
  const rdsNamed = serviceCode === 'AmazonRDS' ? rdsAttributes(key, prefix, common) : undefined;
  if (rdsNamed) return rdsNamed;
  if (serviceCode === 'ElasticMapReduce' && key.startsWith('EMRInstance:')) {
    const instanceType = key.slice('EMRInstance:'.length);
    return { ...common, instanceType, softwareType: 'EMR', usagetype: `${prefix}BoxUsage:${instanceType}` };
  }
  // Dashboards are billed account-wide: AWS lists the rate under location "Any", not a Region.
  if (serviceCode === 'AmazonCloudWatch' && key === 'Dashboard Basic Dashboard') {
    return {
      servicecode: serviceCode,
      location: 'Any',
      locationType: 'AWS Region',
      group: 'Dashboard',
      usagetype: 'DashboardsUsageHour-Basic',
    };
  }
  if (serviceCode === 'AmazonES' && key.startsWith('ESInstance:')) {
    const instanceType = key.slice('ESInstance:'.length);
    return { ...common, instanceType, usagetype: `${prefix}ESInstance:${instanceType.replace(/\.search$/, '')}` };
  }
  if (serviceCode === 'AWSDataTransfer') {
    const from = { servicecode: serviceCode, fromLocation: location, fromLocationType: 'AWS Region', fromRegionCode: region };
    if (key === 'DataTransfer Out to Internet')
      return {
        ...from,
        transferType: 'AWS Outbound',
        toLocation: 'External',
        toLocationType: 'Other',
        usagetype: `${prefix}DataTransfer-Out-Bytes`,
      };
    const destination = /^DataTransfer InterRegion Outbound:(.+)$/.exec(key)?.[1];
    if (destination)
      return {
        ...from,
        transferType: 'InterRegion Outbound',
        toLocation: locations[destination]!,
        toLocationType: 'AWS Region',
        usagetype: `${prefix}${usagePrefix(destination)}AWS-Out-Bytes`,
      };
  }
  return { ...common, usagetype: `${prefix}${key.replace(/\s+/g, '-').slice(0, 40)}` };
}

/** "eu-west-1" → "EUW1-", "us-east-1" → "" (AWS's usage-type prefixes have this shape). */
function usagePrefix(region: string): string {
  if (region === 'us-east-1') return '';
  const [area, direction, n] = region.split('-');
  return `${area!.toUpperCase()}${direction![0]!.toUpperCase()}${n ?? ''}-`;
}

function syntheticSku(serviceCode: string, region: string, key: string): string {
  return hashCode(`${serviceCode}/${region}/${key}`, 16);
}

function syntheticRate(index: number): string {
  return hashCode(`tier ${index}`, 10);
}

function hashCode(text: string, length: number): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = createHash('sha256').update(text).digest();
  return Array.from(bytes.subarray(0, length), (b) => alphabet[b % alphabet.length]).join('');
}
