/**
 * Performance Insights long-term retention on an RDS/Aurora instance. The last 7 days are free;
 * PerformanceInsightsRetentionPeriod beyond that (31 × months, or 731 for 24 months) bills per vCPU
 * per month: the first month of retention at one rate, each further month at a lower one
 * ("Performance Insights <engine> ProvisionedFMR / ProvisionedAMR vCPU Months" in the Aurora data).
 */
import { Decimal } from '../../money.js';
import type { PricerContext } from '../pricer.js';
import { bool, num } from '../../model/properties.js';
import { vcpusOf } from './instance-vcpus.js';
import { auroraEngine, type RdsEngine } from './rds-engine.js';

/** Months of retention a PerformanceInsightsRetentionPeriod (days) stands for: 7 → 0 (free), 31·n → n, 731 → 24. */
export function retentionMonths(days: number): number {
  if (days <= 7) return 0;
  return days >= 731 ? 24 : Math.ceil(days / 31);
}

export function addPerformanceInsights(ctx: PricerContext, engine: RdsEngine | undefined, dbClass: string | undefined): void {
  const r = ctx.resource;
  const days = num(r, 'PerformanceInsightsRetentionPeriod');
  if (bool(r, 'EnablePerformanceInsights') !== true || days === undefined) return;
  const months = retentionMonths(days);
  if (months === 0) return;
  const aurora = engine ? auroraEngine(engine) : undefined;
  if (!aurora) {
    ctx.note(`Performance Insights retention of ${days} days not priced: the bundled data has its per-vCPU rates for Aurora only`);
    return;
  }
  const found = dbClass ? vcpusOf(dbClass) : undefined;
  if (found === undefined) {
    ctx.note(`Performance Insights retention of ${days} days not priced: the vCPUs of ${dbClass ?? 'the instance class'} are not known`);
    return;
  }
  if (found.note) ctx.note(found.note);
  const vcpus = found.vcpus;
  const rate = (kind: 'FMR' | 'AMR') =>
    ({
      serviceCode: 'AmazonRDS',
      key: `Performance Insights ${aurora} Provisioned${kind} vCPU Months`,
    }) as const;
  ctx.add({
    name: `Performance Insights retention, first month (${vcpus} vCPUs)`,
    unit: 'vCPU-months',
    quantity: new Decimal(vcpus),
    price: rate('FMR'),
    usageBased: false,
    formula: `${vcpus} vCPUs (${dbClass}) × 1 month`,
  });
  if (months > 1) {
    ctx.add({
      name: `Performance Insights retention, ${months - 1} further month${months > 2 ? 's' : ''} (${vcpus} vCPUs)`,
      unit: 'vCPU-months',
      quantity: new Decimal(vcpus * (months - 1)),
      price: rate('AMR'),
      usageBased: false,
      formula: `${vcpus} vCPUs × ${months - 1} months beyond the first (retention ${days} days)`,
    });
  }
}
