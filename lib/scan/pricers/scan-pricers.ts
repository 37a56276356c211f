/**
 * The estimate's pricers, plus pricers for what only a live account has (EBS snapshots). A scan-only
 * pricer steps aside as soon as the estimate's registry prices the same type.
 */
import { ALL_PRICERS } from '../../resources/all-pricers.js';
import { PricerRegistry } from '../../resources/registry.js';
import { ebsSnapshotPricer } from './ebs-snapshot.js';

const SCAN_ONLY = [ebsSnapshotPricer];

export function scanPricers(): PricerRegistry {
  const claimed = new Set(ALL_PRICERS.flatMap((p) => p.types));
  return new PricerRegistry([...ALL_PRICERS, ...SCAN_ONLY.filter((p) => !p.types.some((t) => claimed.has(t)))]);
}
