/**
 * AWS::DocDB::DBInstance — instance-hours by class, at the I/O-Optimized rate when its cluster's
 * StorageType is iopt1. The data names them "OnDemand-instancetype-<class>" ("… IO-Optimized-DocDB"),
 * and the NVMe-backed r6gd classes "OnDemand-instancetype-<class> NVMe SSD" ("… NVMe SSD IO-Optimized").
 */
import { referencedResource } from '../../model/find-resources.js';
import { definePricer } from '../pricer.js';
import { str } from '../../model/properties.js';
import { monthlyHours } from '../../quantities.js';
import { readClass, whyUnknown } from './read-class.js';
import { docdbIoOptimized } from './docdb-db-cluster.js';

export function docdbInstanceKey(dbClass: string, ioOptimized: boolean): `OnDemand-instancetype-${string}` {
  if (dbClass.startsWith('db.r6gd.')) return `OnDemand-instancetype-${dbClass} NVMe SSD${ioOptimized ? ' IO-Optimized' : ''}`;
  return `OnDemand-instancetype-${dbClass}${ioOptimized ? ' IO-Optimized-DocDB' : ''}`;
}

export const docdbDbInstance = definePricer({
  types: ['AWS::DocDB::DBInstance'],
  service: 'DocumentDB',
  serviceCodes: ['AmazonDocDB'],
  usageKeys: [],
  price(ctx) {
    const dbClass = readClass(ctx, 'DBInstanceClass', 'Instance hours');
    if (!dbClass) {
      ctx.unsupported(`instance class unknown: ${whyUnknown(ctx, 'DBInstanceClass')}`);
      return;
    }
    const cluster = referencedResource(ctx.architecture, ctx.resource, ctx.resource.properties.DBClusterIdentifier);
    const ioOptimized = cluster ? docdbIoOptimized(str(cluster, 'StorageType')) : false;
    if (!cluster) ctx.note('cluster outside this template: priced at the standard (not I/O-Optimized) rate');
    ctx.add({
      name: `Database instance (${dbClass}${ioOptimized ? ', I/O-Optimized' : ''})`,
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: 'AmazonDocDB', key: docdbInstanceKey(dbClass, ioOptimized) },
      usageBased: false,
    });
  },
});
