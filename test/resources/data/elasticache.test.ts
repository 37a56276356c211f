/**
 * ElastiCache: node-hours for replication groups (cluster mode off and on) and cache clusters,
 * previous-generation nodes, Serverless storage minimum and ECPUs.
 */
import { describe, expect, it } from 'vitest';
import { cacheNodeKey } from '../../../lib/pricing/catalog-keys.js';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const EC = 'AmazonElastiCache';

describe('AWS::ElastiCache::ReplicationGroup', () => {
  it('cluster mode disabled: NumCacheClusters nodes', async () => {
    const g = resource(
      await priceInline(`
Resources:
  Group:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ReplicationGroupDescription: x, Engine: valkey, CacheNodeType: cache.r7g.large, NumCacheClusters: 3 }
`),
      'Group',
    );
    expectLine(component(g, 'Cache nodes (3 × cache.r7g.large, Valkey)'), 2190, unit(EC, cacheNodeKey('Valkey', 'cache.r7g.large')));
  });

  it('cluster mode enabled: shards × (replicas + 1)', async () => {
    const g = resource(
      await priceInline(`
Resources:
  Group:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ReplicationGroupDescription: x, Engine: redis, CacheNodeType: cache.m6g.large, NumNodeGroups: 3, ReplicasPerNodeGroup: 2 }
`),
      'Group',
    );
    expectLine(
      component(g, 'Cache nodes (9 × cache.m6g.large, Redis)'),
      d(9).times(730),
      unit(EC, cacheNodeKey('Redis', 'cache.m6g.large')),
    );
  });

  it('previous generation: cache.m3.medium resolves in us-east-1, "no price in eu-north-1" there', async () => {
    const template = `
Resources:
  Group:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ReplicationGroupDescription: x, Engine: redis, CacheNodeType: cache.m3.medium, NumCacheClusters: 2 }
`;
    expectLine(
      component(resource(await priceInline(template), 'Group'), 'Cache nodes'),
      1460,
      unit(EC, cacheNodeKey('Redis', 'cache.m3.medium')),
    );
    const north = resource(await priceInline(template, { region: 'eu-north-1' }), 'Group');
    expect(north.status).toBe('unsupported');
    const missing = `Cache nodes (2 × cache.m3.medium, Redis): no price for "${cacheNodeKey('Redis', 'cache.m3.medium')}"`;
    expect(north.reason).toContain(`${missing} (AmazonElastiCache) in eu-north-1; the AWS price data `);
  });

  it('an unresolvable node type is unsupported with the reference named', async () => {
    const g = resource(
      await priceInline(`
Resources:
  Group:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ReplicationGroupDescription: x, CacheNodeType: !ImportValue cache-type, NumCacheClusters: 2 }
`),
      'Group',
    );
    expect(g.status).toBe('unsupported');
    expect(g.reason).toContain('CacheNodeType is Fn::ImportValue cache-type');
  });
});

describe('AWS::ElastiCache::CacheCluster', () => {
  it('Memcached: NumCacheNodes × node-hours', async () => {
    const c = resource(
      await priceInline(`
Resources:
  Cache:
    Type: AWS::ElastiCache::CacheCluster
    Properties: { Engine: memcached, CacheNodeType: cache.t3.micro, NumCacheNodes: 2 }
`),
      'Cache',
    );
    expectLine(component(c, 'Cache nodes (2 × cache.t3.micro, Memcached)'), 1460, unit(EC, cacheNodeKey('Memcached', 'cache.t3.micro')));
  });
});

describe('AWS::ElastiCache::ServerlessCache', () => {
  const template = `
Resources:
  Cache:
    Type: AWS::ElastiCache::ServerlessCache
    Properties: { ServerlessCacheName: c, Engine: redis }
`;
  it('prices the minimum billed storage without usage and lists ECPUs as missing', async () => {
    const c = resource(await priceInline(template), 'Cache');
    expectLine(component(c, 'Data stored (Redis)'), 730, unit(EC, 'OnDemand ElastiCache Serverless Redis per GB-Hours'));
    expect(component(c, 'ElastiCache Processing Units').status).toBe('usage-missing');
    expect(c.missingUsage).toEqual(['monthlyECPUs']);
    expect(c.notes.join(' ')).toContain('1 GB minimum');
  });

  it('prices stored GB-hours and ECPUs from usage', async () => {
    const c = resource(await priceInline(template, { usage: { Cache: { averageDataStoredGB: 12, monthlyECPUs: 500000000 } } }), 'Cache');
    expectLine(component(c, 'Data stored'), d(12).times(730), unit(EC, 'OnDemand ElastiCache Serverless Redis per GB-Hours'));
    expectLine(
      component(c, 'ElastiCache Processing Units'),
      500000000,
      unit(EC, 'OnDemand ElastiCache Serverless Redis per ElastiCacheProcessingUnit'),
    );
  });
});
