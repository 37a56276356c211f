/**
 * The cost of a function's provisioned concurrency: the concurrency itself (executions × memory,
 * every second of the month, "Lambda Provisioned-Concurrency") and the duration of invocations it
 * serves at the lower provisioned rate ("Lambda Duration-Provisioned"). Invocations are assumed to
 * use the provisioned environments first; duration beyond what they can serve in a month spills
 * over to the standard, tiered duration rate.
 */
import { Decimal, HOURS_PER_MONTH } from '../../money.js';
import type { PricerContext, UsageKeyDefinition } from '../pricer.js';
import { fmt } from '../../quantities.js';
import type { ProvisionedConcurrency } from './lambda-provisioned-concurrency.js';

/** Provisioned concurrency is billed while it is configured: scheduled scaling can keep it on part of the month. */
export const PROVISIONED_HOURS_KEY: UsageKeyDefinition<'provisionedConcurrencyHours'> = {
  name: 'provisionedConcurrencyHours',
  unit: 'hours/month',
  description: 'Hours a month the provisioned concurrency is configured (default 730)',
};

export interface FunctionShape {
  memoryMb: number;
  memoryGb: Decimal;
  arm: boolean;
  /** requests × seconds × GB, when usage is given. */
  durationGbSeconds: Decimal | undefined;
  durationFormula: string | undefined;
}

export function addProvisionedConcurrency(ctx: PricerContext, pc: ProvisionedConcurrency, fn: FunctionShape): void {
  const suffix = fn.arm ? '-ARM' : '';
  const label = `${fn.memoryMb} MB${fn.arm ? ', Arm' : ''}`;
  for (const unknown of pc.unknown) ctx.note(`provisioned concurrency of ${unknown}: not priced`);
  const hours = ctx.usage.numberOr(PROVISIONED_HOURS_KEY.name, HOURS_PER_MONTH.toFixed());
  const seconds = hours.times(3600);
  const capacity = new Decimal(pc.executions).times(fn.memoryGb).times(seconds);
  if (pc.executions > 0) {
    ctx.add({
      name: `Provisioned concurrency (${pc.executions} × ${label})`,
      unit: 'GB-seconds',
      quantity: capacity,
      price: { serviceCode: 'AWSLambda', key: `Lambda Provisioned-Concurrency${suffix}` },
      usageBased: false,
      formula: `${pc.executions} executions (${pc.sources.join('; ')}) × ${fmt(fn.memoryGb)} GB × ${fmt(seconds)} s (${fmt(hours)} h)`,
    });
  }
  const onProvisioned = fn.durationGbSeconds ? Decimal.min(fn.durationGbSeconds, capacity) : undefined;
  ctx.add({
    name: `Duration on provisioned concurrency (${label})`,
    unit: 'GB-seconds',
    quantity: onProvisioned,
    price: { serviceCode: 'AWSLambda', key: `Lambda Duration-Provisioned${suffix}` },
    usageBased: true,
    usageKeys: ['monthlyRequests', 'avgDurationMs'],
    ...(fn.durationFormula ? { formula: `${fn.durationFormula}, up to ${fmt(capacity)} GB-s the provisioned environments can serve` } : {}),
  });
  const spill = fn.durationGbSeconds && onProvisioned ? fn.durationGbSeconds.minus(onProvisioned) : undefined;
  if (spill?.gt(0)) {
    ctx.add({
      name: `Duration beyond provisioned concurrency (${label})`,
      unit: 'GB-seconds',
      quantity: spill,
      price: { serviceCode: 'AWSLambda', key: `Lambda Duration${suffix}` },
      usageBased: true,
      usageKeys: ['monthlyRequests', 'avgDurationMs'],
      formula: `${fmt(fn.durationGbSeconds!)} − ${fmt(onProvisioned!)} GB-s`,
    });
  }
  ctx.note('invocations assumed to run on the provisioned environments first (as when clients call the alias or version that has them)');
}
