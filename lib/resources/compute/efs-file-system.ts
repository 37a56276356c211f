/**
 * AWS::EFS::FileSystem — storage by class (Standard, Infrequent Access, Archive; One Zone when
 * AvailabilityZoneName is set), reads and writes billed per GB (Elastic throughput, and reads from
 * the IA/Archive classes), and Provisioned throughput above what Standard storage earns.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { num, str } from '../../model/properties.js';
import { fmt, times } from '../../quantities.js';
import { addWhenGiven } from '../optional-usage-line.js';

/** Bursting/baseline throughput Standard storage earns: 50 KiB/s per GiB (EFS performance guide). */
const BASELINE_KIBPS_PER_GB = 50;

export const efsFileSystem = definePricer({
  types: ['AWS::EFS::FileSystem'],
  service: 'EFS',
  serviceCodes: ['AmazonEFS'],
  usageKeys: [
    { name: 'storageGB', unit: 'GB', description: 'Average data stored in the Standard (or One Zone) class' },
    { name: 'infrequentAccessStorageGB', unit: 'GB', description: 'Average data stored in Infrequent Access (lifecycle-managed)' },
    { name: 'archiveStorageGB', unit: 'GB', description: 'Average data stored in Archive' },
    { name: 'monthlyInfrequentAccessReadGB', unit: 'GB/month', description: 'Data read from Infrequent Access' },
    { name: 'monthlyReadGB', unit: 'GB/month', description: 'Data read (Elastic throughput mode)' },
    { name: 'monthlyWriteGB', unit: 'GB/month', description: 'Data written (Elastic throughput mode)' },
  ],
  price(ctx) {
    const r = ctx.resource;
    const oneZone = str(r, 'AvailabilityZoneName') !== undefined;
    const mode = str(r, 'ThroughputMode') ?? 'bursting';
    const standard = ctx.usage.number('storageGB');
    ctx.add({
      name: oneZone ? 'One Zone storage' : 'Standard storage',
      unit: 'GB-months',
      quantity: standard,
      price: { serviceCode: 'AmazonEFS', key: oneZone ? 'One Zone General Purpose Storage GB Mo' : 'General Purpose Storage GB Mo' },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
    addWhenGiven(ctx, 'infrequentAccessStorageGB', {
      name: oneZone ? 'One Zone-IA storage' : 'Infrequent Access storage',
      unit: 'GB-months',
      price: { serviceCode: 'AmazonEFS', key: oneZone ? 'One Zone Infrequent Access Storage GB Mo' : 'Infrequent Access Storage GB Mo' },
    });
    addWhenGiven(ctx, 'archiveStorageGB', {
      name: 'Archive storage',
      unit: 'GB-months',
      price: { serviceCode: 'AmazonEFS', key: 'Archive Storage GB Mo' },
    });
    addWhenGiven(ctx, 'monthlyInfrequentAccessReadGB', {
      name: 'Infrequent Access reads',
      unit: 'GB',
      price: { serviceCode: 'AmazonEFS', key: 'Infrequent Access Requests Read per GB' },
    });
    if (mode === 'elastic') {
      for (const [key, name, price] of [
        ['monthlyReadGB', 'Elastic throughput reads', 'EFS Storage Requests Read per GB'],
        ['monthlyWriteGB', 'Elastic throughput writes', 'EFS Storage Requests Write per GB'],
      ] as const) {
        ctx.add({
          name,
          unit: 'GB',
          quantity: ctx.usage.number(key),
          price: { serviceCode: 'AmazonEFS', key: price },
          usageBased: true,
          usageKeys: [key],
        });
      }
    }
    if (mode === 'provisioned') {
      const provisioned = num(r, 'ProvisionedThroughputInMibps');
      if (provisioned === undefined) {
        ctx.note('ThroughputMode provisioned without ProvisionedThroughputInMibps: throughput not priced');
        return;
      }
      // AWS bills only the provisioned throughput above the baseline the Standard storage earns.
      const baseline = standard?.times(BASELINE_KIBPS_PER_GB).div(1024);
      const billed = baseline ? Decimal.max(0, new Decimal(provisioned).minus(baseline)) : new Decimal(provisioned);
      if (!baseline) ctx.note('provisioned throughput priced in full: give storageGB to subtract the baseline Standard storage earns');
      ctx.add({
        name: `Provisioned throughput (${provisioned} MiB/s)`,
        unit: 'MiBps-months',
        quantity: times(billed),
        price: { serviceCode: 'AmazonEFS', key: 'Throughput Provisioned' },
        usageBased: false,
        ...(baseline ? { formula: `${provisioned} MiB/s − ${fmt(baseline)} MiB/s earned by ${fmt(standard!)} GB` } : {}),
        ...(baseline ? { usageKeys: ['storageGB'] } : {}),
      });
    }
  },
});
