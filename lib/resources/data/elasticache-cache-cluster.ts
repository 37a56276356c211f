/**
 * AWS::ElastiCache::CacheCluster — NumCacheNodes × node-hours (Memcached clusters have several
 * nodes; a Redis/Valkey cache cluster has one); snapshot storage beyond the free backup.
 */
import { definePricer } from '../pricer.js';
import { num } from '../../model/properties.js';
import { BACKUP_STORAGE_KEY, addBackupStorage } from './elasticache-backup.js';
import { addCacheNodes, readCacheNode } from './elasticache-node.js';

export const elasticacheCacheCluster = definePricer({
  types: ['AWS::ElastiCache::CacheCluster'],
  service: 'ElastiCache',
  serviceCodes: ['AmazonElastiCache'],
  usageKeys: [BACKUP_STORAGE_KEY],
  price(ctx) {
    const r = ctx.resource;
    const node = readCacheNode(ctx);
    if (!node) return;
    addBackupStorage(ctx);
    const { engine, nodeType } = node;
    addCacheNodes(ctx, engine, nodeType, num(r, 'NumCacheNodes') ?? 1);
  },
});
