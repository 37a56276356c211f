/**
 * RDS DB instance without a single connection on any of the last 7 days — AWS Trusted Advisor
 * "Amazon RDS Idle DB Instances". The instance and its storage bill every hour.
 */
import type { DbInstanceRecord } from '../datasets/rds-instances.js';
import type { MetricQuery } from '../metrics/metric-query.js';
import { count, dailyValues, idleCandidates, lastDays, metricEvidence } from './idle-helpers.js';
import type { Rule } from './rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

// Trusted Advisor "Amazon RDS Idle DB Instances": no connection in the last 7 days.
const RDS_DAYS: ThresholdDefinition = {
  key: 'rds.days',
  default: 7,
  unit: 'days',
  description: 'days without any database connection',
  source: 'AWS Trusted Advisor, Amazon RDS Idle DB Instances',
};

const connections = (d: DbInstanceRecord): MetricQuery => ({
  namespace: 'AWS/RDS',
  metric: 'DatabaseConnections',
  dimensions: { DBInstanceIdentifier: d.resource.name },
  stat: 'Maximum',
});

export const idleRdsInstance: Rule = {
  id: 'idle-rds-instance',
  kind: 'idle',
  message: 'RDS DB instance with no connections',
  datasets: ['dbInstances'],
  thresholds: [RDS_DAYS],
  optionalDatasets: ['stacks'],
  metrics: (data, ctx) =>
    idleCandidates(data.get('dbInstances'), data, ctx, ctx.thresholds['rds.days'])
      .filter((c) => c.record.status === 'available')
      .map((c) => connections(c.record)),
  evaluate(data, ctx, metrics) {
    const days = lastDays(ctx, ctx.thresholds['rds.days']!);
    return idleCandidates(data.get('dbInstances'), data, ctx, days.length)
      .filter((c) => c.record.status === 'available')
      .flatMap((c) => {
        const q = connections(c.record);
        const values = dailyValues(metrics, q, days);
        if (values.some((v) => v > 0)) return [];
        return [
          {
            resource: c.record.resource,
            ...(c.stack ? { stack: c.stack } : {}),
            evidence: [
              metricEvidence(
                `DatabaseConnections (Maximum) = 0 on each of the last ${days.length} days (${values.map(count).join(', ')})`,
                q,
                metrics,
              ),
            ],
            action:
              'Take a final snapshot and delete the instance, or stop it while you decide (a stopped instance restarts by itself ' +
              'after 7 days).',
          },
        ];
      });
  },
};
