/**
 * AWS::ElastiCache::ReplicationGroup — node-hours of every node: NumCacheClusters (cluster mode
 * disabled), or shards × (replicas + 1) (cluster mode enabled: NumNodeGroups and
 * ReplicasPerNodeGroup, or NodeGroupConfiguration).
 */
import type { Pricer } from '../pricer.js';
import { list, num, str } from '../properties.js';
import { readClass, whyUnknown } from './read-class.js';
import { addCacheNodes, cacheEngine } from './elasticache-node.js';

export const elasticacheReplicationGroup: Pricer = {
  types: ['AWS::ElastiCache::ReplicationGroup'],
  service: 'ElastiCache',
  serviceCodes: ['AmazonElastiCache'],
  usageKeys: [],
  price(ctx) {
    const r = ctx.resource;
    const engine = cacheEngine(str(r, 'Engine'));
    if (!engine) {
      ctx.unsupported(`engine ${str(r, 'Engine') ?? '?'} is not one ElastiCache prices (redis, valkey, memcached)`);
      return;
    }
    const nodeType = readClass(ctx, 'CacheNodeType', 'Node hours');
    if (!nodeType) {
      ctx.unsupported(`node type unknown: ${whyUnknown(ctx, 'CacheNodeType')}`);
      return;
    }
    const shardConfigs = list(r, 'NodeGroupConfiguration');
    const shards = num(r, 'NumNodeGroups') ?? shardConfigs?.length;
    if (shards !== undefined && (num(r, 'NumCacheClusters') === undefined)) {
      // Cluster mode enabled: every shard has one primary and its replicas.
      const replicasEach = num(r, 'ReplicasPerNodeGroup');
      let nodes = 0;
      if (shardConfigs && replicasEach === undefined) {
        for (const shard of shardConfigs) nodes += 1 + (num(shard as Record<string, unknown>, 'ReplicaCount') ?? 1);
      } else {
        nodes = shards * (1 + (replicasEach ?? 1));
      }
      if (replicasEach === undefined && !shardConfigs) ctx.note('ReplicasPerNodeGroup not set: 1 replica per shard, the ElastiCache default');
      addCacheNodes(ctx, engine, nodeType, nodes, `${shards} shard${shards > 1 ? 's' : ''} (primary + replicas: ${nodes} nodes)`);
      return;
    }
    const clusters = num(r, 'NumCacheClusters') ?? list(r, 'PreferredCacheClusterAZs')?.length;
    if (clusters === undefined) ctx.note('NumCacheClusters not set: 1 node (a primary without replicas)');
    addCacheNodes(ctx, engine, nodeType, clusters ?? 1);
  },
};
