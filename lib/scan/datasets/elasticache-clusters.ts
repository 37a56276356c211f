/**
 * ElastiCache clusters (DescribeCacheClusters): node type, node count and engine.
 */
import { allPages, liveResource, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface CacheClusterRecord {
  resource: LiveResource;
  engine: string;
}

export const cacheClustersDataset: Dataset<CacheClusterRecord[]> = {
  service: 'elasticache',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['elasticache:DescribeCacheClusters'],
  async load({ region, clients }) {
    const { ElastiCacheClient, paginateDescribeCacheClusters } = await import('@aws-sdk/client-elasticache');
    const client = clients.get(ElastiCacheClient, region);
    return (await allPages(paginateDescribeCacheClusters({ client }, {})))
      .flatMap((p) => p.CacheClusters ?? [])
      .map((c) => ({
        resource: liveResource({
          id: c.ARN ?? c.CacheClusterId!,
          name: c.CacheClusterId!,
          type: 'AWS::ElastiCache::CacheCluster',
          region,
          ...(c.CacheClusterCreateTime ? { createdAt: c.CacheClusterCreateTime } : {}),
          physicalIds: [c.CacheClusterId!],
          properties: { CacheNodeType: c.CacheNodeType, NumCacheNodes: c.NumCacheNodes ?? 1, Engine: c.Engine },
        }),
        engine: c.Engine ?? 'redis',
      }));
  },
};
