/**
 * Running EC2 instance with daily CPU ≤ 10% and network I/O ≤ 5 MB on 4 or more days of the
 * lookback — AWS Trusted Advisor "Low Utilization Amazon EC2 Instances". Days CloudWatch has no CPU
 * datapoint for are unknown and never count as low.
 */
import type { InstanceRecord } from '../datasets/ec2-instances.js';
import type { MetricQuery } from '../metrics/metric-query.js';
import { count, idleCandidates, metricEvidence, windowText } from './idle-helpers.js';
import type { Rule } from './rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

// AWS Trusted Advisor "Low Utilization Amazon EC2 Instances": daily CPU ≤ 10% and network I/O ≤ 5 MB
// on 4 or more of the last 14 days.
const CPU_PERCENT: ThresholdDefinition = {
  key: 'ec2.cpuPercent',
  default: 10,
  unit: '%',
  description: 'daily average CPU at or below this counts as a low day',
  source: 'AWS Trusted Advisor, Low Utilization Amazon EC2 Instances',
};
const NETWORK_MB: ThresholdDefinition = {
  key: 'ec2.networkMB',
  default: 5,
  unit: 'MB/day',
  description: 'daily network in + out at or below this counts as a low day',
  source: 'AWS Trusted Advisor, Low Utilization Amazon EC2 Instances',
};
const LOW_DAYS: ThresholdDefinition = {
  key: 'ec2.lowDays',
  default: 4,
  unit: 'days',
  description: 'low days (within the lookback) that make an instance idle',
  source: 'AWS Trusted Advisor, Low Utilization Amazon EC2 Instances',
};

const BYTES_PER_MB = 1024 * 1024;

function queries(i: InstanceRecord): { cpu: MetricQuery; networkIn: MetricQuery; networkOut: MetricQuery } {
  const dimensions = { InstanceId: i.resource.id };
  return {
    cpu: { namespace: 'AWS/EC2', metric: 'CPUUtilization', dimensions, stat: 'Average' },
    networkIn: { namespace: 'AWS/EC2', metric: 'NetworkIn', dimensions, stat: 'Sum' },
    networkOut: { namespace: 'AWS/EC2', metric: 'NetworkOut', dimensions, stat: 'Sum' },
  };
}

export const idleEc2Instance: Rule = {
  id: 'idle-ec2-instance',
  kind: 'idle',
  message: 'EC2 instance with low CPU and network use',
  datasets: ['instances'],
  thresholds: [CPU_PERCENT, NETWORK_MB, LOW_DAYS],
  optionalDatasets: ['stacks'],
  metrics: (data, ctx) =>
    idleCandidates(data.get('instances'), data, ctx)
      .filter((c) => c.record.state === 'running')
      .flatMap((c) => Object.values(queries(c.record))),
  evaluate(data, ctx, metrics) {
    const cpuLimit = ctx.thresholds['ec2.cpuPercent']!;
    const networkLimit = ctx.thresholds['ec2.networkMB']! * BYTES_PER_MB;
    const needed = ctx.thresholds['ec2.lowDays']!;
    return idleCandidates(data.get('instances'), data, ctx)
      .filter((c) => c.record.state === 'running')
      .flatMap((c) => {
        const q = queries(c.record);
        const network = new Map<string, number>();
        for (const p of [...metrics.series(q.networkIn).points, ...metrics.series(q.networkOut).points])
          network.set(p.day, (network.get(p.day) ?? 0) + p.value);
        const lowDays = metrics
          .series(q.cpu)
          .points.filter((p) => p.value <= cpuLimit && (network.get(p.day) ?? 0) <= networkLimit)
          .map((p) => p.day);
        if (lowDays.length < needed) return [];
        return [
          {
            resource: c.record.resource,
            ...(c.stack ? { stack: c.stack } : {}),
            evidence: [
              {
                text:
                  `${lowDays.length} of ${ctx.lookbackDays} days with CPU ≤ ${count(cpuLimit)}% and network ≤ ` +
                  `${count(ctx.thresholds['ec2.networkMB']!)} MB (${windowText(ctx)}): ${lowDays.join(', ')}`,
              },
              metricEvidence('CPUUtilization, daily average', q.cpu, metrics),
              metricEvidence('NetworkIn, daily sum (bytes)', q.networkIn, metrics),
              metricEvidence('NetworkOut, daily sum (bytes)', q.networkOut, metrics),
            ],
            action: 'Stop or terminate the instance if it does no work, or move it to a smaller instance type (see AWS Compute Optimizer).',
          },
        ];
      });
  },
};
