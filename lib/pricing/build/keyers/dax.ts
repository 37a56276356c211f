/**
 * DynamoDB Accelerator node-hours (metered-unit-maps/dax.json) under `DAXNode:<nodeType>`. The older
 * types have readable names ("r5.large - Hourly Cost"), the r7i types only opaque entries of the set
 * "instanceType-unit": the node type is the "Instance Type" attribute of both.
 */
import { daxNodeKey } from '../../catalog-keys.js';
import { readableNames, type MeteredKeyer } from '../read-metered.js';

export const daxKeyer: MeteredKeyer = (entryKey, rate, setOf) => {
  const nodeType = rate['Instance Type'];
  const described = setOf(entryKey) ?? entryKey;
  if (nodeType && (described === 'instanceType-unit' || described.endsWith(' - Hourly Cost'))) return daxNodeKey(nodeType);
  return readableNames(entryKey, rate, setOf);
};
