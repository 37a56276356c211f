/**
 * ElastiCache node-hours, shared by replication groups and cache clusters: price key
 * "CacheNode:<Engine>:<nodeType>" (Engine Redis, Valkey or Memcached as the price data names them).
 */
import { Decimal } from '../../money.js';
import type { PricerContext } from '../pricer.js';
import { cacheNodeKey, type CacheEngine } from '../../pricing/catalog-keys.js';
import { HOURS_PER_MONTH, fmt } from '../../quantities.js';
import { str } from '../../model/properties.js';
import { readClass, whyUnknown } from './read-class.js';

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

/** Engine and node type of a cache cluster or replication group; says why on the resource when either is unknown. */
export function readCacheNode(ctx: PricerContext): { engine: CacheEngine; nodeType: string } | undefined {
  const engine = cacheEngine(str(ctx.resource, 'Engine'));
  if (!engine) {
    ctx.unsupported(`engine ${str(ctx.resource, 'Engine') ?? '?'} is not one ElastiCache prices (redis, valkey, memcached)`);
    return undefined;
  }
  const nodeType = readClass(ctx, 'CacheNodeType', 'Node hours');
  if (!nodeType) {
    ctx.unsupported(`node type unknown: ${whyUnknown(ctx, 'CacheNodeType')}`);
    return undefined;
  }
  return { engine, nodeType };
}
