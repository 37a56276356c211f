/**
 * ElastiCache node-hours, shared by replication groups and cache clusters: price key
 * "CacheNode:<Engine>:<nodeType>" (Engine Redis, Valkey or Memcached as the price data names them).
 */
import { Decimal } from '../../money.js';
import type { PricerContext } from '../pricer.js';
import { cacheNodeKey, type CacheEngine } from '../../pricing/catalog-keys.js';
import { HOURS_PER_MONTH, fmt } from '../quantities.js';

const ENGINES: Record<string, CacheEngine> = { redis: 'Redis', valkey: 'Valkey', memcached: 'Memcached' };

/** Price-data engine name for a CloudFormation Engine value (default Redis, as CloudFormation's). */
export function cacheEngine(engine: string | undefined): CacheEngine | undefined {
  return ENGINES[(engine ?? 'redis').toLowerCase()];
}

export function addCacheNodes(ctx: PricerContext, engine: CacheEngine, nodeType: string, nodes: number, formula?: string): void {
  ctx.add({
    name: `Cache nodes (${nodes} × ${nodeType}, ${engine})`,
    unit: 'hours',
    quantity: HOURS_PER_MONTH.times(new Decimal(nodes)),
    price: { serviceCode: 'AmazonElastiCache', key: cacheNodeKey(engine, nodeType) },
    usageBased: false,
    formula: `${formula ?? `${fmt(nodes)} nodes`} × 730 h`,
  });
}
