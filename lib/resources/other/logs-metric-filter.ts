/**
 * AWS::Logs::MetricFilter — each metric transformation publishes a custom CloudWatch metric, billed
 * per metric-month (tiered by the account's metric count; priced at the first tier here). The
 * foundation's free list said "priced under CloudWatch", but nothing priced it: that was a silent zero.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { list } from '../../model/properties.js';

export const logsMetricFilter = definePricer({
  types: ['AWS::Logs::MetricFilter'],
  service: 'CloudWatch',
  serviceCodes: ['AmazonCloudWatch'],
  usageKeys: [],
  price(ctx) {
    const transformations = (list(ctx.resource, 'MetricTransformations') ?? []) as Array<Record<string, unknown>>;
    const metrics = Math.max(1, transformations.length);
    if (transformations.some((t) => Array.isArray(t.Dimensions) && t.Dimensions.length > 0)) {
      ctx.note('metrics with Dimensions: every distinct dimension value is a separate custom metric; priced as one each');
    }
    if (!transformations.some((t) => t.DefaultValue !== undefined)) {
      ctx.note('without a DefaultValue a metric is billed only for the hours it receives data; priced as a full month (an upper bound)');
    }
    ctx.add({
      name: `Custom metric${metrics === 1 ? '' : 's'} published`,
      unit: 'metric-months',
      quantity: new Decimal(metrics),
      price: { serviceCode: 'AmazonCloudWatch', key: 'Metric' },
      usageBased: false,
    });
  },
});
