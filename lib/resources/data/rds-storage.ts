/**
 * RDS (non-Aurora) storage: GB-months by volume type and deployment, plus provisioned IOPS and
 * throughput where the volume type bills them (io1/io2 all IOPS; gp3 only above the baseline that
 * comes with the volume; magnetic per million I/O requests, from usage). AmazonRDS rate names.
 */
import { Decimal } from '../../money.js';
import type { PricerContext } from '../pricer.js';
import { fmt } from '../../quantities.js';
import type { RdsDeployment } from './rds-engine.js';
import type { PriceKeyOf } from '../../pricing/price-keys.js';

export interface RdsStorage {
  type: string;
  sizeGb: number;
  iops?: number;
  throughputMiBps?: number;
}

/** Rate-name part for the deployment: "Single AZ", "Multi AZ", "Multi AZ readable standbys". */
function azName(deployment: RdsDeployment) {
  return deployment === 'Single-AZ' ? 'Single AZ' : deployment === 'Multi-AZ' ? 'Multi AZ' : 'Multi AZ readable standbys';
}

const VOLUME: Record<string, string> = {
  gp2: 'General Purpose',
  gp3: 'General Purpose-GP3',
  io1: 'Provisioned IOPS',
  io2: 'Provisioned IOPS-IO2',
  standard: 'Magnetic',
};

/**
 * gp3 includes 3,000 IOPS and 125 MiB/s below 400 GB, 12,000 IOPS and 500 MiB/s from 400 GB
 * (MySQL, PostgreSQL, MariaDB); only provisioned performance above that is billed.
 */
export function gp3Baseline(sizeGb: number): { iops: number; throughput: number } {
  return sizeGb >= 400 ? { iops: 12000, throughput: 500 } : { iops: 3000, throughput: 125 };
}

export function addRdsStorage(ctx: PricerContext, storage: RdsStorage, deployment: RdsDeployment): void {
  const az = azName(deployment);
  const volume = VOLUME[storage.type];
  if (!volume) {
    ctx.note(`StorageType ${storage.type} is not one RDS offers (gp2, gp3, io1, io2, standard); storage not priced`);
    return;
  }
  const size = new Decimal(storage.sizeGb);
  ctx.add({
    name: `Storage (${storage.type}, ${storage.sizeGb} GB)`,
    unit: 'GB-months',
    quantity: size,
    price: { serviceCode: 'AmazonRDS', key: `Database Storage ${az} ${volume}` },
    usageBased: false,
  });
  if (storage.type === 'io1' || storage.type === 'io2') {
    const iops = storage.iops ?? 1000;
    if (storage.iops === undefined) ctx.note(`Iops not readable: priced at 1,000 IOPS, the ${storage.type} minimum`);
    // The data has one provisioned-IOPS rate per deployment; io2 IOPS are listed at the same rate.
    ctx.add({
      name: `Provisioned IOPS (${storage.type})`,
      unit: 'IOPS-months',
      quantity: new Decimal(iops),
      price: { serviceCode: 'AmazonRDS', key: `Provisioned IOPS ${az}` },
      usageBased: false,
    });
  }
  if (storage.type === 'gp3') {
    const base = gp3Baseline(storage.sizeGb);
    if (storage.iops !== undefined && storage.iops > base.iops) {
      ctx.add({
        name: `Provisioned gp3 IOPS above the ${fmt(base.iops)} included`,
        unit: 'IOPS-months',
        quantity: new Decimal(storage.iops - base.iops),
        price: { serviceCode: 'AmazonRDS', key: `Provisioned GP3 IOPS ${az}` },
        usageBased: false,
        formula: `${fmt(storage.iops)} IOPS − ${fmt(base.iops)} included`,
      });
    }
    if (storage.throughputMiBps !== undefined && storage.throughputMiBps > base.throughput) {
      ctx.add({
        name: `Provisioned gp3 throughput above the ${base.throughput} MiB/s included`,
        unit: 'MiBps-months',
        quantity: new Decimal(storage.throughputMiBps - base.throughput),
        price: { serviceCode: 'AmazonRDS', key: `Provisioned Throughput ${az}` },
        usageBased: false,
        formula: `${fmt(storage.throughputMiBps)} MiB/s − ${base.throughput} included`,
      });
    }
  }
  if (storage.type === 'standard') {
    ctx.add({
      name: 'I/O requests (magnetic)',
      unit: 'requests',
      quantity: ctx.usage.number('monthlyIORequests'),
      price: { serviceCode: 'AmazonRDS', key: 'System Operation Magnetic' },
      usageBased: true,
      usageKeys: ['monthlyIORequests'],
    });
  }
}

/** Backup storage beyond the free allowance (equal to the provisioned storage), only when given. */
export function addBackupStorage(ctx: PricerContext, key: PriceKeyOf<'AmazonRDS'>): void {
  if (!ctx.usage.has('backupStorageGB')) return;
  ctx.add({
    name: 'Backup storage beyond the free allowance',
    unit: 'GB-months',
    quantity: ctx.usage.number('backupStorageGB'),
    price: { serviceCode: 'AmazonRDS', key },
    usageBased: true,
    usageKeys: ['backupStorageGB'],
  });
}
