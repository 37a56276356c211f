/**
 * Keys for products the current snapshot does not know by SKU (a new instance type, a region
 * refreshed for the first time, prices the bundled data had without rate codes): the product's
 * attributes name the same structured keys the builder writes (lib/pricing/catalog-keys.ts).
 * Families without a keyer here are refreshed by SKU only (see pricing/README.md).
 */
import {
  AURORA_ENGINES,
  auroraInstanceKey,
  CACHE_ENGINES,
  cacheNodeKey,
  DATA_TRANSFER_OUT_TO_INTERNET,
  ec2InstanceKey,
  emrInstanceKey,
  interRegionTransferKey,
  openSearchInstanceKey,
  RDS_ENGINES,
  rdsInstanceKey,
  redshiftNodeKey,
  type AuroraEngine,
  type CacheEngine,
  type RdsDeployment,
  type RdsEngine,
} from '../catalog-keys.js';
import type { OnDemandDimension, Product } from './price-list-item.js';
import { fsxKeyer } from './fsx-product-keys.js';
import { rdsNamedKey } from './rds-named-keys.js';

export interface KeyContext {
  /** The region being refreshed. */
  region: string;
  /** Region code of an AWS location name ("EU (Ireland)" → eu-west-1). */
  regionOf(location: string): string | undefined;
}

/**
 * The key of a product's price, or — for a tiered product the snapshot keeps as one flat price per
 * tier — a function naming each on-demand dimension's key.
 */
export type ProductKeyer = (product: Product, context: KeyContext) => string | ((dimension: OnDemandDimension) => string) | undefined;

/** "USE2-BoxUsage:m5.large" → "BoxUsage:m5.large": usage types carry a region prefix outside us-east-1. */
export function usageTypeWithoutRegion(usageType: string | undefined): string {
  return (usageType ?? '').replace(/^[A-Z]{2,4}\d?-(?:[A-Z]{2,4}\d?-)?(?=[A-Za-z]+[:-])/, '');
}

const ec2: ProductKeyer = ({ productFamily, attributes: a }) => {
  if (!productFamily.startsWith('Compute Instance') || a.operatingSystem !== 'Linux' || a.tenancy !== 'Shared') return undefined;
  if ((a.preInstalledSw ?? 'NA') !== 'NA' || (a.capacitystatus ?? 'Used') !== 'Used') return undefined;
  const m = /^BoxUsage:(.+)$/.exec(usageTypeWithoutRegion(a.usagetype));
  return m && (!a.instanceType || a.instanceType === m[1]) ? ec2InstanceKey(m[1]!) : undefined;
};

const rds: ProductKeyer = (product) => {
  const { productFamily, attributes: a } = product;
  const dbClass = a.instanceType;
  if (productFamily !== 'Database Instance' || !dbClass?.startsWith('db.') || a.extendedSupportPricingYear) return rdsNamedKey(product);
  const aurora = AURORA_ENGINES.find((e) => e === a.databaseEngine) as AuroraEngine | undefined;
  if (aurora) {
    // Aurora's instance rows are all Single-AZ; "storage" tells I/O-Optimized clusters ("Aurora IO Optimization Mode") from "EBS Only".
    if (a.licenseModel && !/^no license required$/i.test(a.licenseModel)) return undefined;
    if ((a.deploymentOption ?? 'Single-AZ') !== 'Single-AZ') return undefined;
    return auroraInstanceKey(aurora, a.storage === 'Aurora IO Optimization Mode', dbClass);
  }
  const engine = RDS_ENGINES.find((e) => e === a.databaseEngine) as RdsEngine | undefined;
  if (!engine || (a.licenseModel && !/^no license required$/i.test(a.licenseModel))) return undefined;
  // "Multi-AZ (readable standbys)" as the Price List writes it; the snapshot key has no spaces.
  const deployment = (a.deploymentOption ?? '').replace(/[()]/g, '').trim().replace(/\s+/g, '-');
  if (deployment !== 'Single-AZ' && deployment !== 'Multi-AZ' && deployment !== 'Multi-AZ-readable-standbys') return undefined;
  return rdsInstanceKey(engine, deployment as RdsDeployment, dbClass);
};

const elastiCache: ProductKeyer = ({ attributes: a }) => {
  const engine = CACHE_ENGINES.find((e) => e === a.cacheEngine) as CacheEngine | undefined;
  return engine && a.instanceType?.startsWith('cache.') ? cacheNodeKey(engine, a.instanceType) : undefined;
};

const openSearch: ProductKeyer = ({ productFamily, attributes: a }) =>
  /Instance/.test(productFamily) && a.instanceType?.endsWith('.search') ? openSearchInstanceKey(a.instanceType) : undefined;

const redshift: ProductKeyer = ({ attributes: a }) => {
  const m = /^Node:(.+)$/.exec(usageTypeWithoutRegion(a.usagetype));
  return m ? redshiftNodeKey(m[1]!) : undefined;
};

/** The EMR fee per instance-hour (softwareType EMR; Hunk, MapR … are other software fees). */
const emr: ProductKeyer = ({ productFamily, attributes: a }) =>
  productFamily === 'Elastic Map Reduce Instance' && a.softwareType === 'EMR' && a.instanceType
    ? emrInstanceKey(a.instanceType)
    : undefined;

const dataTransfer: ProductKeyer = ({ attributes: a }, context) => {
  if (a.transferType === 'AWS Outbound' && a.toLocation === 'External' && /(^|-)DataTransfer-Out-Bytes$/.test(a.usagetype ?? ''))
    return DATA_TRANSFER_OUT_TO_INTERNET;
  if (a.transferType === 'InterRegion Outbound' && a.toLocation) {
    const destination = a.toRegionCode ?? context.regionOf(a.toLocation);
    return destination ? interRegionTransferKey(destination) : undefined;
  }
  return undefined;
};

export const PRODUCT_KEYERS: Record<string, ProductKeyer> = {
  AmazonEC2: ec2,
  AmazonRDS: rds,
  AmazonElastiCache: elastiCache,
  AmazonES: openSearch,
  AmazonRedshift: redshift,
  ElasticMapReduce: emr,
  AWSDataTransfer: dataTransfer,
  AmazonFSx: fsxKeyer,
};
