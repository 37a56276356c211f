/**
 * Compute: Lambda functions (invocations, and the records they process), and the sinks of a load
 * balancer or CloudFront (ECS services, instances, Auto Scaling groups), which are priced by time.
 */
import { fmt } from '../../../quantities.js';
import type { NodeKind } from '../node-kind.js';

export const lambdaFunctionNode: NodeKind = {
  types: ['AWS::Lambda::Function'],
  primary: 'invocations',
  channels: { invocations: 'invocations', records: 'records' },
  roles: { write: 'invocations' },
  eventsKey: 'monthlyRequests',
  ratios: [],
  usage(node) {
    if (!node.has('invocations')) return [];
    const n = node.amount('invocations');
    return [{ key: 'monthlyRequests', value: n, formula: () => `${fmt(n)} invocations`, channels: ['invocations'] }];
  },
};

export const serviceTargetNode: NodeKind = {
  types: ['AWS::ECS::Service', 'AWS::EC2::Instance', 'AWS::AutoScaling::AutoScalingGroup', 'AWS::ElasticLoadBalancingV2::TargetGroup'],
  primary: 'requests',
  channels: { requests: 'requests' },
  ratios: [],
  usage: () => [],
};
