/**
 * ElastiCache snapshot storage: SnapshotRetentionLimit > 1 asks for backupStorageGB; a given amount
 * is a line naming its price, which the bundled AWS data does not have — the resource says so
 * (unsupported, "no price") instead of adding $0, while its node-hours stay priced.
 */
import { describe, expect, it } from 'vitest';
import { cacheNodeKey } from '../../../lib/pricing/catalog-keys.js';
import { component, expectLine, priceInline, resource, unit } from '../price-inline.js';

const group = (retention: number) => `
Resources:
  Group:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: x
      Engine: redis
      CacheNodeType: cache.r7g.large
      NumCacheClusters: 2
      SnapshotRetentionLimit: ${retention}
`;

describe('ElastiCache backup storage', () => {
  it('retention of 1 day (the free backup): no backup line, no note', async () => {
    const g = resource(await priceInline(group(1)), 'Group');
    expect(g.components.map((c) => c.name)).toEqual(['Cache nodes (2 × cache.r7g.large, Redis)']);
    expect(g.notes.join('\n')).not.toContain('backupStorageGB');
  });

  it('retention of 7 days without usage: a note asks for backupStorageGB', async () => {
    const g = resource(await priceInline(group(7)), 'Group');
    expect(g.status).toBe('priced');
    expect(g.notes.join('\n')).toContain('SnapshotRetentionLimit 7: snapshots beyond the one free backup are billed per GB-month');
    expect(g.notes.join('\n')).toContain('give backupStorageGB');
  });

  it('backupStorageGB given: the line names the backup storage price the bundled data lacks', async () => {
    const g = resource(await priceInline(group(7), { usage: { Group: { backupStorageGB: 40 } } }), 'Group');
    const backup = component(g, 'Backup storage (beyond the free backup, 7 days kept)');
    expect(backup.status).toBe('no-price');
    expect(backup.quantity).toBe('40');
    expect(g.status).toBe('unsupported');
    expect(g.reason).toContain('no price for "ElastiCache backup storage" (AmazonElastiCache) in any region of the AWS price data');
    expectLine(component(g, 'Cache nodes'), 1460, unit('AmazonElastiCache', cacheNodeKey('Redis', 'cache.r7g.large')));
  });
});
