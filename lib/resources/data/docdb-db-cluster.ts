/**
 * AWS::DocDB::DBCluster — storage (standard or I/O-Optimized, StorageType iopt1), I/O requests
 * (standard only) and backup storage from usage; its instances are priced on their own
 * AWS::DocDB::DBInstance lines. AWS::DocDBElastic::Cluster — vCPU-hours of its shards
 * (ShardCapacity vCPUs × ShardCount × ShardInstanceCount) and storage.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { addWhenGiven } from '../optional-usage-line.js';
import { num, str } from '../../model/properties.js';
import { HOURS_PER_MONTH } from '../../quantities.js';

const DOCDB = 'AmazonDocDB';

export const docdbIoOptimized = (storageType: string | undefined): boolean => storageType === 'iopt1';

export const docdbDbCluster = definePricer({
  types: ['AWS::DocDB::DBCluster'],
  service: 'DocumentDB',
  serviceCodes: [DOCDB],
  usageKeys: [
    { name: 'storageGB', unit: 'GB', description: 'Data stored in the cluster volume' },
    { name: 'monthlyIORequests', unit: 'requests/month', description: 'I/O requests (standard storage; I/O-Optimized has none)' },
    { name: 'backupStorageGB', unit: 'GB', description: 'Backup storage beyond the free allowance (100% of the cluster storage)' },
  ],
  price(ctx) {
    const ioOptimized = docdbIoOptimized(str(ctx.resource, 'StorageType'));
    ctx.add({
      name: `Storage (${ioOptimized ? 'I/O-Optimized' : 'standard'})`,
      unit: 'GB-months',
      quantity: ctx.usage.number('storageGB'),
      price: { serviceCode: DOCDB, key: ioOptimized ? 'Database Storage IO-Optimized-DocDB' : 'Database Storage' },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
    if (ioOptimized) ctx.note('I/O-Optimized: no charge per I/O request; instances bill the I/O-Optimized rates');
    else {
      ctx.add({
        name: 'I/O requests',
        unit: 'requests',
        quantity: ctx.usage.number('monthlyIORequests'),
        price: { serviceCode: DOCDB, key: '1 million IO requests' },
        usageBased: true,
        usageKeys: ['monthlyIORequests'],
      });
    }
    addWhenGiven(ctx, 'backupStorageGB', {
      name: 'Backup storage',
      unit: 'GB-months',
      price: { serviceCode: DOCDB, key: 'Storage Snapshot' },
    });
  },
});

export const docdbElasticCluster = definePricer({
  types: ['AWS::DocDBElastic::Cluster'],
  service: 'DocumentDB',
  serviceCodes: [DOCDB],
  usageKeys: [{ name: 'storageGB', unit: 'GB', description: 'Data stored in the elastic cluster' }],
  price(ctx) {
    const r = ctx.resource;
    const capacity = num(r, 'ShardCapacity');
    const shards = num(r, 'ShardCount');
    const copies = num(r, 'ShardInstanceCount') ?? 2; // CloudFormation default: a primary and one replica
    if (capacity === undefined || shards === undefined) {
      ctx.note('vCPU-hours not priced: ShardCapacity or ShardCount is not known before deployment');
    } else {
      const vcpus = new Decimal(capacity).times(shards).times(copies);
      ctx.add({
        name: `Elastic cluster vCPUs (${shards} shards × ${copies} instances × ${capacity} vCPUs)`,
        unit: 'vCPU-hours',
        quantity: vcpus.times(HOURS_PER_MONTH),
        price: { serviceCode: DOCDB, key: 'Database Utilization CreateCluster' },
        usageBased: false,
        formula: `${vcpus.toFixed()} vCPUs × 730 h`,
      });
    }
    ctx.add({
      name: 'Elastic cluster storage',
      unit: 'GB-months',
      quantity: ctx.usage.number('storageGB'),
      price: { serviceCode: DOCDB, key: 'Database Storage CreateCluster' },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
  },
});
