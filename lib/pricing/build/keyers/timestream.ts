/**
 * Timestream for InfluxDB instance-hours (metered-unit-maps/timestream.json) under
 * `InfluxDBInstance:<Single-AZ|Multi-AZ|Cluster>:<dbClass>`, from the set names
 * ("Database Instance InfluxDB No license required Multi-AZ") or the readable rate names, which end
 * with the deployment. Timestream LiveAnalytics rates (ingestion, stores, queries) keep their names.
 */
import { INFLUXDB_DEPLOYMENTS, influxDbInstanceKey } from '../../catalog-keys.js';
import { readableNames, type MeteredKeyer } from '../read-metered.js';

export const timestreamKeyer: MeteredKeyer = (entryKey, rate, setOf) => {
  const dbClass = rate['Instance Type'];
  const described = setOf(entryKey) ?? entryKey;
  if (dbClass?.startsWith('db.influx.') && described.startsWith('Database Instance InfluxDB')) {
    const deployment = INFLUXDB_DEPLOYMENTS.find((d) => described.endsWith(` ${d}`));
    if (deployment) return influxDbInstanceKey(deployment, dbClass);
  }
  return readableNames(entryKey, rate, setOf);
};
