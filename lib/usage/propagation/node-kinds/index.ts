/**
 * Every node kind, by CloudFormation type. A resource of any other type that an edge reaches is
 * still a node (so its load shows in --explain), with one channel and no usage keys.
 */
import type { NodeKind } from '../node-kind.js';
import { lambdaFunctionNode, serviceTargetNode } from './compute.js';
import { distributionNode, httpApiNode, loadBalancerNode, restApiNode } from './front-doors.js';
import { eventBusNode, eventRuleNode, kinesisStreamNode, snsTopicNode, sqsQueueNode } from './messaging.js';
import { dynamodbTableNode, logGroupNode, s3BucketNode, secretNode } from './storage.js';
import { stateMachineNode } from './workflows.js';

export const NODE_KINDS: NodeKind[] = [
  lambdaFunctionNode,
  serviceTargetNode,
  restApiNode,
  httpApiNode,
  distributionNode,
  loadBalancerNode,
  sqsQueueNode,
  snsTopicNode,
  eventBusNode,
  eventRuleNode,
  kinesisStreamNode,
  s3BucketNode,
  dynamodbTableNode,
  logGroupNode,
  secretNode,
  stateMachineNode,
];

const GENERIC: NodeKind = {
  types: [],
  primary: 'events',
  channels: { events: 'events' },
  roles: { write: 'events', read: 'events' },
  ratios: [],
  usage: () => [],
};

const byType = new Map<string, NodeKind>();
for (const kind of NODE_KINDS) for (const type of kind.types) byType.set(type, kind);

export function nodeKindOf(type: string): NodeKind {
  return byType.get(type) ?? GENERIC;
}

export function hasNodeKind(type: string): boolean {
  return byType.has(type);
}
