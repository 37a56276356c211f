/**
 * MemoryDB node-hours (metered-unit-maps/memorydb.json) under `MemoryDBNode:<Redis|Valkey>:<nodeType>`,
 * from the readable names "db r6g.large Valkey Memory optimized", "db r6gd.xlarge Memory optimized
 * Redis datatiering" (a name without an engine is the Redis OSS rate, same rate code). Data written,
 * snapshot storage and other rates keep their readable names.
 */
import { memoryDbNodeKey } from '../../catalog-keys.js';
import { isReadableName, readableNames, type MeteredKeyer } from '../read-metered.js';

const NODE_RATE = /^db (\S+) .*\b(?:Memory optimized|General purpose)\b/;

export const memoryDbKeyer: MeteredKeyer = (entryKey, rate, setOf) => {
  const node = isReadableName(entryKey, rate) ? NODE_RATE.exec(entryKey)?.[1] : undefined;
  if (node) return memoryDbNodeKey(/\bValkey\b/.test(entryKey) ? 'Valkey' : 'Redis', `db.${node}`);
  return readableNames(entryKey, rate, setOf);
};
