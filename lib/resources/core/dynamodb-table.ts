/**
 * AWS::DynamoDB::Table — on-demand (read/write request units) or provisioned (capacity-unit hours,
 * table and GSIs), storage, point-in-time recovery, in the Standard or Standard-IA table class.
 */
import { Decimal } from '../../money.js';
import type { Pricer, PricerContext } from '../pricer.js';
import { bool, list, num, str } from '../properties.js';
import { HOURS_PER_MONTH, fmt, times } from '../quantities.js';

export const dynamodbTable: Pricer = {
  types: ['AWS::DynamoDB::Table'],
  service: 'DynamoDB',
  serviceCodes: ['AmazonDynamoDB'],
  usageKeys: [
    { name: 'monthlyWriteRequestUnits', unit: 'WRU/month', description: 'On-demand write request units (1 per 1 KB written; 2 in transactions)' },
    { name: 'monthlyReadRequestUnits', unit: 'RRU/month', description: 'On-demand read request units (1 per 4 KB strongly consistent read; 0.5 eventually consistent)' },
    { name: 'storageGB', unit: 'GB', description: 'Table and index data stored' },
    { name: 'monthlyStreamReadRequests', unit: 'requests/month', description: 'DynamoDB Streams GetRecords calls by non-Lambda consumers (Lambda triggers read for free)' },
  ],
  price(ctx) {
    const r = ctx.resource;
    const ia = str(r, 'TableClass') === 'STANDARD_INFREQUENT_ACCESS';
    const ias = ia ? ' IA' : '';
    const billing = str(r, 'BillingMode') ?? 'PROVISIONED';
    if (billing === 'PAY_PER_REQUEST') {
      ctx.add({
        name: 'Write request units',
        unit: 'WRU',
        quantity: ctx.usage.number('monthlyWriteRequestUnits'),
        price: { serviceCode: 'AmazonDynamoDB', key: `PayPerRequest Write Request Units${ias}` },
        usageBased: true,
        usageKeys: ['monthlyWriteRequestUnits'],
      });
      ctx.add({
        name: 'Read request units',
        unit: 'RRU',
        quantity: ctx.usage.number('monthlyReadRequestUnits'),
        price: { serviceCode: 'AmazonDynamoDB', key: `PayPerRequest Read Request Units${ias}` },
        usageBased: true,
        usageKeys: ['monthlyReadRequestUnits'],
      });
    } else {
      addProvisioned(ctx, ias);
    }
    ctx.add({
      name: 'Storage',
      unit: 'GB-months',
      quantity: ctx.usage.number('storageGB'),
      price: { serviceCode: 'AmazonDynamoDB', key: ia ? 'Data Storage Indexed - IA GB-Mo' : 'Data Storage Indexed GB-Mo' },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
    if (bool(r, 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled') === true) {
      ctx.add({
        name: 'Point-in-time recovery (continuous backup)',
        unit: 'GB-months',
        quantity: ctx.usage.number('storageGB'),
        price: { serviceCode: 'AmazonDynamoDB', key: 'PITR Backup Storage GB-Mo' },
        usageBased: true,
        usageKeys: ['storageGB'],
      });
    }
    if (str(r, 'StreamSpecification.StreamViewType') && ctx.usage.has('monthlyStreamReadRequests')) {
      ctx.add({
        name: 'Stream read requests',
        unit: 'requests',
        quantity: ctx.usage.number('monthlyStreamReadRequests'),
        price: { serviceCode: 'AmazonDynamoDB', key: 'Streams Read Requests' },
        usageBased: true,
        usageKeys: ['monthlyStreamReadRequests'],
      });
    }
  },
};

function addProvisioned(ctx: PricerContext, ias: string): void {
  const r = ctx.resource;
  let rcu = new Decimal(num(r, 'ProvisionedThroughput.ReadCapacityUnits') ?? 0);
  let wcu = new Decimal(num(r, 'ProvisionedThroughput.WriteCapacityUnits') ?? 0);
  const parts = [`table ${fmt(rcu)} RCU / ${fmt(wcu)} WCU`];
  for (const gsi of list(r, 'GlobalSecondaryIndexes') ?? []) {
    const g = gsi as Record<string, unknown>;
    const gr = num(g, 'ProvisionedThroughput.ReadCapacityUnits') ?? 0;
    const gw = num(g, 'ProvisionedThroughput.WriteCapacityUnits') ?? 0;
    rcu = rcu.plus(gr);
    wcu = wcu.plus(gw);
    parts.push(`${str(g, 'IndexName') ?? 'GSI'} ${gr} RCU / ${gw} WCU`);
  }
  if (num(r, 'ProvisionedThroughput.ReadCapacityUnits') === undefined) {
    ctx.note('provisioned capacity not readable from the template (parameter without value or unresolved reference)');
  }
  ctx.add({
    name: 'Provisioned read capacity',
    unit: 'RCU-hours',
    quantity: times(rcu, HOURS_PER_MONTH),
    price: { serviceCode: 'AmazonDynamoDB', key: `Provisioned Read Units${ias}` },
    usageBased: false,
    formula: `${fmt(rcu)} RCU × 730 h (${parts.join('; ')})`,
  });
  ctx.add({
    name: 'Provisioned write capacity',
    unit: 'WCU-hours',
    quantity: times(wcu, HOURS_PER_MONTH),
    price: { serviceCode: 'AmazonDynamoDB', key: `Provisioned Write Units${ias}` },
    usageBased: false,
    formula: `${fmt(wcu)} WCU × 730 h`,
  });
}
