/**
 * AWS::CloudWatch::Alarm — billed per alarm metric per month: standard resolution (period of 60 s
 * or more) or high resolution (10 or 30 s). A metric-math alarm counts every metric it reads (not
 * the expressions); an anomaly-detection alarm counts 3 (the metric and the band's two bounds).
 * AWS::CloudWatch::CompositeAlarm — one flat monthly rate per alarm.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { list, num, str } from '../../model/properties.js';

const ANOMALY_OPERATORS = ['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'];

export const cloudWatchAlarm = definePricer({
  types: ['AWS::CloudWatch::Alarm'],
  service: 'CloudWatch',
  serviceCodes: ['AmazonCloudWatch'],
  usageKeys: [],
  price(ctx) {
    const r = ctx.resource;
    let standard = 0;
    let high = 0;
    const metrics = list(r, 'Metrics');
    if (metrics) {
      for (const m of metrics) {
        const query = m as Record<string, unknown>;
        if (query.MetricStat === undefined) continue; // an expression: not billed by itself
        const period = num(query, 'MetricStat.Period') ?? 60;
        if (period < 60) high++;
        else standard++;
      }
      if (metrics.some((m) => /SELECT\s/i.test(str(m as Record<string, unknown>, 'Expression') ?? ''))) {
        ctx.note('Metrics Insights query alarms are billed per metric the query analyzes: not included');
      }
    } else {
      const period = num(r, 'Period') ?? 60;
      if (period < 60) high++;
      else standard++;
    }
    const anomaly = ANOMALY_OPERATORS.includes(str(r, 'ComparisonOperator') ?? '');
    const factor = anomaly ? 3 : 1;
    if (anomaly) ctx.note("anomaly detection: each metric counts 3 times (the metric and the band's upper and lower bounds)");
    if (standard > 0) {
      ctx.add({
        name: `Standard-resolution alarm metrics${anomaly ? ' (anomaly detection)' : ''}`,
        unit: 'alarm metric-months',
        quantity: new Decimal(standard * factor),
        price: { serviceCode: 'AmazonCloudWatch', key: 'Alarm Standard' },
        usageBased: false,
        ...(standard * factor > 1 ? { formula: `${standard} metric${standard > 1 ? 's' : ''}${anomaly ? ' × 3' : ''}` } : {}),
      });
    }
    if (high > 0) {
      ctx.add({
        name: `High-resolution alarm metrics${anomaly ? ' (anomaly detection)' : ''}`,
        unit: 'alarm metric-months',
        quantity: new Decimal(high * factor),
        price: { serviceCode: 'AmazonCloudWatch', key: 'Alarm High Resolution' },
        usageBased: false,
        ...(high * factor > 1 ? { formula: `${high} metric${high > 1 ? 's' : ''}${anomaly ? ' × 3' : ''}` } : {}),
      });
    }
    if (standard + high === 0) ctx.unsupported('the alarm reads no metric (Metrics has no MetricStat)');
  },
});

export const cloudWatchCompositeAlarm = definePricer({
  types: ['AWS::CloudWatch::CompositeAlarm'],
  service: 'CloudWatch',
  serviceCodes: ['AmazonCloudWatch'],
  usageKeys: [],
  price(ctx) {
    ctx.add({
      name: 'Composite alarm',
      unit: 'alarm-months',
      quantity: new Decimal(1),
      price: { serviceCode: 'AmazonCloudWatch', key: 'Alarm Composite' },
      usageBased: false,
    });
  },
});
