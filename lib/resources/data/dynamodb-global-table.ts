/**
 * AWS::DynamoDB::GlobalTable — every replica stores the data and applies every write as a
 * replicated write: on demand, replicated write request units × replicas; provisioned, replicated
 * write capacity × replicas, with each replica's own read capacity. Reads are billed where they
 * happen; storage and point-in-time recovery per replica, in each replica's table class.
 *
 * A stack is priced in its own region, so replicas elsewhere are priced at that region's rates
 * (said in a note); replication's cross-region data transfer is not included.
 */
import { Decimal } from '../../money.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { bool, list, num, str } from '../../model/properties.js';
import { HOURS_PER_MONTH, fmt, times } from '../../quantities.js';

interface Replica {
  region: string;
  ia: boolean;
  pitr: boolean;
  spec: Record<string, unknown>;
}

export const dynamodbGlobalTable = definePricer({
  types: ['AWS::DynamoDB::GlobalTable'],
  service: 'DynamoDB',
  serviceCodes: ['AmazonDynamoDB'],
  usageKeys: [
    {
      name: 'monthlyWriteRequestUnits',
      unit: 'WRU/month',
      description: 'On-demand write request units written by the application (each is replicated to every replica)',
    },
    { name: 'monthlyReadRequestUnits', unit: 'RRU/month', description: 'On-demand read request units, across all replicas' },
    { name: 'storageGB', unit: 'GB', description: 'Table and index data (stored once per replica)' },
  ],
  price(ctx) {
    const r = ctx.resource;
    const replicas: Replica[] = (list(r, 'Replicas') ?? []).map((raw) => {
      const spec = raw as Record<string, unknown>;
      return {
        region: str(spec, 'Region') ?? r.region,
        ia: str(spec, 'TableClass') === 'STANDARD_INFREQUENT_ACCESS',
        pitr: bool(spec, 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled') === true,
        spec,
      };
    });
    if (replicas.length === 0) {
      ctx.unsupported('no Replicas listed: a global table has at least one replica');
      return;
    }
    const elsewhere = [...new Set(replicas.map((x) => x.region).filter((region) => region !== r.region))];
    if (elsewhere.length)
      ctx.note(
        `replicas in ${elsewhere.join(', ')} priced at ${r.region} rates (the stack's region); cross-region replication data ` +
          `transfer not included`,
      );

    const groups = [false, true].map((ia) => replicas.filter((x) => x.ia === ia)).filter((g) => g.length > 0);
    const billing = str(r, 'BillingMode') ?? 'PROVISIONED';
    for (const group of groups) {
      const ias = group[0]!.ia ? ' IA' : '';
      const label = group[0]!.ia ? ', Standard-IA' : '';
      const n = new Decimal(group.length);
      if (billing === 'PAY_PER_REQUEST') {
        const writes = ctx.usage.number('monthlyWriteRequestUnits');
        ctx.add({
          name: `Replicated write request units (${group.length} replica${group.length > 1 ? 's' : ''}${label})`,
          unit: 'rWRU',
          quantity: times(writes, n),
          price: { serviceCode: 'AmazonDynamoDB', key: `PayPerRequest Replicated Write Request Units${ias}` },
          usageBased: true,
          usageKeys: ['monthlyWriteRequestUnits'],
          ...(writes ? { formula: `${fmt(writes)} WRU × ${group.length} replicas` } : {}),
        });
      } else {
        addProvisionedCapacity(ctx, group, ias, label);
      }
      ctx.add({
        name: `Storage (${group.length} replica${group.length > 1 ? 's' : ''}${label})`,
        unit: 'GB-months',
        quantity: times(ctx.usage.number('storageGB'), n),
        price: { serviceCode: 'AmazonDynamoDB', key: group[0]!.ia ? 'Data Storage Indexed - IA GB-Mo' : 'Data Storage Indexed GB-Mo' },
        usageBased: true,
        usageKeys: ['storageGB'],
      });
    }
    if (billing === 'PAY_PER_REQUEST') {
      // Reads are not replicated; they are billed once, where they happen (the first replica's class).
      ctx.add({
        name: 'Read request units',
        unit: 'RRU',
        quantity: ctx.usage.number('monthlyReadRequestUnits'),
        price: { serviceCode: 'AmazonDynamoDB', key: `PayPerRequest Read Request Units${replicas[0]!.ia ? ' IA' : ''}` },
        usageBased: true,
        usageKeys: ['monthlyReadRequestUnits'],
      });
    }
    const pitr = replicas.filter((x) => x.pitr).length;
    if (pitr > 0) {
      ctx.add({
        name: `Point-in-time recovery (${pitr} replica${pitr > 1 ? 's' : ''})`,
        unit: 'GB-months',
        quantity: times(ctx.usage.number('storageGB'), new Decimal(pitr)),
        price: { serviceCode: 'AmazonDynamoDB', key: 'PITR Backup Storage GB-Mo' },
        usageBased: true,
        usageKeys: ['storageGB'],
      });
    }
  },
});

/**
 * Provisioned mode: write capacity is set once for all replicas (always auto scaled on a global
 * table: priced at its MinCapacity), read capacity per replica (fixed or auto scaled, at minimum).
 */
function addProvisionedCapacity(ctx: PricerContext, group: Replica[], ias: '' | ' IA', label: string): void {
  const r = ctx.resource;
  let wcu = capacity(r.properties, 'WriteProvisionedThroughputSettings', 'WriteCapacityAutoScalingSettings', undefined);
  for (const gsi of list(r, 'GlobalSecondaryIndexes') ?? []) {
    wcu += capacity(gsi as Record<string, unknown>, 'WriteProvisionedThroughputSettings', 'WriteCapacityAutoScalingSettings', undefined);
  }
  let rcu = 0;
  for (const replica of group) {
    rcu += capacity(replica.spec, 'ReadProvisionedThroughputSettings', 'ReadCapacityAutoScalingSettings', 'ReadCapacityUnits');
    for (const gsi of list(replica.spec, 'GlobalSecondaryIndexes') ?? []) {
      rcu += capacity(
        gsi as Record<string, unknown>,
        'ReadProvisionedThroughputSettings',
        'ReadCapacityAutoScalingSettings',
        'ReadCapacityUnits',
      );
    }
  }
  if (JSON.stringify(r.properties).includes('CapacityAutoScalingSettings'))
    ctx.note('auto-scaled capacity priced at its MinCapacity (the least it bills)');
  const n = group.length;
  ctx.add({
    name: `Replicated write capacity (${n} replica${n > 1 ? 's' : ''}${label})`,
    unit: 'rWCU-hours',
    quantity: HOURS_PER_MONTH.times(wcu).times(n),
    price: { serviceCode: 'AmazonDynamoDB', key: `Provisioned Replicated Write Units${ias}` },
    usageBased: false,
    formula: `${fmt(wcu)} WCU × ${n} replicas × 730 h`,
  });
  ctx.add({
    name: `Read capacity (${n} replica${n > 1 ? 's' : ''}${label})`,
    unit: 'RCU-hours',
    quantity: HOURS_PER_MONTH.times(rcu),
    price: { serviceCode: 'AmazonDynamoDB', key: `Provisioned Read Units${ias}` },
    usageBased: false,
    formula: `${fmt(rcu)} RCU (summed over replicas and their indexes) × 730 h`,
  });
}

/** Fixed units (`fixedKey`) or an auto scaling block's MinCapacity, 0 when neither is readable. */
function capacity(on: Record<string, unknown>, settings: string, autoScaling: string, fixedKey: string | undefined): number {
  if (fixedKey) {
    const fixed = num(on, `${settings}.${fixedKey}`);
    if (fixed !== undefined) return fixed;
  }
  return num(on, `${settings}.${autoScaling}.MinCapacity`) ?? 0;
}
