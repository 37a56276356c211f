/**
 * AWS::RDS::DBCluster — Aurora: storage (standard or I/O-Optimized) and I/O requests from usage,
 * Serverless v1 capacity (EngineMode serverless); its instances are priced on their own
 * AWS::RDS::DBInstance lines. Multi-AZ DB clusters (MySQL/PostgreSQL with DBClusterInstanceClass):
 * the three-instance deployment's hours and its provisioned storage. Aurora Backtrack (BacktrackWindow)
 * bills change records stored; snapshot export bills GB exported.
 */
import { definePricer, type PricerContext } from '../pricer.js';
import { addWhenGiven } from '../optional-usage-line.js';
import { referencing } from '../../model/find-resources.js';
import { num, str } from '../../model/properties.js';
import { monthlyHours } from '../../quantities.js';
import { counting, whyUnknown } from './read-class.js';
import { missingEngineNote, rdsEngine, instanceKey, type RdsEngine } from './rds-engine.js';
import { addExtendedSupport } from './rds-extended-support.js';
import { addServerlessV1Capacity } from './rds-serverless.js';
import { addBackupStorage, addRdsStorage } from './rds-storage.js';

export const rdsDbCluster = definePricer({
  types: ['AWS::RDS::DBCluster'],
  service: 'RDS',
  serviceCodes: ['AmazonRDS'],
  usageKeys: [
    { name: 'storageGB', unit: 'GB', description: 'Aurora data stored (the cluster volume grows with the data)' },
    { name: 'monthlyIORequests', unit: 'requests/month', description: 'Aurora I/O requests (standard storage; I/O-Optimized has none)' },
    { name: 'backupStorageGB', unit: 'GB', description: 'Backup storage beyond the free allowance' },
    { name: 'averageACUs', unit: 'ACUs', description: 'Average capacity of an Aurora Serverless v1 cluster (EngineMode serverless)' },
    { name: 'backtrackChangeRecords', unit: 'change records/month', description: 'Change records stored for Aurora MySQL Backtrack' },
    { name: 'snapshotExportGB', unit: 'GB/month', description: 'Snapshot data exported to S3 per month (priced only when given)' },
  ],
  price(outer) {
    const { ctx, added } = counting(outer);
    const engine = rdsEngine(str(ctx.resource, 'Engine'));
    if (!engine) {
      ctx.unsupported(`engine unknown: ${whyUnknown(ctx, 'Engine')}`);
      return;
    }
    if (engine.aurora) priceAurora(ctx, engine);
    else priceMultiAzCluster(ctx, engine);
    if (added() === 0) ctx.unsupported('nothing to price (see notes)');
  },
});

function priceAurora(ctx: PricerContext, engine: RdsEngine): void {
  const r = ctx.resource;
  const ioOptimized = str(r, 'StorageType') === 'aurora-iopt1';
  if (str(r, 'EngineMode') === 'serverless') addServerlessV1Capacity(ctx, engine);
  else {
    const members = referencing(ctx.architecture, r, 'AWS::RDS::DBInstance', 'DBClusterIdentifier');
    ctx.note(
      members.length
        ? `instances priced on their own lines: ` +
            `${members.map((m) => m.logicalId).join(', ')}${ioOptimized ? ' (I/O-Optimized clusters bill higher instance rates)' : ''}`
        : 'no AWS::RDS::DBInstance in this template joins the cluster: its instance hours are not here',
    );
  }
  ctx.add({
    name: `Aurora storage (${ioOptimized ? 'I/O-Optimized' : 'standard'})`,
    unit: 'GB-months',
    quantity: ctx.usage.number('storageGB'),
    price: {
      serviceCode: 'AmazonRDS',
      key: ioOptimized ? 'Database Storage Single AZ IO Optimized-Aurora' : 'Database Storage Single AZ General Purpose-Aurora',
    },
    usageBased: true,
    usageKeys: ['storageGB'],
  });
  if (ioOptimized) ctx.note('I/O-Optimized: no charge per I/O request');
  else {
    ctx.add({
      name: 'Aurora I/O requests',
      unit: 'requests',
      quantity: ctx.usage.number('monthlyIORequests'),
      price: { serviceCode: 'AmazonRDS', key: 'System Operation' },
      usageBased: true,
      usageKeys: ['monthlyIORequests'],
    });
  }
  addBackupStorage(ctx, `Storage Snapshot ${engine.name}`);
  addBacktrackAndExport(ctx, engine);
}

function addBacktrackAndExport(ctx: PricerContext, engine: RdsEngine): void {
  const window = num(ctx.resource, 'BacktrackWindow');
  if (window !== undefined && window > 0) {
    ctx.add({
      name: `Aurora Backtrack (${window} s window)`,
      unit: 'change records',
      quantity: ctx.usage.number('backtrackChangeRecords'),
      price: { serviceCode: 'AmazonRDS', key: 'System Operation Aurora Backtrack' },
      usageBased: true,
      usageKeys: ['backtrackChangeRecords'],
    });
  }
  addWhenGiven(ctx, 'snapshotExportGB', {
    name: 'Snapshot export to S3',
    unit: 'GB',
    price: { serviceCode: 'AmazonRDS', key: `RDS Snapshot Export ${engine.name}` },
  });
}

/** A Multi-AZ DB cluster: one writer and two readable standbys, priced as one deployment. */
function priceMultiAzCluster(ctx: PricerContext, engine: RdsEngine): void {
  const r = ctx.resource;
  const dbClass = str(r, 'DBClusterInstanceClass');
  if (!dbClass) ctx.note(`Instance hours not priced: ${whyUnknown(ctx, 'DBClusterInstanceClass')}`);
  else {
    const missing = missingEngineNote(engine);
    if (missing) ctx.note(missing);
    ctx.add({
      name: `Multi-AZ DB cluster (${engine.name}, writer + 2 readable standbys, ${dbClass})`,
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: 'AmazonRDS', key: instanceKey(engine, 'Multi-AZ-readable-standbys', dbClass) },
      usageBased: false,
    });
    // Past standard support every instance of the cluster, the two standbys included, is billed per vCPU.
    addExtendedSupport(ctx, { engine, version: str(r, 'EngineVersion'), dbClass, multiAz: true, instances: 3 });
  }
  const sizeGb = num(r, 'AllocatedStorage');
  if (sizeGb === undefined) {
    ctx.note(`Storage not priced: ${whyUnknown(ctx, 'AllocatedStorage')}`);
    return;
  }
  const iops = num(r, 'Iops');
  const type = (str(r, 'StorageType') ?? 'io1').toLowerCase();
  addRdsStorage(ctx, { type, sizeGb, ...(iops !== undefined ? { iops } : {}) }, 'Multi-AZ-readable-standbys');
  addBackupStorage(ctx, 'Storage Snapshot');
}
