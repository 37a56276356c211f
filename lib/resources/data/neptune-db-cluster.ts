/**
 * AWS::Neptune::DBCluster — storage (standard or I/O-Optimized) and I/O requests from usage; its
 * instances are priced on their own AWS::Neptune::DBInstance lines.
 */
import { referencing } from '../../model/find-resources.js';
import { definePricer } from '../pricer.js';
import { addWhenGiven } from '../optional-usage-line.js';
import { str } from '../../model/properties.js';

export function neptuneIoOptimized(storageType: string | undefined): boolean {
  return storageType === 'iopt1';
}

export const neptuneDbCluster = definePricer({
  types: ['AWS::Neptune::DBCluster'],
  service: 'Neptune',
  serviceCodes: ['AmazonNeptune'],
  usageKeys: [
    { name: 'storageGB', unit: 'GB', description: 'Graph data stored' },
    { name: 'monthlyIORequests', unit: 'requests/month', description: 'I/O requests (standard storage; I/O-Optimized has none)' },
    { name: 'backupStorageGB', unit: 'GB', description: 'Backup storage beyond the free allowance' },
  ],
  price(ctx) {
    const r = ctx.resource;
    const ioOptimized = neptuneIoOptimized(str(r, 'StorageType'));
    const members = referencing(ctx.architecture, r, 'AWS::Neptune::DBInstance', 'DBClusterIdentifier');
    ctx.note(
      members.length
        ? `instances priced on their own lines: ${members.map((m) => m.logicalId).join(', ')}`
        : 'no AWS::Neptune::DBInstance in this template joins the cluster: its instance hours are not here',
    );
    ctx.add({
      name: `Storage (${ioOptimized ? 'I/O-Optimized' : 'standard'})`,
      unit: 'GB-months',
      quantity: ctx.usage.number('storageGB'),
      price: { serviceCode: 'AmazonNeptune', key: ioOptimized ? 'IO optimized Storage Rate General Purpose-Aurora' : 'Storage Rate' },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
    if (!ioOptimized) {
      ctx.add({
        name: 'I/O requests',
        unit: 'requests',
        quantity: ctx.usage.number('monthlyIORequests'),
        price: { serviceCode: 'AmazonNeptune', key: 'IO Rate' },
        usageBased: true,
        usageKeys: ['monthlyIORequests'],
      });
    }
    addWhenGiven(ctx, 'backupStorageGB', {
      name: 'Backup storage beyond the free allowance',
      unit: 'GB-months',
      price: { serviceCode: 'AmazonNeptune', key: 'Storage Snapshot Rate' },
    });
  },
});
