/**
 * AWS::KinesisFirehose::DeliveryStream — Firehose bills ingestion per GB, tiered, at a rate by source:
 * Direct PUT, a Kinesis data stream (KinesisStreamAsSource), vended logs (CloudWatch Logs subscription
 * filters and other AWS services delivering logs through Direct PUT) or MSK. For Direct PUT and
 * Kinesis-stream sources each record is billed in 5 KB increments; vended logs and MSK are billed on
 * the bytes themselves — AWS's Firehose pricing page: "Ingestion pricing is tiered and billed per GB
 * ingested in 5KB increments (a 3KB record is billed as 5KB, a 12KB record is billed as 15KB, etc.)";
 * "For data coming from Vended Logs, the Ingestion pricing is tiered and billed per GB ingested with
 * no 5KB increments." Format conversion (DataFormatConversionConfiguration) is billed per GB ingested
 * in the same 5 KB increments; delivery into a VPC (an OpenSearch destination with VpcConfiguration)
 * per hour per Availability Zone (one per subnet) and per GB delivered. Destinations are priced on
 * their own resources.
 */
import { FIREHOSE_INGESTION, type FirehoseSource } from '../../pricing/firehose-price-keys.js';
import { Decimal } from '../../money.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { bool, list, prop, referencedLogicalId, str } from '../../model/properties.js';
import { fmt, monthlyHours } from '../../quantities.js';

const SERVICE = 'AmazonKinesisFirehose';
const INCREMENT_KB = 5;
const KB_PER_GB = new Decimal(1024).times(1024);
const VPC_DESTINATIONS = [
  'AmazonopensearchserviceDestinationConfiguration',
  'ElasticsearchDestinationConfiguration',
  'AmazonOpenSearchServerlessDestinationConfiguration',
];
const SOURCE_LABEL: Record<FirehoseSource, string> = {
  directPut: 'Direct PUT',
  kinesisStream: 'Kinesis data stream',
  vendedLogs: 'vended logs',
  msk: 'Amazon MSK',
};

export const kinesisFirehoseDeliveryStream = definePricer({
  types: ['AWS::KinesisFirehose::DeliveryStream'],
  service: 'Kinesis Data Firehose',
  serviceCodes: [SERVICE],
  usageKeys: [
    { name: 'monthlyRecords', unit: 'records/month', description: 'Records ingested per month' },
    { name: 'avgRecordSizeKB', unit: 'KB', description: 'Average record size (default 1 KB); Direct PUT, Kinesis: 5 KB increments' },
    {
      name: 'ingestionSource',
      unit: 'source',
      kind: 'string',
      allowed: ['direct-put', 'vended-logs'],
      description: 'A DirectPut stream fed by vended logs (CloudWatch Logs, VPC Flow Logs, …) is billed at the vended-logs rate',
    },
  ],
  price(ctx) {
    const source = sourceOf(ctx);
    const records = ctx.usage.number('monthlyRecords');
    const sizeKb = ctx.usage.numberOr('avgRecordSizeKB', 1);
    const billedKb = Decimal.max(1, sizeKb.div(INCREMENT_KB).ceil()).times(INCREMENT_KB);
    const actualGb = records?.times(sizeKb).div(KB_PER_GB);
    const roundedGb = records?.times(billedKb).div(KB_PER_GB);
    const rounds = source === 'directPut' || source === 'kinesisStream';
    const keys = ['monthlyRecords', 'avgRecordSizeKB'];
    const roundedFormula = records
      ? `${fmt(records)} records × ${fmt(billedKb)} KB (${fmt(sizeKb)} KB in 5 KB increments) ÷ 1,048,576 KB/GB`
      : undefined;
    const actualFormula = records ? `${fmt(records)} records × ${fmt(sizeKb)} KB ÷ 1,048,576 KB/GB` : undefined;
    const formula = rounds ? roundedFormula : actualFormula;
    ctx.add({
      name: `Ingestion (${SOURCE_LABEL[source]})`,
      unit: 'GB',
      quantity: rounds ? roundedGb : actualGb,
      price: { serviceCode: SERVICE, key: FIREHOSE_INGESTION[source] },
      usageBased: true,
      usageKeys: keys,
      ...(formula ? { formula } : {}),
    });
    if (source === 'msk') ctx.note('MSK as source: AWS bills the larger of data ingested and data delivered; priced on data ingested');
    if (formatConversionEnabled(ctx)) {
      ctx.add({
        name: 'Format conversion (5 KB increments)',
        unit: 'GB',
        quantity: roundedGb,
        price: { serviceCode: SERVICE, key: 'Per GB of data format conversion' },
        usageBased: true,
        usageKeys: keys,
        ...(roundedFormula ? { formula: roundedFormula } : {}),
      });
    }
    addVpcDelivery(ctx, actualGb, actualFormula);
    noteUnpricedFeatures(ctx);
  },
});

