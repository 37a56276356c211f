/**
 * EBS volume cost components, shared by AWS::EC2::Volume and the block devices of instances,
 * launch templates and launch configurations: storage per GB-month by volume type, provisioned
 * IOPS (io1, io2 in per-volume tiers, gp3 above its included baseline) and gp3 throughput above its
 * baseline. Prices are AmazonEC2 rates from ebs.json.
 */
import { Decimal } from '../../money.js';
import type { PricerContext } from '../pricer.js';
import { fmt } from '../../quantities.js';
import type { PriceKeyOf } from '../../pricing/price-keys.js';

export interface EbsVolume {
  /** gp2, gp3, io1, io2, st1, sc1, standard (CloudFormation's VolumeType values). */
  type: string;
  /** Size in GiB; undefined when the template does not say (e.g. taken from a snapshot). */
  sizeGb: Decimal | undefined;
  iops?: Decimal;
  /** gp3 throughput, MiB/s. */
  throughputMiBps?: Decimal;
}

const STORAGE_KEYS: Record<string, PriceKeyOf<'AmazonEC2'>> = {
  gp2: 'Storage General Purpose gp2 GB Mo',
  gp3: 'Storage General Purpose gp3 GB Mo',
  io1: 'Storage Provisioned IOPS io1 GB Mo',
  io2: 'Storage Provisioned IOPS io2 GB month',
  st1: 'Storage Throughput Optimized HDD st1 GB Mo',
  sc1: 'Storage Cold HDD sc1 GB Mo',
  standard: 'Storage Magnetic standard GB Mo',
};

export const EBS_VOLUME_TYPES = Object.keys(STORAGE_KEYS);

// gp3 includes 3,000 IOPS and 125 MiB/s per volume; only provisioning above that is billed
// (AWS EBS pricing page). These are billing rules, not prices.
const GP3_INCLUDED_IOPS = 3000;
const GP3_INCLUDED_MIBPS = 125;
// io2 IOPS are billed per volume in three tiers: up to 32,000, 32,001–64,000, above 64,000.
const IO2_TIERS: Array<{ from: number; to: number | null; key: PriceKeyOf<'AmazonEC2'>; label: string }> = [
  { from: 0, to: 32000, key: 'Provisioned EBS IOPS io2 Volumes per IOPS Mo', label: 'up to 32,000' },
  { from: 32000, to: 64000, key: 'Provisioned EBS IOPS Tier 2 io2 Volumes per IOPS Mo', label: '32,001–64,000' },
  { from: 64000, to: null, key: 'Provisioned EBS IOPS Tier 3 io2 Volumes per IOPS Mo', label: 'above 64,000' },
];

/**
 * Adds the components of `count` identical volumes. `label` names them on the line
 * ("Root volume", "Volume /dev/sdf"). Returns false when the volume type is unknown.
 */
export function addEbsVolume(ctx: PricerContext, volume: EbsVolume, count: Decimal, label: string): boolean {
  const storageKey = STORAGE_KEYS[volume.type];
  if (!storageKey) {
    ctx.note(`${label}: EBS volume type "${volume.type}" is not one of ${EBS_VOLUME_TYPES.join(', ')}; not priced`);
    return false;
  }
  const many = count.eq(1) ? '' : ` × ${fmt(count)}`;
  ctx.add({
    name: `${label} storage (${volume.type}${volume.sizeGb ? `, ${fmt(volume.sizeGb)} GB` : ''}${many})`,
    unit: 'GB-months',
    quantity: volume.sizeGb?.times(count),
    price: { serviceCode: 'AmazonEC2', key: storageKey },
    usageBased: false,
    ...(volume.sizeGb && !count.eq(1) ? { formula: `${fmt(volume.sizeGb)} GB × ${fmt(count)} volumes` } : {}),
  });
  if (volume.sizeGb === undefined) ctx.note(`${label}: size not in the template (it comes from a snapshot or the AMI); storage not priced`);

  if (volume.type === 'io1' && volume.iops) {
    addIops(ctx, label, volume.iops.times(count), 'Provisioned EBS IOPS io1 Volumes per IOPS Mo', `${fmt(volume.iops)} IOPS${many}`);
  }
  if (volume.type === 'io2' && volume.iops) {
    for (const tier of IO2_TIERS) {
      const upper = tier.to === null ? volume.iops : Decimal.min(volume.iops, tier.to);
      const inTier = upper.minus(tier.from);
      if (inTier.lte(0)) continue;
      addIops(ctx, label, inTier.times(count), tier.key, `${fmt(inTier)} IOPS ${tier.label}${many}`);
    }
  }
  if ((volume.type === 'io1' || volume.type === 'io2') && !volume.iops) {
    ctx.note(`${label}: ${volume.type} without Iops in the template; provisioned IOPS not priced`);
  }
  if (volume.type === 'gp3') {
    const extraIops = Decimal.max(0, (volume.iops ?? new Decimal(GP3_INCLUDED_IOPS)).minus(GP3_INCLUDED_IOPS));
    if (extraIops.gt(0)) {
      addIops(
        ctx,
        label,
        extraIops.times(count),
        'Provisioned EBS IOPS gp3 Volumes per IOPS Mo',
        `${fmt(extraIops)} IOPS above the included ${GP3_INCLUDED_IOPS}${many}`,
      );
    }
    const extraMiBps = Decimal.max(0, (volume.throughputMiBps ?? new Decimal(GP3_INCLUDED_MIBPS)).minus(GP3_INCLUDED_MIBPS));
    if (extraMiBps.gt(0)) {
      // The price is per GiBps-month: 1 GiB/s = 1,024 MiB/s.
      const gibps = extraMiBps.div(1024);
      ctx.add({
        name: `${label} throughput (gp3, ${fmt(extraMiBps)} MiB/s above the included ${GP3_INCLUDED_MIBPS}${many})`,
        unit: 'GiBps-months',
        quantity: gibps.times(count),
        price: { serviceCode: 'AmazonEC2', key: 'Provisioned Throughput gp3 per GiBps mo' },
        usageBased: false,
        formula: `${fmt(extraMiBps)} MiB/s ÷ 1,024${many}`,
      });
    }
  }
  if (volume.type === 'standard') ctx.note(`${label}: magnetic (standard) volumes also bill I/O requests, not priced`);
  return true;
}

function addIops(ctx: PricerContext, label: string, quantity: Decimal, key: PriceKeyOf<'AmazonEC2'>, what: string): void {
  ctx.add({
    name: `${label} provisioned IOPS (${what})`,
    unit: 'IOPS-months',
    quantity,
    price: { serviceCode: 'AmazonEC2', key },
    usageBased: false,
  });
}
