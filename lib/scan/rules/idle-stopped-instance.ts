/**
 * EC2 instance stopped for more than 30 days with EBS volumes attached: the instance costs nothing
 * while stopped, but its volumes bill every month (Cloud Custodian "state-age" examples; AWS
 * Compute Optimizer). The waste is the price of those volumes.
 */
import { DAY_SECONDS } from '../metrics/fetch-metrics.js';
import type { LiveResource } from '../types.js';
import { inScope, stackOf } from './stack-index.js';
import type { Rule } from './rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

// Cloud Custodian's documented "stopped instances" policies and AWS Compute Optimizer both treat a
// month-long stop as abandonment; the EBS volumes of a stopped instance keep billing.
const STOPPED_DAYS: ThresholdDefinition = {
  key: 'ec2.stoppedDays',
  default: 30,
  unit: 'days',
  description: 'stopped for longer than this, with volumes attached',
  source: 'Cloud Custodian ec2 "state-age" filter examples; AWS Compute Optimizer idle EC2',
};

export const idleStoppedInstance: Rule = {
  id: 'idle-stopped-instance',
  kind: 'idle',
  message: 'EC2 instance stopped for a long time with volumes attached',
  datasets: ['instances'],
  thresholds: [STOPPED_DAYS],
  optionalDatasets: ['volumes', 'stacks'],
  evaluate(data, ctx) {
    const limitDays = ctx.thresholds['ec2.stoppedDays']!;
    const volumes = new Map<string, LiveResource>(data.has('volumes') ? data.get('volumes').map((v) => [v.resource.id, v.resource]) : []);
    return data.get('instances').flatMap((i) => {
      if (i.state !== 'stopped' || !i.stateSince || i.volumeIds.length === 0) return [];
      const days = Math.floor((ctx.now.getTime() - i.stateSince.getTime()) / (DAY_SECONDS * 1000));
      if (days <= limitDays) return [];
      const stack = stackOf(i.resource, data);
      if (!inScope(stack, ctx)) return [];
      const attached = i.volumeIds.map((id) => volumes.get(id)).filter((v): v is LiveResource => v !== undefined);
      return [
        {
          resource: i.resource,
          ...(stack ? { stack } : {}),
          evidence: [
            {
              text:
                `stopped since ${i.stateSince.toISOString().slice(0, 10)} (${days} days, threshold ec2.stoppedDays > ` +
                `${limitDays}) with volumes ${i.volumeIds.join(', ')} attached`,
            },
          ],
          action:
            'Snapshot the volumes and terminate the instance if it is not coming back; the attached volumes bill while it is stopped.',
          ...(attached.length === i.volumeIds.length
            ? { costOf: attached }
            : { unpricedReason: 'its attached volumes could not be read (DescribeVolumes)' }),
        },
      ];
    });
  },
};
