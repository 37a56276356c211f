/**
 * EBS snapshots are not a CloudFormation resource, so the estimate has no pricer for them; the scan
 * finds them, and prices them the same way: a Pricer (the estimate's contract) naming the AmazonEC2
 * snapshot storage price, run by the estimate engine against the same PriceBook. "AWS::EC2::Snapshot"
 * is the scan's own name for the type.
 */
import { definePricer } from '../../resources/pricer.js';
import { str } from '../../model/properties.js';

export const ebsSnapshotPricer = definePricer({
  types: ['AWS::EC2::Snapshot'],
  service: 'EBS snapshots',
  serviceCodes: ['AmazonEC2'],
  usageKeys: [{ name: 'storageGB', unit: 'GB', description: 'Snapshot data stored' }],
  price(ctx) {
    const archive = str(ctx.resource, 'StorageTier') === 'archive';
    ctx.add({
      name: archive ? 'Snapshot storage (archive tier)' : 'Snapshot storage',
      unit: 'GB-months',
      quantity: ctx.usage.number('storageGB'),
      price: {
        serviceCode: 'AmazonEC2',
        key: archive ? 'Storage Snapshot Amazon S3 SnapshotArchiveStorage GB Mo' : 'Storage Snapshot Amazon S3 GB Mo',
      },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
  },
});
