/**
 * AWS::RDS::DBInstance — instance-hours by engine, class and deployment (Single-AZ or Multi-AZ),
 * plus storage for stand-alone instances and read replicas. An instance in a cluster
 * (DBClusterIdentifier) is priced for its hours only: the cluster carries storage and I/O.
 * A read replica (SourceDBInstanceIdentifier) takes engine and storage from its source.
 * Aurora instances bill the Aurora rate of their class, higher when the cluster is I/O-Optimized;
 * Aurora Serverless v2 instances (db.serverless) bill ACU-hours instead of instance-hours.
 * Performance Insights retention beyond the free 7 days is priced per vCPU (Aurora rates).
 * Enhanced Monitoring (MonitoringInterval > 0) adds CloudWatch Logs ingestion.
 * A major EngineVersion past standard support adds Extended Support (per vCPU-hour, per ACU-hour on v2).
 */
import type { ResourceModel } from '../../model/architecture.js';
import { referencedResource } from '../../model/find-resources.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { bool, prop, str } from '../../model/properties.js';
import { monthlyHours } from '../../quantities.js';
import { asNumber, counting, whyUnknown } from './read-class.js';
import { auroraEngine, auroraKey, missingEngineNote, rdsEngine, instanceKey, type RdsEngine } from './rds-engine.js';
import { addPerformanceInsights } from './rds-performance-insights.js';
import { ENHANCED_MONITORING_KEY, addEnhancedMonitoring } from './rds-enhanced-monitoring.js';
import { addServerlessV2Capacity } from './rds-serverless.js';
import { addExtendedSupport } from './rds-extended-support.js';
import { addBackupStorage, addRdsStorage } from './rds-storage.js';

export const rdsDbInstance = definePricer({
  types: ['AWS::RDS::DBInstance'],
  service: 'RDS',
  serviceCodes: ['AmazonRDS', 'AmazonCloudWatch'],
  usageKeys: [
    { name: 'monthlyIORequests', unit: 'requests/month', description: 'I/O requests on magnetic (standard) storage' },
    { name: 'backupStorageGB', unit: 'GB', description: 'Backup storage beyond the free allowance (which equals the provisioned storage)' },
    {
      name: 'averageACUs',
      unit: 'ACUs',
      description: 'Average capacity of a db.serverless (Aurora Serverless v2) instance over the month',
    },
    ENHANCED_MONITORING_KEY,
  ],
  price(outer) {
    const { ctx, added } = counting(outer);
    const r = ctx.resource;
    const source = referencedResource(ctx.architecture, r, r.properties.SourceDBInstanceIdentifier);
    const cluster = referencedResource(ctx.architecture, r, r.properties.DBClusterIdentifier);
    const inCluster = r.properties.DBClusterIdentifier !== undefined;
    const engine = rdsEngine(str(r, 'Engine') ?? (source && str(source, 'Engine')) ?? (cluster && str(cluster, 'Engine')));
    if (source) ctx.note(`read replica of ${source.logicalId}: engine and storage as its source's unless set here`);
    else if (r.properties.SourceDBInstanceIdentifier !== undefined)
      ctx.note('read replica of an instance outside this template: its engine and storage size must be set here to be priced');

    const dbClass = str(r, 'DBInstanceClass');
    const ioOptimized = cluster !== undefined && str(cluster, 'StorageType') === 'aurora-iopt1';
    let acuHours: ReturnType<typeof addServerlessV2Capacity> | undefined;
    if (!dbClass) ctx.note(`Instance hours not priced: ${whyUnknown(ctx, 'DBInstanceClass')}`);
    else if (dbClass === 'db.serverless') acuHours = addServerlessV2Capacity(ctx, engine, cluster);
    else addInstanceHours(ctx, engine, dbClass, inCluster, ioOptimized);
    addPerformanceInsights(ctx, engine, dbClass);
    const version = str(r, 'EngineVersion') ?? (source && str(source, 'EngineVersion')) ?? (cluster && str(cluster, 'EngineVersion'));
    const multiAz = bool(r, 'MultiAZ') === true && !inCluster && !engine?.aurora;
    if (!inCluster || cluster || version !== undefined) {
      addExtendedSupport(ctx, { engine, version, dbClass, multiAz, ...(acuHours ? { acuHours } : {}) });
    }

    if (inCluster)
      ctx.note(`member of cluster ${cluster?.logicalId ?? 'outside this template'}: storage and I/O are priced on the cluster`);
    if (ioOptimized) ctx.note('the cluster is Aurora I/O-Optimized: its instances bill the higher I/O-Optimized instance rates');
    else {
      addStandaloneStorage(ctx, engine, source);
      if (engine && !engine.aurora) addBackupStorage(ctx, 'Storage Snapshot');
    }
    addEnhancedMonitoring(ctx);
    if (added() === 0) ctx.unsupported(`nothing to price: ${whyUnknown(ctx, 'DBInstanceClass')}`);
  },
});

