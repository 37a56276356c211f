/**
 * EventBridge: an event bus → each rule on it (events that match the rule's pattern), and a rule
 * or an EventBridge Scheduler schedule → each of its targets (one delivery per event). A scheduled
 * rule or schedule produces its own events (see the rule's node kind); they do not grow with load.
 */
import type { ResourceModel } from '../../model/architecture.js';
import type { EdgeKind, FlowEdge } from '../edge-kind.js';
import type { ResourceIndex } from '../references.js';

const TARGET_TYPES = [
  'AWS::Lambda::Function',
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::StepFunctions::StateMachine',
  'AWS::Events::EventBus',
  'AWS::Kinesis::Stream',
  'AWS::KinesisFirehose::DeliveryStream',
  'AWS::ECS::Cluster',
];

export const eventBridgeTargets: EdgeKind = {
  kind: 'eventbridge-target',
  description: 'EventBridge bus → rule (matching events) and rule or schedule → target (one delivery per event)',
  ratios: [
    {
      name: 'share',
      unit: 'fraction',
      description: 'bus → rule: share of the bus events that match the rule pattern (default: all)',
      default: 1,
    },
  ],
  find(index) {
    const edges: FlowEdge[] = [];
    for (const rule of index.ofType('AWS::Events::Rule')) {
      const bus = index.referencedOfType(rule, rule.properties.EventBusName, 'AWS::Events::EventBus');
      if (bus && rule.properties.EventPattern !== undefined) {
        edges.push({
          kind: 'eventbridge-target',
          from: bus,
          to: rule,
          label: 'EventBridge rule on the bus (pattern match)',
          facts: { match: true },
          via: rule.path,
        });
      }
      const targets = rule.properties.Targets;
      for (const t of Array.isArray(targets) ? (targets as Array<Record<string, unknown>>) : [])
        addTarget(index, edges, rule, t.Arn, 'EventBridge rule target');
    }
    for (const schedule of index.ofType('AWS::Scheduler::Schedule')) {
      const target = schedule.properties.Target as Record<string, unknown> | undefined;
      if (target) addTarget(index, edges, schedule, target.Arn, 'EventBridge Scheduler target');
    }
    return edges;
  },
  carry(edge, source, ratios) {
    if (edge.facts.match === true) {
      const share = ratios.get('share')!;
      return [
        {
          channel: 'primary',
          amount: source.amount(source.primary).times(share),
          from: source.primary,
          step: share.eq(1) ? '× 1 (every event assumed to match; give share)' : `× ${share} (share matching the pattern)`,
        },
      ];
    }
    return [{ channel: 'primary', amount: source.amount(source.primary), from: source.primary, step: '× 1 delivery per event' }];
  },
};

function addTarget(index: ResourceIndex, edges: FlowEdge[], from: ResourceModel, arn: unknown, label: string): void {
  const target = index.referencedOfType(from, arn, ...TARGET_TYPES);
  if (target && target !== from) edges.push({ kind: 'eventbridge-target', from, to: target, label, facts: {}, via: from.path });
}
