/**
 * AWS::Neptune::DBInstance — instance-hours by class ("NeptuneInstance:<dbClass>", or the
 * I/O-Optimized rate when its cluster's StorageType is iopt1). Serverless instances (db.serverless)
 * bill Neptune Capacity Unit hours from usage.
 */
import { neptuneInstanceKey } from '../../pricing/catalog-keys.js';
import { referencedResource } from '../../model/find-resources.js';
import { definePricer } from '../pricer.js';
import { str } from '../../model/properties.js';
import { HOURS_PER_MONTH, fmt, monthlyHours } from '../../quantities.js';
import { readClass, whyUnknown } from './read-class.js';
import { neptuneIoOptimized } from './neptune-db-cluster.js';

export const neptuneDbInstance = definePricer({
  types: ['AWS::Neptune::DBInstance'],
  service: 'Neptune',
  serviceCodes: ['AmazonNeptune'],
  usageKeys: [
    { name: 'averageNCUs', unit: 'NCUs', description: 'Average Neptune capacity units of a db.serverless instance over the month' },
  ],
  price(ctx) {
    const r = ctx.resource;
    const dbClass = readClass(ctx, 'DBInstanceClass', 'Instance hours');
    if (!dbClass) {
      ctx.unsupported(`instance class unknown: ${whyUnknown(ctx, 'DBInstanceClass')}`);
      return;
    }
    const cluster = referencedResource(ctx.architecture, r, r.properties.DBClusterIdentifier);
    const ioOptimized = cluster ? neptuneIoOptimized(str(cluster, 'StorageType')) : false;
    if (dbClass === 'db.serverless') {
      const ncus = ctx.usage.number('averageNCUs');
      ctx.add({
        name: `Serverless capacity${ioOptimized ? ' (I/O-Optimized)' : ''}`,
        unit: 'NCU-hours',
        quantity: ncus?.times(HOURS_PER_MONTH),
        price: { serviceCode: 'AmazonNeptune', key: ioOptimized ? 'IO optimized Serverless General Purpose-Aurora' : 'Serverless' },
        usageBased: true,
        usageKeys: ['averageNCUs'],
        ...(ncus ? { formula: `${fmt(ncus)} NCUs × 730 h` } : {}),
      });
      return;
    }
    ctx.add({
      name: `Database instance (${dbClass}${ioOptimized ? ', I/O-Optimized' : ''})`,
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: 'AmazonNeptune', key: neptuneInstanceKey(dbClass, ioOptimized) },
      usageBased: false,
    });
  },
});
