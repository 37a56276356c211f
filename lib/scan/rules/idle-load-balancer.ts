/**
 * Application / Network Load Balancer with no registered targets, or fewer than 100 requests (NLB:
 * new flows) on every one of the last 7 days — AWS Trusted Advisor "Idle Load Balancers". A load
 * balancer bills its hours whether it serves traffic or not.
 */
import type { LoadBalancerV2Record } from '../datasets/elbv2-load-balancers.js';
import type { MetricQuery } from '../metrics/metric-query.js';
import type { Evidence } from '../types.js';
import { count, dailyValues, idleCandidates, lastDays, metricEvidence } from './idle-helpers.js';
import type { Rule } from './rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

// Trusted Advisor "Idle Load Balancers": fewer than 100 requests per day over the last 7 days, or no
// (healthy) back-end targets.
export const ELB_REQUESTS_PER_DAY: ThresholdDefinition = {
  key: 'elb.requestsPerDay',
  default: 100,
  unit: 'requests/day',
  description: 'fewer requests (NLB: new flows) than this on every one of the last days',
  source: 'AWS Trusted Advisor, Idle Load Balancers',
};
export const ELB_DAYS: ThresholdDefinition = {
  key: 'elb.days',
  default: 7,
  unit: 'days',
  description: 'the days the request threshold is checked over',
  source: 'AWS Trusted Advisor, Idle Load Balancers',
};

function requestQuery(b: LoadBalancerV2Record): MetricQuery | undefined {
  if (b.kind === 'application')
    return { namespace: 'AWS/ApplicationELB', metric: 'RequestCount', dimensions: { LoadBalancer: b.metricDimension }, stat: 'Sum' };
  if (b.kind === 'network')
    return { namespace: 'AWS/NetworkELB', metric: 'NewFlowCount', dimensions: { LoadBalancer: b.metricDimension }, stat: 'Sum' };
  return undefined; // Gateway Load Balancers carry appliance traffic, not requests.
}

export const idleLoadBalancer: Rule = {
  id: 'idle-load-balancer',
  kind: 'idle',
  message: 'Load balancer with no targets or almost no requests',
  datasets: ['loadBalancersV2'],
  thresholds: [ELB_REQUESTS_PER_DAY, ELB_DAYS],
  optionalDatasets: ['stacks'],
  metrics: (data, ctx) =>
    idleCandidates(data.get('loadBalancersV2'), data, ctx, ctx.thresholds['elb.days'])
      .map((c) => requestQuery(c.record))
      .filter((q): q is MetricQuery => q !== undefined),
  evaluate(data, ctx, metrics) {
    const perDay = ctx.thresholds['elb.requestsPerDay']!;
    const days = lastDays(ctx, ctx.thresholds['elb.days']!);
    return idleCandidates(data.get('loadBalancersV2'), data, ctx, days.length).flatMap((c) => {
      const q = requestQuery(c.record);
      if (!q) return [];
      const evidence: Evidence[] = [];
      if (c.record.registeredTargets === 0) evidence.push({ text: 'no targets registered in any of its target groups' });
      const values = dailyValues(metrics, q, days);
      if (values.every((v) => v < perDay)) {
        evidence.push(
          metricEvidence(
            `fewer than ${count(perDay)} ${q.metric === 'RequestCount' ? 'requests' : 'new flows'} on each of the last ` +
              `${days.length} days (${values.map(count).join(', ')})`,
            q,
            metrics,
          ),
        );
      }
      if (evidence.length === 0) return [];
      return [
        {
          resource: c.record.resource,
          ...(c.stack ? { stack: c.stack } : {}),
          evidence,
          action: 'Delete the load balancer (and its listeners and target groups) if no client uses it any more.',
          usage: Object.fromEntries(
            ['newConnectionsPerSecond', 'activeConnectionsPerMinute', 'monthlyProcessedGB', 'ruleEvaluationsPerSecond'].map((k) => [
              k,
              { value: 0, explanation: 'idle' },
            ]),
          ),
        },
      ];
    });
  },
};
