/**
 * AWS::ElastiCache::ServerlessCache — data stored (GB-hours, with a minimum billed amount) and
 * ElastiCache Processing Units (ECPUs) from usage.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { num, str } from '../../model/properties.js';
import { HOURS_PER_MONTH, fmt } from '../../quantities.js';
import { cacheEngine } from './elasticache-node.js';

/** Least data storage billed per hour (ElastiCache Serverless pricing): Valkey 100 MB, others 1 GB. */
function minimumStorageGb(engine: string): Decimal {
  return new Decimal(engine === 'Valkey' ? '0.1' : '1');
}

export const elasticacheServerlessCache = definePricer({
  types: ['AWS::ElastiCache::ServerlessCache'],
  service: 'ElastiCache',
  serviceCodes: ['AmazonElastiCache'],
  usageKeys: [
    { name: 'averageDataStoredGB', unit: 'GB', description: 'Average data stored over the month' },
    { name: 'monthlyECPUs', unit: 'ECPUs/month', description: 'ElastiCache Processing Units consumed by reads and writes' },
  ],
  price(ctx) {
    const r = ctx.resource;
    const engine = cacheEngine(str(r, 'Engine'));
    if (!engine) {
      ctx.unsupported(`engine ${str(r, 'Engine') ?? '?'} is not one ElastiCache Serverless offers (redis, valkey, memcached)`);
      return;
    }
    const configuredMin = num(r, 'CacheUsageLimits.DataStorage.Minimum');
    const floor = Decimal.max(minimumStorageGb(engine), configuredMin ?? 0);
    let stored: Decimal;
    if (ctx.usage.has('averageDataStoredGB')) stored = Decimal.max(ctx.usage.number('averageDataStoredGB')!, floor);
    else {
      stored = floor;
      ctx.note(
        `data storage priced at the ${fmt(floor)} GB minimum ` +
          `billed${configuredMin !== undefined ? ' (CacheUsageLimits.DataStorage.Minimum)' : ''}; give averageDataStoredGB`,
      );
    }
    ctx.add({
      name: `Data stored (${engine})`,
      unit: 'GB-hours',
      quantity: stored.times(HOURS_PER_MONTH),
      price: { serviceCode: 'AmazonElastiCache', key: `OnDemand ElastiCache Serverless ${engine} per GB-Hours` },
      usageBased: true,
      usageKeys: ['averageDataStoredGB'],
      formula: `${fmt(stored)} GB × 730 h`,
    });
    ctx.add({
      name: `ElastiCache Processing Units (${engine})`,
      unit: 'ECPUs',
      quantity: ctx.usage.number('monthlyECPUs'),
      price: { serviceCode: 'AmazonElastiCache', key: `OnDemand ElastiCache Serverless ${engine} per ElastiCacheProcessingUnit` },
      usageBased: true,
      usageKeys: ['monthlyECPUs'],
    });
  },
});
