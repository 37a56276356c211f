/**
 * AWS::ElastiCache::CacheCluster — NumCacheNodes × node-hours (Memcached clusters have several
 * nodes; a Redis/Valkey cache cluster has one).
 */
import type { Pricer } from '../pricer.js';
import { num } from '../properties.js';
import { addCacheNodes, readCacheNode } from './elasticache-node.js';

export const elasticacheCacheCluster: Pricer = {
  types: ['AWS::ElastiCache::CacheCluster'],
  service: 'ElastiCache',
  serviceCodes: ['AmazonElastiCache'],
  usageKeys: [],
  price(ctx) {
    const r = ctx.resource;
    const node = readCacheNode(ctx);
    if (!node) return;
    const { engine, nodeType } = node;
    addCacheNodes(ctx, engine, nodeType, num(r, 'NumCacheNodes') ?? 1);
  },
};
