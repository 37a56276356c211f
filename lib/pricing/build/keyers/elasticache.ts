/**
 * ElastiCache node-hours (metered-unit-maps/elasticache.json) under `CacheNode:<Engine>:<nodeType>`.
 * The engine is in the readable rate name ("… cache r5.large Redis Current Generation") and in the
 * set name of the opaque entries ("OnDemand Cache Instance Memory optimized Redis …"); the node type
 * is the entry's "Instance Type" attribute. Serverless and other rates keep their readable names.
 */
import { CACHE_ENGINES, cacheNodeKey, type CacheEngine } from '../../catalog-keys.js';
import { readableNames, type MeteredKeyer } from '../read-metered.js';

export const elastiCacheKeyer: MeteredKeyer = (entryKey, rate, setOf) => {
  const nodeType = rate['Instance Type'];
  const described = setOf(entryKey) ?? entryKey;
  if (nodeType?.startsWith('cache.') && described.startsWith('OnDemand Cache Instance')) {
    const engine = engineIn(described);
    if (engine) return cacheNodeKey(engine, nodeType);
  }
  return readableNames(entryKey, rate, setOf);
};

function engineIn(text: string): CacheEngine | undefined {
  return CACHE_ENGINES.find((engine) => new RegExp(`\\b${engine}\\b`).test(text));
}
