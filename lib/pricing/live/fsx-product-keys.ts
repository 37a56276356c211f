/**
 * FSx products (service AmazonFSx) onto the keys of catalog-keys.ts, by the attributes the Price List
 * gives them: productFamily "Storage" (GB-month; backups are the Storage rows whose usage type ends in
 * BackupUsage) or "Provisioned Throughput" (MBps-month), with fileSystemType, deploymentOption,
 * storageType and — for Lustre — throughputCapacity (the per-unit storage throughput tier). AWS's
 * public FSx price data names its rates only by opaque ids, so this mapping is how FSx gets prices at
 * all. Attribute values missing from a product read as "N/A", as the Price List writes absent ones.
 */
import { fsxBackupKey, fsxStorageKey, fsxThroughputKey } from '../catalog-keys.js';
import type { ProductKeyer } from './product-keys.js';

const value = (v: string | undefined): string => v?.trim() || 'N/A';

export const fsxKeyer: ProductKeyer = ({ productFamily, attributes: a }) => {
  const fsType = a.fileSystemType;
  if (!fsType) return undefined;
  const deployment = value(a.deploymentOption);
  if (productFamily === 'Provisioned Throughput') return fsxThroughputKey(fsType, deployment);
  if (productFamily !== 'Storage') return undefined;
  if (/BackupUsage/.test(a.usagetype ?? '')) return fsxBackupKey(fsType, deployment);
  if (!a.storageType) return undefined;
  return fsxStorageKey(fsType, fsType === 'Lustre' ? value(a.throughputCapacity) : deployment, a.storageType);
};
