/**
 * RDS Enhanced Monitoring (MonitoringInterval 1-60 s): RDS writes one OS-metrics JSON document per
 * interval to the RDSOSMetrics log group, billed as CloudWatch Logs ingestion ("Enhanced
 * Monitoring metrics are stored in CloudWatch Logs … you are charged … if you exceed the free
 * tier", RDS User Guide, Enhanced Monitoring). The sample count follows from the interval; the
 * size of a sample depends on the engine and its process list, which the template does not say:
 * `enhancedMonitoringKBPerSample` gives it (the line is usage-missing without it, never $0 silently).
 */
import { HOURS_PER_MONTH } from '../../money.js';
import type { PricerContext, UsageKeyDefinition } from '../pricer.js';
import { num } from '../../model/properties.js';
import { fmt } from '../../quantities.js';

export const ENHANCED_MONITORING_KEY: UsageKeyDefinition<'enhancedMonitoringKBPerSample'> = {
  name: 'enhancedMonitoringKBPerSample',
  unit: 'KB',
  description: 'Size of one Enhanced Monitoring sample (an RDSOSMetrics log event); priced as CloudWatch Logs ingestion',
};

const KB_PER_GB = 1024 * 1024;

export function addEnhancedMonitoring(ctx: PricerContext, instances = 1): void {
  const interval = num(ctx.resource, 'MonitoringInterval');
  if (interval === undefined || interval <= 0) return;
  const samples = HOURS_PER_MONTH.times(3600).div(interval).times(instances);
  const kb = ctx.usage.number(ENHANCED_MONITORING_KEY.name);
  ctx.add({
    name: `Enhanced Monitoring log ingestion (every ${interval} s)`,
    unit: 'GB',
    quantity: kb?.times(samples).div(KB_PER_GB),
    price: { serviceCode: 'AmazonCloudWatch', key: 'Logs Collected Data Ingestion' },
    usageBased: true,
    usageKeys: [ENHANCED_MONITORING_KEY.name],
    formula: `${fmt(samples)} samples (730 h × 3,600 s ÷ ${interval} s) × ${kb ? fmt(kb) : '?'} KB ÷ 1,048,576 KB/GB`,
  });
  if (!kb) {
    ctx.note(
      `Enhanced Monitoring sends ${fmt(samples)} samples a month to CloudWatch Logs: give enhancedMonitoringKBPerSample to price them`,
    );
  }
}
