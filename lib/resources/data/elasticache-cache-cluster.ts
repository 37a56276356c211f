/**
 * AWS::ElastiCache::CacheCluster — NumCacheNodes × node-hours (Memcached clusters have several
 * nodes; a Redis/Valkey cache cluster has one).
 */
import type { Pricer } from '../pricer.js';
import { num, str } from '../properties.js';
import { readClass, whyUnknown } from './read-class.js';
import { addCacheNodes, cacheEngine } from './elasticache-node.js';

export const elasticacheCacheCluster: Pricer = {
  types: ['AWS::ElastiCache::CacheCluster'],
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
    addCacheNodes(ctx, engine, nodeType, num(r, 'NumCacheNodes') ?? 1);
  },
};
