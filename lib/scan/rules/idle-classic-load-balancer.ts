/**
 * Classic Load Balancer with no registered instances, or fewer than 100 requests on every one of
 * the last 7 days — AWS Trusted Advisor "Idle Load Balancers".
 */
import type { ClassicLoadBalancerRecord } from '../datasets/elb-classic.js';
import type { MetricQuery } from '../metrics/metric-query.js';
import type { Evidence } from '../types.js';
import { count, dailyValues, idleCandidates, lastDays, metricEvidence } from './idle-helpers.js';
import type { Rule } from './rule.js';
import { ELB_DAYS, ELB_REQUESTS_PER_DAY } from './idle-load-balancer.js';

const requests = (b: ClassicLoadBalancerRecord): MetricQuery => ({
  namespace: 'AWS/ELB',
  metric: 'RequestCount',
  dimensions: { LoadBalancerName: b.resource.name },
  stat: 'Sum',
});

export const idleClassicLoadBalancer: Rule = {
  id: 'idle-classic-load-balancer',
  kind: 'idle',
  message: 'Classic Load Balancer with no instances or almost no requests',
  datasets: ['classicLoadBalancers'],
  thresholds: [ELB_REQUESTS_PER_DAY, ELB_DAYS],
  optionalDatasets: ['stacks'],
  metrics: (data, ctx) =>
    idleCandidates(data.get('classicLoadBalancers'), data, ctx, ctx.thresholds['elb.days']).map((c) => requests(c.record)),
  evaluate(data, ctx, metrics) {
    const perDay = ctx.thresholds['elb.requestsPerDay']!;
    const days = lastDays(ctx, ctx.thresholds['elb.days']!);
    return idleCandidates(data.get('classicLoadBalancers'), data, ctx, days.length).flatMap((c) => {
      const q = requests(c.record);
      const evidence: Evidence[] = [];
      if (c.record.instances === 0) evidence.push({ text: 'no instances registered' });
      const values = dailyValues(metrics, q, days);
      if (values.every((v) => v < perDay))
        evidence.push(
          metricEvidence(
            `fewer than ${count(perDay)} requests on each of the last ${days.length} days (${values.map(count).join(', ')})`,
            q,
            metrics,
          ),
        );
      if (evidence.length === 0) return [];
      return [
        {
          resource: c.record.resource,
          ...(c.stack ? { stack: c.stack } : {}),
          evidence,
          action: 'Delete the load balancer if no client uses it any more.',
          usage: { monthlyProcessedGB: { value: 0, explanation: 'idle' } },
        },
      ];
    });
  },
};
