/**
 * AWS::MemoryDB::Cluster — node-hours of NumShards × (1 + NumReplicasPerShard) nodes of NodeType, at
 * the engine's rate (Redis OSS or Valkey; `MemoryDBNode:<engine>:<nodeType>`), and data written from
 * usage: Redis OSS per GB; Valkey free for the first 10 TB a month ("… Valkey 0 to 10000"). The
 * Valkey rate above 10 TB sits in AWS's data under an opaque key only (its readable name points at the
 * free rate), so a volume above 10 TB gets a line that says it has no price.
 */
import { Decimal } from '../../money.js';
import { memoryDbNodeKey } from '../../pricing/catalog-keys.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { num, str } from '../../model/properties.js';
import { HOURS_PER_MONTH } from '../../quantities.js';
import { readClass } from './read-class.js';

const MEMORYDB = 'AmazonMemoryDB';
const VALKEY_FREE_GB = new Decimal(10000); // the rate names' own bound: "Valkey 0 to 10000"

export const memoryDbCluster = definePricer({
  types: ['AWS::MemoryDB::Cluster'],
  service: 'MemoryDB',
  serviceCodes: [MEMORYDB],
  usageKeys: [{ name: 'dataWrittenGB', unit: 'GB/month', description: 'Data written to the cluster per month' }],
  price(ctx) {
    const engine = (str(ctx.resource, 'Engine') ?? 'redis').toLowerCase() === 'valkey' ? 'Valkey' : 'Redis';
    const nodeType = readClass(ctx, 'NodeType', 'Node hours');
    if (nodeType) {
      const shards = num(ctx.resource, 'NumShards') ?? 1;
      const replicas = num(ctx.resource, 'NumReplicasPerShard') ?? 1;
      const nodes = shards * (1 + replicas);
      ctx.add({
        name: `Nodes (${engine}, ${shards} shard${shards === 1 ? '' : 's'} × ${1 + replicas} nodes, ${nodeType})`,
        unit: 'hours',
        quantity: HOURS_PER_MONTH.times(nodes),
        price: { serviceCode: MEMORYDB, key: memoryDbNodeKey(engine, nodeType) },
        usageBased: false,
        formula: `${shards} × (1 primary + ${replicas} replicas) × 730 h`,
      });
    }
    addDataWritten(ctx, engine);
  },
});

function addDataWritten(ctx: PricerContext, engine: 'Redis' | 'Valkey'): void {
  const gb = ctx.usage.number('dataWrittenGB');
  if (engine === 'Redis') {
    const price = { serviceCode: MEMORYDB, key: 'Data Written per GB' } as const;
    ctx.add({ name: 'Data written', unit: 'GB', quantity: gb, price, usageBased: true, usageKeys: ['dataWrittenGB'] });
    return;
  }
  ctx.add({
    name: 'Data written (Valkey, first 10 TB free)',
    unit: 'GB',
    quantity: gb ? Decimal.min(gb, VALKEY_FREE_GB) : gb,
    price: { serviceCode: MEMORYDB, key: 'Data Written per GB-Mo Valkey 0 to 10000' },
    usageBased: true,
    usageKeys: ['dataWrittenGB'],
  });
  if (gb?.gt(VALKEY_FREE_GB)) {
    ctx.note('Valkey data written above 10 TB a month: AWS lists that rate under an opaque key only, so it is not in the bundled data');
    ctx.add({
      name: 'Data written (Valkey, above 10 TB)',
      unit: 'GB',
      quantity: gb.minus(VALKEY_FREE_GB),
      price: { serviceCode: MEMORYDB, key: 'MemoryDB Valkey Data Written above 10 TB' },
      usageBased: true,
      usageKeys: ['dataWrittenGB'],
    });
  }
}
