/**
 * SNS subscriptions → SQS queue / Lambda function: every published message is delivered to every
 * subscription (a filter policy lowers that: give `share`). Subscriptions to HTTP, email or SMS
 * endpoints leave the app, so they are priced on the topic and are not edges.
 */
import type { ResourceModel } from '../../model/architecture.js';
import type { EdgeKind, FlowEdge } from '../edge-kind.js';

export const snsSubscriptions: EdgeKind = {
  kind: 'sns-subscription',
  description: 'SNS subscription → queue or function: one delivery per published message',
  ratios: [{ name: 'share', unit: 'fraction', description: 'share of messages that pass the filter policy', default: 1 }],
  find(index) {
    const edges: FlowEdge[] = [];
    const add = (topicRef: unknown, endpoint: unknown, protocol: unknown, filtered: boolean, at: ResourceModel) => {
      const topic = index.referencedOfType(at, topicRef, 'AWS::SNS::Topic');
      const target = index.referencedOfType(at, endpoint, 'AWS::SQS::Queue', 'AWS::Lambda::Function');
      if (!topic || !target) return;
      edges.push({
        kind: 'sns-subscription',
        from: topic,
        to: target,
        label:
          `SNS subscription ` +
          `(${typeof protocol === 'string' ? protocol : 'protocol not resolved'}${filtered ? ', filter policy' : ''})`,
        facts: { protocol: typeof protocol === 'string' ? protocol : '', filtered },
        via: at.path,
      });
    };
    for (const sub of index.ofType('AWS::SNS::Subscription')) {
      const p = sub.properties;
      add(p.TopicArn, p.Endpoint, p.Protocol, p.FilterPolicy !== undefined, sub);
    }
    for (const topic of index.ofType('AWS::SNS::Topic')) {
      const inline = topic.properties.Subscription;
      if (!Array.isArray(inline)) continue;
      for (const s of inline as Array<Record<string, unknown>>) add({ Ref: topic.logicalId }, s.Endpoint, s.Protocol, false, topic);
    }
    return edges;
  },
  carry(_edge, source, ratios) {
    const share = ratios.get('share')!;
    const step = share.eq(1) ? '× 1 delivery per message' : `× ${share} (share passing the filter policy)`;
    return [{ channel: 'primary', amount: source.amount(source.primary).times(share), from: source.primary, step }];
  },
};