function sourceOf(ctx: PricerContext): FirehoseSource {
  const type = str(ctx.resource, 'DeliveryStreamType') ?? 'DirectPut';
  if (type === 'KinesisStreamAsSource') return 'kinesisStream';
  if (type === 'MSKAsSource') return 'msk';
  const declared = ctx.usage.string('ingestionSource');
  if (declared) return declared === 'vended-logs' ? 'vendedLogs' : 'directPut';
  if (fedBySubscriptionFilter(ctx)) {
    ctx.note('a CloudWatch Logs subscription filter delivers to this stream: vended-logs ingestion (set ingestionSource to override)');
    return 'vendedLogs';
  }
  return 'directPut';
}

function fedBySubscriptionFilter(ctx: PricerContext): boolean {
  const stack = ctx.architecture.stacks.find((s) => s.name === ctx.resource.stack);
  return (stack?.resources ?? []).some(
    (r) => r.type === 'AWS::Logs::SubscriptionFilter' && referencedLogicalId(r.properties.DestinationArn) === ctx.resource.logicalId,
  );
}

/** Features with rates of their own that this pricer does not model: said, not silently dropped. */
function noteUnpricedFeatures(ctx: PricerContext): void {
  if (bool(ctx.resource, 'ExtendedS3DestinationConfiguration.DynamicPartitioningConfiguration.Enabled') === true) {
    ctx.note('dynamic partitioning is billed per GB delivered, per S3 object and per JQ processing hour: not priced');
  }
  if (prop(ctx.resource, 'IcebergDestinationConfiguration') !== undefined) {
    ctx.note("Apache Iceberg destinations have their own ingestion tiers; priced at the source's ingestion rate");
  }
  if (str(ctx.resource, 'DeliveryStreamType') === 'DatabaseAsSource') {
    ctx.note('a database source is billed per GB of incremental data processed; priced at the Direct PUT ingestion rate');
  }
}

function formatConversionEnabled(ctx: PricerContext): boolean {
  const path = 'ExtendedS3DestinationConfiguration.DataFormatConversionConfiguration';
  if (prop(ctx.resource, path) === undefined) return false;
  return bool(ctx.resource, `${path}.Enabled`) !== false;
}

function addVpcDelivery(ctx: PricerContext, deliveredGb: Decimal | undefined, formula: string | undefined): void {
  const destination = VPC_DESTINATIONS.find((d) => prop(ctx.resource, `${d}.VpcConfiguration`) !== undefined);
  if (!destination) return;
  const subnets = list(ctx.resource, `${destination}.VpcConfiguration.SubnetIds`)?.length;
  const azs = subnets ?? 1;
  if (subnets === undefined) ctx.note('VpcConfiguration.SubnetIds not readable: 1 Availability Zone');
  ctx.add({
    name: `VPC delivery (${azs} AZ${azs === 1 ? '' : 's'})`,
    unit: 'AZ-hours',
    quantity: monthlyHours(azs),
    price: { serviceCode: SERVICE, key: 'Per Hour per AZ for VPC delivery' },
    usageBased: false,
    formula: `${azs} subnet${azs === 1 ? '' : 's'} (one per AZ) × 730 h`,
  });
  ctx.add({
    name: 'Data delivered to the VPC',
    unit: 'GB',
    quantity: deliveredGb,
    price: { serviceCode: SERVICE, key: 'Per GB of data delivered to VPC' },
    usageBased: true,
    usageKeys: ['monthlyRecords', 'avgRecordSizeKB'],
    ...(formula ? { formula } : {}),
  });
}
