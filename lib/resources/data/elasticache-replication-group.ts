/**
 * AWS::ElastiCache::ReplicationGroup — node-hours of every node: NumCacheClusters (cluster mode
 * disabled), or shards × (replicas + 1) (cluster mode enabled: NumNodeGroups and
 * ReplicasPerNodeGroup, or NodeGroupConfiguration); snapshot storage beyond the free backup.
 */
import { definePricer } from '../pricer.js';
import { list, num } from '../../model/properties.js';
import { BACKUP_STORAGE_KEY, addBackupStorage } from './elasticache-backup.js';
import { addCacheNodes, readCacheNode } from './elasticache-node.js';

export const elasticacheReplicationGroup = definePricer({
  types: ['AWS::ElastiCache::ReplicationGroup'],
  service: 'ElastiCache',
  serviceCodes: ['AmazonElastiCache'],
  usageKeys: [BACKUP_STORAGE_KEY],
  price(ctx) {
    const r = ctx.resource;
    const node = readCacheNode(ctx);
    if (!node) return;
    addBackupStorage(ctx);
    const { engine, nodeType } = node;
    const shardConfigs = list(r, 'NodeGroupConfiguration');
    const shards = num(r, 'NumNodeGroups') ?? shardConfigs?.length;
    if (shards !== undefined && num(r, 'NumCacheClusters') === undefined) {
      // Cluster mode enabled: every shard has one primary and its replicas.
      const replicasEach = num(r, 'ReplicasPerNodeGroup');
      let nodes = 0;
      if (shardConfigs && replicasEach === undefined) {
        for (const shard of shardConfigs) nodes += 1 + (num(shard as Record<string, unknown>, 'ReplicaCount') ?? 1);
      } else {
        nodes = shards * (1 + (replicasEach ?? 1));
      }
      if (replicasEach === undefined && !shardConfigs)
        ctx.note('ReplicasPerNodeGroup not set: 1 replica per shard, the ElastiCache default');
      addCacheNodes(ctx, engine, nodeType, nodes, `${shards} shard${shards > 1 ? 's' : ''} (primary + replicas: ${nodes} nodes)`);
      return;
    }
    const clusters = num(r, 'NumCacheClusters') ?? list(r, 'PreferredCacheClusterAZs')?.length;
    if (clusters === undefined) ctx.note('NumCacheClusters not set: 1 node (a primary without replicas)');
    addCacheNodes(ctx, engine, nodeType, clusters ?? 1);
  },
});
