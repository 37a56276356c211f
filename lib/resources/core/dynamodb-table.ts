/**
 * AWS::DynamoDB::Table — on-demand (read/write request units) or provisioned (capacity-unit hours,
 * table and GSIs, at least an auto scaling target's MinCapacity), storage, point-in-time recovery
 * (continuous backup, billed on the table size), on-demand backups and restores (per GB, when
 * given), in the Standard or Standard-IA table class (its own storage and throughput prices).
 */
import { Decimal } from '../../money.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { bool, list, num, str } from '../../model/properties.js';
import { HOURS_PER_MONTH, fmt, times } from '../../quantities.js';
import { scalableMinimums, type ScalableMinimum } from './dynamodb-scalable-targets.js';
import { addWhenGiven } from '../optional-usage-line.js';

export const dynamodbTable = definePricer({
  types: ['AWS::DynamoDB::Table'],
  service: 'DynamoDB',
  serviceCodes: ['AmazonDynamoDB'],
  usageKeys: [
    {
      name: 'monthlyWriteRequestUnits',
      unit: 'WRU/month',
      description: 'On-demand write request units (1 per 1 KB written; 2 in transactions)',
    },
    {
      name: 'monthlyReadRequestUnits',
      unit: 'RRU/month',
      description: 'On-demand read request units (1 per 4 KB strongly consistent read; 0.5 eventually consistent)',
    },
    { name: 'storageGB', unit: 'GB', description: 'Table and index data stored' },
    {
      name: 'monthlyStreamReadRequests',
      unit: 'requests/month',
      description: 'DynamoDB Streams GetRecords calls by non-Lambda consumers (Lambda triggers read for free)',
    },
    { name: 'backupStorageGB', unit: 'GB', description: 'On-demand backups kept (sum of their sizes); no line when not given' },
    {
      name: 'monthlyRestoreGB',
      unit: 'GB/month',
      description: 'Data restored from backups or point-in-time recovery per month; no line when not given',
    },
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
    addBackups(ctx);
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
});

/** On-demand backup storage and restores: usage-only lines (DynamoDB backup pricing, per GB-month and per GB restored). */
function addBackups(ctx: PricerContext): void {
  addWhenGiven(ctx, 'backupStorageGB', {
    name: 'On-demand backup storage',
    unit: 'GB-months',
    price: { serviceCode: 'AmazonDynamoDB', key: 'On-Demand Backup Storage GB-Month' },
  });
  addWhenGiven(ctx, 'monthlyRestoreGB', {
    name: 'Restores',
    unit: 'GB',
    price: { serviceCode: 'AmazonDynamoDB', key: 'Restore Data Size' },
  });
}

/** Capacity units as provisioned, raised to an auto scaling target's MinCapacity where one applies. */
function capacity(
  ctx: PricerContext,
  on: string,
  dimension: 'read' | 'write',
  given: number | undefined,
  minimums: ScalableMinimum[],
): number {
  const scaled = minimums.find((m) => m.on === on && m.dimension === dimension);
  if (!scaled || (given !== undefined && given >= scaled.min)) return given ?? 0;
  const label = dimension === 'read' ? 'RCU' : 'WCU';
  ctx.note(
    `${on === 'table' ? 'table' : `index ${on}`} ${label}: auto scaling target ${scaled.target} keeps capacity at or above ` +
      `MinCapacity ${scaled.min} (provisioned ${given ?? 'not readable'}): priced at ${scaled.min}, the least it bills`,
  );
  return scaled.min;
}

function addProvisioned(ctx: PricerContext, ias: '' | ' IA'): void {
  const r = ctx.resource;
  const minimums = scalableMinimums(ctx.architecture, r);
  const tr = capacity(ctx, 'table', 'read', num(r, 'ProvisionedThroughput.ReadCapacityUnits'), minimums);
  const tw = capacity(ctx, 'table', 'write', num(r, 'ProvisionedThroughput.WriteCapacityUnits'), minimums);
  let rcu = new Decimal(tr);
  let wcu = new Decimal(tw);
  const parts = [`table ${fmt(rcu)} RCU / ${fmt(wcu)} WCU`];
  for (const gsi of list(r, 'GlobalSecondaryIndexes') ?? []) {
    const g = gsi as Record<string, unknown>;
    const name = str(g, 'IndexName') ?? 'GSI';
    const gr = capacity(ctx, name, 'read', num(g, 'ProvisionedThroughput.ReadCapacityUnits'), minimums);
    const gw = capacity(ctx, name, 'write', num(g, 'ProvisionedThroughput.WriteCapacityUnits'), minimums);
    rcu = rcu.plus(gr);
    wcu = wcu.plus(gw);
    parts.push(`${name} ${gr} RCU / ${gw} WCU`);
  }
  if (num(r, 'ProvisionedThroughput.ReadCapacityUnits') === undefined && !minimums.some((m) => m.on === 'table')) {
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
