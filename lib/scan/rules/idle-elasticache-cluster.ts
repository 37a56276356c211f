/**
 * ElastiCache cluster that served no get or set commands over the lookback (Cloud Custodian
 * cache-cluster metrics filter). Its nodes bill every hour.
 */
import type { CacheClusterRecord } from '../datasets/elasticache-clusters.js';
import { zeroTrafficRule } from './zero-traffic-rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

const ELASTICACHE_COMMANDS: ThresholdDefinition = {
  key: 'elasticache.commands',
  default: 0,
  unit: 'commands',
  description: 'at most this many get + set commands over the lookback',
  source: 'Cloud Custodian cache-cluster metrics filter',
};

export const idleElasticacheCluster = zeroTrafficRule<CacheClusterRecord>({
  id: 'idle-elasticache-cluster',
  message: 'ElastiCache cluster with no get or set commands',
  dataset: 'cacheClusters',
  threshold: ELASTICACHE_COMMANDS,
  noun: 'commands',
  queries: (c) =>
    (c.engine === 'memcached' ? ['CmdGet', 'CmdSet'] : ['GetTypeCmds', 'SetTypeCmds']).map((metric) => ({
      namespace: 'AWS/ElastiCache',
      metric,
      dimensions: { CacheClusterId: c.resource.name },
      stat: 'Sum' as const,
    })),
  action: 'Delete the cluster (take a final snapshot if the data matters) if no client uses it any more.',
  idleUsage: {},
});
