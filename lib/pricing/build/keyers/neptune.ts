/**
 * Neptune instance-hours (metered-unit-maps/neptune.json) under `NeptuneInstance:<dbClass>` and
 * `NeptuneInstance-IOOptimized:<dbClass>`. Which one is told by the set of the opaque entries
 * ("Neptune … Current Generation" vs "Neptune IO optimized …") or by the readable name, which
 * starts the same way; the class is the "Instance Type" attribute.
 */
import { neptuneInstanceKey } from '../../catalog-keys.js';
import { readableNames, type MeteredKeyer } from '../read-metered.js';

export const neptuneKeyer: MeteredKeyer = (entryKey, rate, setOf) => {
  const dbClass = rate['Instance Type'];
  const described = setOf(entryKey) ?? entryKey;
  if (dbClass?.startsWith('db.') && described.startsWith('Neptune ')) {
    return neptuneInstanceKey(dbClass, described.startsWith('Neptune IO optimized '));
  }
  return readableNames(entryKey, rate, setOf);
};