function addInstanceHours(
  ctx: PricerContext,
  engine: RdsEngine | undefined,
  dbClass: string,
  inCluster: boolean,
  ioOptimized: boolean,
): void {
  if (!engine) {
    ctx.note(`Instance hours not priced: ${whyUnknown(ctx, 'Engine')}`);
    return;
  }
  const aurora = auroraEngine(engine);
  if (aurora) {
    // Each Aurora instance (writer or reader) is billed on its own; there is no Multi-AZ rate.
    ctx.add({
      name: `Aurora instance (${aurora}, ${ioOptimized ? 'I/O-Optimized' : 'Standard'}, ${dbClass})`,
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: 'AmazonRDS', key: auroraKey(aurora, ioOptimized, dbClass) },
      usageBased: false,
    });
    return;
  }
  // Instances of a cluster are billed one by one; Multi-AZ is a property of stand-alone instances.
  const deployment = bool(ctx.resource, 'MultiAZ') === true && !inCluster ? 'Multi-AZ' : 'Single-AZ';
  const missing = missingEngineNote(engine);
  if (missing) ctx.note(missing);
  ctx.add({
    name: `Database instance (${engine.name}, ${deployment}, ${dbClass})`,
    unit: 'hours',
    quantity: monthlyHours(),
    price: { serviceCode: 'AmazonRDS', key: instanceKey(engine, deployment, dbClass) },
    usageBased: false,
  });
}

/** Storage of a stand-alone instance or read replica (a replica keeps a full copy of its source's data). */
function addStandaloneStorage(ctx: PricerContext, engine: RdsEngine | undefined, source: ResourceModel | undefined): void {
  const r = ctx.resource;
  const from = (path: string) => prop(r, path) ?? (source ? prop(source, path) : undefined);
  const sizeGb = asNumber(from('AllocatedStorage'));
  const iops = asNumber(from('Iops'));
  const throughput = asNumber(from('StorageThroughput'));
  const declared = from('StorageType');
  if (sizeGb === undefined) {
    if (!engine?.aurora) ctx.note(`Storage not priced: ${whyUnknown(ctx, 'AllocatedStorage')}`);
    return;
  }
  const type = (typeof declared === 'string' ? declared : iops !== undefined ? 'io1' : 'gp2').toLowerCase();
  if (typeof declared !== 'string')
    ctx.note(`StorageType not set: ${type}, the RDS default${iops !== undefined ? ' when Iops is given' : ''}`);
  // A Multi-AZ instance bills its standby's storage too: the Multi AZ storage rates cover both.
  const deployment = bool(r, 'MultiAZ') === true ? 'Multi-AZ' : 'Single-AZ';
  addRdsStorage(
    ctx,
    { type, sizeGb, ...(iops !== undefined ? { iops } : {}), ...(throughput !== undefined ? { throughputMiBps: throughput } : {}) },
    deployment,
  );
}
