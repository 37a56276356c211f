/**
 * AWS::Kinesis::Stream — provisioned: shard-hours, PUT payload units (each record is billed in
 * 25 KB units) and extended retention shard-hours beyond 24 h; on demand: stream-hours, data
 * ingested (each record rounded up to 1 KB) and data retrieved. Retention beyond 7 days is billed
 * per GB-month stored, from usage.
 */
import { Decimal } from '../../money.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { num, str } from '../../model/properties.js';
import { HOURS_PER_MONTH, fmt, monthlyHours, times } from '../../quantities.js';

const PAYLOAD_UNIT_KB = 25;
const KB_PER_GB = new Decimal(1024).times(1024);

export const kinesisStream = definePricer({
  types: ['AWS::Kinesis::Stream'],
  service: 'Kinesis Data Streams',
  serviceCodes: ['AmazonKinesis'],
  usageKeys: [
    { name: 'monthlyPutRecords', unit: 'records/month', description: 'Records written per month' },
    {
      name: 'avgRecordSizeKB',
      unit: 'KB',
      description: 'Average record size (default 1 KB): 25 KB PUT payload units (provisioned), 1 KB rounding (on demand)',
    },
    { name: 'monthlyDataRetrievedGB', unit: 'GB/month', description: 'On demand: data read by consumers (all consumers together)' },
    { name: 'longTermStorageGB', unit: 'GB', description: 'Data kept beyond 7 days (retention above 168 hours)' },
  ],
  price(ctx) {
    const r = ctx.resource;
    const mode = str(r, 'StreamModeDetails.StreamMode') ?? 'PROVISIONED';
    const retentionHours = num(r, 'RetentionPeriodHours') ?? 24;
    if (mode === 'ON_DEMAND') priceOnDemand(ctx, retentionHours);
    else priceProvisioned(ctx, retentionHours);
    if (retentionHours > 168) {
      ctx.add({
        name: 'Long-term retention (beyond 7 days)',
        unit: 'GB-months',
        quantity: ctx.usage.number('longTermStorageGB'),
        price: {
          serviceCode: 'AmazonKinesis',
          key: mode === 'ON_DEMAND' ? 'OnDemandLongTermRetentionByteHrs per GB month' : 'Long term Data Retention GB-month per GB-month',
        },
        usageBased: true,
        usageKeys: ['longTermStorageGB'],
      });
    }
  },
});

function priceProvisioned(ctx: PricerContext, retentionHours: number): void {
  const shards = num(ctx.resource, 'ShardCount');
  if (shards === undefined) ctx.note('ShardCount not readable: 1 shard');
  const count = shards ?? 1;
  ctx.add({
    name: `Shard hours (${count} shard${count > 1 ? 's' : ''})`,
    unit: 'shard-hours',
    quantity: monthlyHours(count),
    price: { serviceCode: 'AmazonKinesis', key: 'Provisioned shard hour per ShardHour' },
    usageBased: false,
    formula: `${count} shards × 730 h`,
  });
  const records = ctx.usage.number('monthlyPutRecords');
  const sizeKb = ctx.usage.numberOr('avgRecordSizeKB', 1);
  const unitsPerRecord = Decimal.max(1, sizeKb.div(PAYLOAD_UNIT_KB).ceil());
  ctx.add({
    name: 'PUT payload units (25 KB each)',
    unit: 'payload units',
    quantity: times(records, unitsPerRecord),
    price: { serviceCode: 'AmazonKinesis', key: 'Payload Units per PutRequest' },
    usageBased: true,
    usageKeys: ['monthlyPutRecords', 'avgRecordSizeKB'],
    ...(records ? { formula: `${fmt(records)} records × ${fmt(unitsPerRecord)} unit${unitsPerRecord.eq(1) ? '' : 's'} of 25 KB` } : {}),
  });
  if (retentionHours > 24) {
    ctx.add({
      name: `Extended retention (${Math.min(retentionHours, 168)} h)`,
      unit: 'shard-hours',
      quantity: monthlyHours(count),
      price: { serviceCode: 'AmazonKinesis', key: 'Addon shard hour per ShardHour' },
      usageBased: false,
      formula: `${count} shards × 730 h`,
    });
  }
}

function priceOnDemand(ctx: PricerContext, retentionHours: number): void {
  ctx.add({
    name: 'On-demand stream hours',
    unit: 'stream-hours',
    quantity: HOURS_PER_MONTH,
    price: { serviceCode: 'AmazonKinesis', key: 'OnDemandStreamHr per StreamHr' },
    usageBased: false,
  });
  const records = ctx.usage.number('monthlyPutRecords');
  const sizeKb = Decimal.max(1, ctx.usage.numberOr('avgRecordSizeKB', 1).ceil());
  const ingestedGb = records?.times(sizeKb).div(KB_PER_GB);
  ctx.add({
    name: 'Data ingested',
    unit: 'GB',
    quantity: ingestedGb,
    price: { serviceCode: 'AmazonKinesis', key: 'OnDemandDataIngested per GB' },
    usageBased: true,
    usageKeys: ['monthlyPutRecords', 'avgRecordSizeKB'],
    ...(records ? { formula: `${fmt(records)} records × ${fmt(sizeKb)} KB ÷ 1,048,576 KB/GB` } : {}),
  });
  ctx.add({
    name: 'Data retrieved',
    unit: 'GB',
    quantity: ctx.usage.number('monthlyDataRetrievedGB'),
    price: { serviceCode: 'AmazonKinesis', key: 'OnDemandDataRetrieval per GB' },
    usageBased: true,
    usageKeys: ['monthlyDataRetrievedGB'],
  });
  if (retentionHours > 24) {
    ctx.add({
      name: `Extended retention (${Math.min(retentionHours, 168)} h)`,
      unit: 'GB-months',
      quantity: ingestedGb?.times(Math.min(retentionHours, 168) - 24).div(HOURS_PER_MONTH),
      price: { serviceCode: 'AmazonKinesis', key: 'OnDemandExtendedRetentionByteHrs per GB month' },
      usageBased: true,
      usageKeys: ['monthlyPutRecords', 'avgRecordSizeKB'],
      ...(ingestedGb ? { formula: `data ingested × ${Math.min(retentionHours, 168) - 24} h kept beyond 24 h ÷ 730 h` } : {}),
    });
  }
}
