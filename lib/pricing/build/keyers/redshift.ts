/**
 * Redshift provisioned node-hours (metered-unit-maps/redshift.json) under `RedshiftNode:<nodeType>`:
 * the "OnDemand Compute Instance" rates ("dc2 large OnDemand Compute Instance Current Generation"
 * and the opaque entries of that set). Concurrency-scaling rates also carry an instance type but are
 * per-second charges of another kind: they keep their readable names.
 */
import { redshiftNodeKey } from '../../catalog-keys.js';
import { readableNames, type MeteredKeyer } from '../read-metered.js';

export const redshiftKeyer: MeteredKeyer = (entryKey, rate, setOf) => {
  const nodeType = rate['Instance Type'];
  const described = setOf(entryKey) ?? entryKey;
  if (nodeType && /\bOnDemand Compute Instance\b/.test(described)) return redshiftNodeKey(nodeType);
  return readableNames(entryKey, rate, setOf);
};
