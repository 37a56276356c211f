/**
 * AWS::KinesisAnalyticsV2::Application — Managed Service for Apache Flink bills KPU-hours: a Flink
 * application runs ceil(Parallelism / ParallelismPerKPU) KPUs plus 1 KPU for orchestration, and
 * "for every KPU allocated, 50 GB of running application storage is also provided" — allocated KPUs
 * being Parallelism / ParallelismPerKPU (AWS docs, managed-flink/latest/java/how-scaling.html), so the
 * orchestration KPU brings no storage — billed per GB-month (AWS's pricing page). With autoscaling
 * the KPU count moves: `averageKPUs` (all KPUs, the orchestration one included) overrides the count
 * from the template. Durable backups (snapshots)
 * are a usage key. Studio notebooks (ZEPPELIN-FLINK) use the Studio rates; SQL applications
 * (SQL-1_0) have no orchestration KPU and no running storage.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { num, str } from '../../model/properties.js';
import { HOURS_PER_MONTH, fmt } from '../../quantities.js';

const SERVICE = 'AmazonKinesisAnalytics';
const STORAGE_GB_PER_KPU = 50;
const KPU = 'Kinesis Processing Unit KPU';
const RUNNING_STORAGE = 'Per GB month of running application storage';
const PARALLELISM = 'ApplicationConfiguration.FlinkApplicationConfiguration.ParallelismConfiguration';

export const flinkApplication = definePricer({
  types: ['AWS::KinesisAnalyticsV2::Application'],
  service: 'Managed Service for Apache Flink',
  serviceCodes: [SERVICE],
  usageKeys: [
    { name: 'averageKPUs', unit: 'KPUs', description: 'Average KPUs running, orchestration KPU included (autoscaling applications)' },
    { name: 'backupStorageGB', unit: 'GB', description: 'Durable application backups (snapshots) kept' },
  ],
  price(ctx) {
    const r = ctx.resource;
    const runtime = str(r, 'RuntimeEnvironment') ?? '';
    const studio = runtime.startsWith('ZEPPELIN');
    const sql = runtime.startsWith('SQL');
    const custom = str(r, `${PARALLELISM}.ConfigurationType`) === 'CUSTOM';
    const parallelism = custom ? (num(r, `${PARALLELISM}.Parallelism`) ?? 1) : 1;
    const perKpu = custom ? (num(r, `${PARALLELISM}.ParallelismPerKPU`) ?? 1) : 1;
    const processing = Math.ceil(parallelism / perKpu);
    const fromTemplate = new Decimal(processing + (sql ? 0 : 1));
    // Both optional: the template's KPU count stands without averageKPUs; backups only when given.
    const average = ctx.usage.has('averageKPUs') ? ctx.usage.number('averageKPUs') : undefined;
    const kpus = average ?? fromTemplate;
    const fromParallelism = `ceil(${parallelism} parallelism ÷ ${perKpu} per KPU)${sql ? '' : ' + 1 orchestration'}`;
    const how = average ? `averageKPUs ${fmt(average)}` : fromParallelism;
    ctx.add({
      name: `KPUs (${fmt(kpus)})`,
      unit: 'KPU-hours',
      quantity: kpus.times(HOURS_PER_MONTH),
      price: { serviceCode: SERVICE, key: studio ? `${KPU} for Kinesis Data Analytics Studio` : KPU },
      usageBased: average !== undefined,
      ...(average ? { usageKeys: ['averageKPUs'] } : {}),
      formula: `${how} × 730 h`,
    });
    if (!sql) {
      // The allocated (processing) KPUs: averageKPUs counts the orchestration one, which has no storage.
      const allocated = Decimal.max(kpus.minus(1), 0);
      ctx.add({
        name: `Running application storage (${STORAGE_GB_PER_KPU} GB per allocated KPU)`,
        unit: 'GB-months',
        quantity: allocated.times(STORAGE_GB_PER_KPU),
        price: { serviceCode: SERVICE, key: studio ? `${RUNNING_STORAGE} for Kinesis Data Analytics Studio` : RUNNING_STORAGE },
        usageBased: average !== undefined,
        formula: `${fmt(allocated)} allocated KPUs (orchestration KPU excluded) × ${STORAGE_GB_PER_KPU} GB`,
      });
    }
    const backups = ctx.usage.has('backupStorageGB') ? ctx.usage.number('backupStorageGB') : undefined;
    if (backups) {
      ctx.add({
        name: 'Durable application backups',
        unit: 'GB-months',
        quantity: backups,
        price: { serviceCode: SERVICE, key: 'Per GB month of durable application backups' },
        usageBased: true,
        usageKeys: ['backupStorageGB'],
      });
    }
  },
});

export const flinkApplicationParts = definePricer({
  types: [
    'AWS::KinesisAnalyticsV2::ApplicationOutput',
    'AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource',
    'AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption',
  ],
  service: 'Managed Service for Apache Flink',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.free('part of the application; KPUs are billed on the application');
  },
});
