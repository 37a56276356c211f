/**
 * Aurora Serverless capacity, billed per ACU-hour. v1 (a cluster with EngineMode serverless) has
 * its rate in the data ("Aurora MySQL Serverless"); v2 (db.serverless instances in a cluster with
 * ServerlessV2ScalingConfiguration) has "Aurora MySQL ServerlessV2" (reshaped Aurora data), and a
 * higher rate in an I/O-Optimized cluster ("… ServerlessV2 Aurora IO Optimization Mode").
 */
import { Decimal } from '../../money.js';
import type { ResourceModel } from '../../model/architecture.js';
import type { PricerContext } from '../pricer.js';
import { num, str } from '../../model/properties.js';
import { HOURS_PER_MONTH, fmt } from '../../quantities.js';
import type { RdsEngine } from './rds-engine.js';

/** ACU-hours from averageACUs, else the configured minimum (the least the capacity bills). */
function acuHours(
  ctx: PricerContext,
  minCapacity: number | undefined,
  minPath: string,
): { quantity: Decimal | undefined; formula?: string } {
  if (ctx.usage.has('averageACUs')) {
    const average = ctx.usage.number('averageACUs')!;
    return { quantity: average.times(HOURS_PER_MONTH), formula: `${fmt(average)} ACUs × 730 h` };
  }
  if (minCapacity !== undefined && minCapacity > 0) {
    ctx.note(`capacity priced at ${minPath} ${minCapacity} ACUs, the least it bills; give averageACUs for the expected load`);
    return { quantity: new Decimal(minCapacity).times(HOURS_PER_MONTH), formula: `${fmt(minCapacity)} ACUs (minimum) × 730 h` };
  }
  ctx.usage.number('averageACUs'); // recorded as missing
  return { quantity: undefined };
}

/** A db.serverless instance: ACU-hours at the Serverless v2 rate (returned for per-ACU charges such as Extended Support). */
export function addServerlessV2Capacity(
  ctx: PricerContext,
  engine: RdsEngine | undefined,
  cluster: ResourceModel | undefined,
): { quantity: Decimal | undefined; formula?: string } {
  const name = engine?.name ?? 'Aurora';
  const min = cluster ? num(cluster, 'ServerlessV2ScalingConfiguration.MinCapacity') : undefined;
  const { quantity, formula } = acuHours(ctx, min, `the cluster's ServerlessV2ScalingConfiguration.MinCapacity`);
  const ioOptimized = cluster !== undefined && str(cluster, 'StorageType') === 'aurora-iopt1';
  ctx.add({
    name: `Aurora Serverless v2 capacity (${name}${ioOptimized ? ', I/O-Optimized' : ''})`,
    unit: 'ACU-hours',
    quantity,
    price: { serviceCode: 'AmazonRDS', key: `${name} ServerlessV2${ioOptimized ? ' Aurora IO Optimization Mode' : ''}` },
    usageBased: true,
    usageKeys: ['averageACUs'],
    ...(formula ? { formula } : {}),
  });
  return { quantity, ...(formula ? { formula } : {}) };
}

/** A cluster with EngineMode serverless: ACU-hours at the Serverless v1 rate. */
export function addServerlessV1Capacity(ctx: PricerContext, engine: RdsEngine): void {
  const min = num(ctx.resource, 'ScalingConfiguration.MinCapacity');
  // v1 pauses to zero capacity when idle (AutoPause), so its minimum is no floor: ask for usage.
  if (!ctx.usage.has('averageACUs')) {
    ctx.note(
      `Serverless v1 capacity depends on load (it can pause to 0 ` +
        `ACUs${min !== undefined ? `; MinCapacity ${min} while running` : ''}): give averageACUs`,
    );
  }
  const average = ctx.usage.number('averageACUs');
  ctx.add({
    name: `Aurora Serverless v1 capacity (${engine.name})`,
    unit: 'ACU-hours',
    quantity: average?.times(HOURS_PER_MONTH),
    price: { serviceCode: 'AmazonRDS', key: `${engine.name} Serverless` },
    usageBased: true,
    usageKeys: ['averageACUs'],
    ...(average ? { formula: `${fmt(average)} ACUs × 730 h` } : {}),
  });
}
