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

export function itemsFromSnapshot(book: SnapshotPriceBook, pairs: ReadonlyArray<{ serviceCode: string; region: string }>, options: GenerateOptions = {}): PriceListItemJson[] {
  const items = new Map<string, PriceListItemJson>();
  const locations = book.locations();
  const sources = book.rawIndex().sources;
  for (const { serviceCode, region } of pairs) {
    const location = locations[region]!;
    const records = [...book.records(serviceCode, region)].map(([key, r]): [string, PriceRecord] => [key, { ...r, t: options.adjust?.(serviceCode, region, key, r.t) ?? r.t }]);
    const publicationDate = (key: string) => sources[records.find(([k]) => k === key)![1].s]?.publicationDate ?? '2025-01-01T00:00:00Z';
    // Tiered prices first: their dimensions carry the real bounds; flat names of single tiers reuse them.
    const ordered = [...records].sort(([, a], [, b]) => b.t.length - a.t.length);
    for (const [key, record] of ordered) {
      if (sources[record.s]?.quality === 'supplementary') continue;
      const rated = record.t.every((t) => t[3]);
      const sku = rated ? record.t[0]![3]!.split('.')[0]! : syntheticSku(serviceCode, region, key);
      let item = items.get(sku);
      if (!item) {
        item = {
          product: { sku, productFamily: familyOf(serviceCode, key), attributes: attributesOf(serviceCode, region, location, key, locations) },
          serviceCode,
          terms: { OnDemand: { [`${sku}.${ON_DEMAND}`]: { sku, offerTermCode: ON_DEMAND, effectiveDate: '2025-01-01T00:00:00Z', priceDimensions: {}, termAttributes: {} } } },
          version: '20250101000000',
          publicationDate: publicationDate(key),
        };
        items.set(sku, item);
      }
      const dimensions = item.terms!.OnDemand![`${sku}.${ON_DEMAND}`]!.priceDimensions!;
      record.t.forEach((tier, i) => {
        const rateCode = tier[3] ?? `${sku}.${ON_DEMAND}.${syntheticRate(i)}`;
        if (dimensions[rateCode]) return;
        const flatAlias = record.t.length === 1;
        dimensions[rateCode] = dimension(rateCode, record.u ?? 'Units', flatAlias ? '0' : tier[0], flatAlias ? null : tier[1], tier[2], key);
      });
    }
  }
  return [...items.values()];
}

function dimension(rateCode: string, unit: string, begin: string, end: string | null, usd: string, key: string): PriceDimensionJson {
  return { unit, endRange: end ?? 'Inf', description: `${key} (generated from the snapshot)`, appliesTo: [], rateCode, beginRange: begin, pricePerUnit: { USD: usd } };
}

/** Product families as AWS names them, where the query plans or keyers look at them. */
function familyOf(serviceCode: string, key: string): string {
  if (serviceCode === 'AmazonEC2') return key.startsWith('BoxUsage:') ? 'Compute Instance' : 'Storage';
  if (serviceCode === 'AmazonRDS') return key.startsWith('RDSInstance:') ? 'Database Instance' : 'Database Storage';
  if (serviceCode === 'AmazonES') return key.startsWith('ESInstance:') ? 'Amazon OpenSearch Service Instance' : 'Amazon OpenSearch Service Volume';
  if (serviceCode === 'AWSDataTransfer') return 'Data Transfer';
  return 'Fee';
}

function attributesOf(serviceCode: string, region: string, location: string, key: string, locations: Record<string, string>): Record<string, string> {
  const prefix = usagePrefix(region);
  const common = { servicecode: serviceCode, location, locationType: 'AWS Region', regionCode: region };
  if (serviceCode === 'AmazonEC2' && key.startsWith('BoxUsage:')) {
    const instanceType = key.slice('BoxUsage:'.length);
    return { ...common, instanceType, operatingSystem: 'Linux', tenancy: 'Shared', preInstalledSw: 'NA', capacitystatus: 'Used', licenseModel: 'No License required', usagetype: `${prefix}BoxUsage:${instanceType}`, operation: 'RunInstances' };
  }
  const rds = /^RDSInstance:([^:]+):([^:]+):(.+)$/.exec(key);
  if (serviceCode === 'AmazonRDS' && rds) {
    const deploymentOption = rds[2] === 'Multi-AZ-readable-standbys' ? 'Multi-AZ (readable standbys)' : rds[2]!;
    return { ...common, databaseEngine: rds[1]!, deploymentOption, instanceType: rds[3]!, licenseModel: 'No license required', usagetype: `${prefix}${rds[2] === 'Single-AZ' ? 'InstanceUsage' : 'Multi-AZUsage'}:${rds[3]}` };
  }
  if (serviceCode === 'AmazonES' && key.startsWith('ESInstance:')) {
    const instanceType = key.slice('ESInstance:'.length);
    return { ...common, instanceType, usagetype: `${prefix}ESInstance:${instanceType.replace(/\.search$/, '')}` };
  }
  if (serviceCode === 'AWSDataTransfer') {
    const from = { servicecode: serviceCode, fromLocation: location, fromLocationType: 'AWS Region', fromRegionCode: region };
    if (key === 'DataTransfer Out to Internet') return { ...from, transferType: 'AWS Outbound', toLocation: 'External', toLocationType: 'Other', usagetype: `${prefix}DataTransfer-Out-Bytes` };
    const destination = /^DataTransfer InterRegion Outbound:(.+)$/.exec(key)?.[1];
    if (destination) return { ...from, transferType: 'InterRegion Outbound', toLocation: locations[destination]!, toLocationType: 'AWS Region', usagetype: `${prefix}${usagePrefix(destination)}AWS-Out-Bytes` };
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
