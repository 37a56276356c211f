/**
 * ElastiCache backup (snapshot) storage, for replication groups and cache clusters that keep
 * automatic snapshots (SnapshotRetentionLimit > 1): one backup of the cluster is free, storage
 * beyond it is billed per GB-month (`backupStorageGB`). The bundled AWS data has no rate for it
 * (elasticache.json lists node-hours and Serverless only), so a given amount is listed as
 * "no price" until `pricing refresh` (or a newer snapshot) brings the rate.
 */
import type { PricerContext, UsageKeyDefinition } from '../pricer.js';
import { num } from '../../model/properties.js';

export const BACKUP_STORAGE_KEY: UsageKeyDefinition<'backupStorageGB'> = {
  name: 'backupStorageGB',
  unit: 'GB (average over the month)',
  description: 'Snapshot storage beyond the one free backup (SnapshotRetentionLimit > 1)',
};

/** The price key the pricer names for backup storage (absent from the bundled data). */
export const CACHE_BACKUP_STORAGE = 'ElastiCache backup storage';

export function addBackupStorage(ctx: PricerContext): void {
  const retention = num(ctx.resource, 'SnapshotRetentionLimit') ?? 0;
  if (retention <= 1 && !ctx.usage.has(BACKUP_STORAGE_KEY.name)) return;
  if (!ctx.usage.has(BACKUP_STORAGE_KEY.name)) {
    ctx.note(`SnapshotRetentionLimit ${retention}: snapshots beyond the one free backup are billed per GB-month; give backupStorageGB`);
    return;
  }
  ctx.add({
    name: `Backup storage (beyond the free backup, ${retention} day${retention === 1 ? '' : 's'} kept)`,
    unit: 'GB-months',
    quantity: ctx.usage.number(BACKUP_STORAGE_KEY.name),
    price: { serviceCode: 'AmazonElastiCache', key: CACHE_BACKUP_STORAGE },
    usageBased: true,
    usageKeys: [BACKUP_STORAGE_KEY.name],
  });
}
