/**
 * AWS::EC2::Volume — an EBS volume: storage by type and size, provisioned IOPS (io1, io2 in its
 * per-volume tiers, gp3 above 3,000) and gp3 throughput above 125 MiB/s.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { num, str, unresolved } from '../../model/properties.js';
import { DEFAULT_VOLUME_TYPE } from './block-devices.js';
import { addEbsVolume } from './ebs-volume-costs.js';

export const ec2Volume = definePricer({
  types: ['AWS::EC2::Volume'],
  service: 'EBS',
  serviceCodes: ['AmazonEC2'],
  usageKeys: [],
  price(ctx) {
    const r = ctx.resource;
    const size = num(r, 'Size');
    const iops = num(r, 'Iops');
    const throughput = num(r, 'Throughput');
    const typeWhy = str(r, 'VolumeType') === undefined ? unresolved(r, 'VolumeType') : undefined;
    if (typeWhy) ctx.note(`VolumeType is ${typeWhy}: priced as ${DEFAULT_VOLUME_TYPE}, EC2's default`);
    const sizeWhy = size === undefined ? unresolved(r, 'Size') : undefined;
    if (sizeWhy) ctx.note(`Size is ${sizeWhy}`);
    const added = addEbsVolume(
      ctx,
      {
        type: (str(r, 'VolumeType') ?? DEFAULT_VOLUME_TYPE).toLowerCase(),
        sizeGb: size === undefined ? undefined : new Decimal(size),
        ...(iops !== undefined ? { iops: new Decimal(iops) } : {}),
        ...(throughput !== undefined ? { throughputMiBps: new Decimal(throughput) } : {}),
      },
      new Decimal(1),
      'Volume',
    );
    if (!added) ctx.unsupported(`EBS volume type "${str(r, 'VolumeType')}" is not one this pricer knows`);
  },
});
