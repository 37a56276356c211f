/**
 * Messaging: SQS queues, SNS topics, EventBridge buses, rules and schedules, Kinesis streams.
 */
import { Decimal, HOURS_PER_MONTH } from '../../../money.js';
import { fmt } from '../../../quantities.js';
import type { ResourceModel } from '../../../model/architecture.js';
import { cronFiresPerMonth } from '../../../model/cron-fires.js';
import { underKeys, type IntrinsicLoad, type NodeKind } from '../node-kind.js';

export const sqsQueueNode: NodeKind = {
  types: ['AWS::SQS::Queue'],
  primary: 'messages',
  channels: { messages: 'messages sent', receives: 'receive calls' },
  roles: { write: 'messages', read: 'receives' },
  ratios: [
    {
      name: 'consumerRequestsPerMessage',
      unit: 'requests',
      description: 'for a queue no event source mapping consumes: receive + delete requests per message by whoever drains it',
      default: 2,
    },
  ],
  usage(node) {
    if (!node.has('messages') && !node.has('receives')) return [];
    const sends = node.amount('messages');
    const consumers = node.outgoing.filter((e) => e.kind === 'event-source-mapping');
    if (consumers.length > 0) {
      // One ReceiveMessage per batch delivered to the function and one DeleteMessageBatch per batch.
      let batches = new Decimal(0);
      for (const edge of consumers) batches = batches.plus(node.carriedOver(edge) ?? 0);
      const value = sends.plus(batches.times(2)).plus(node.amount('receives'));
      const reads = node.has('receives') ? ` + ${fmt(node.amount('receives'))} receives by grants` : '';
      return [
        {
          key: 'monthlyRequests',
          value,
          formula: () => `${fmt(sends)} sends + ${fmt(batches)} receives + ${fmt(batches)} batch deletes (one each per batch)${reads}`,
          channels: ['messages', 'receives'],
        },
      ];
    }
    if (node.has('receives')) {
      const receives = node.amount('receives');
      return [
        {
          key: 'monthlyRequests',
          value: sends.plus(receives.times(2)),
          formula: () => `${fmt(sends)} sends + ${fmt(receives)} receives + ${fmt(receives)} deletes`,
          channels: ['messages', 'receives'],
        },
      ];
    }
    const perMessage = node.ratio('consumerRequestsPerMessage')!;
    const consumed = sends.times(perMessage);
    const why = node.ratioGiven('consumerRequestsPerMessage')
      ? '(ratio)'
      : '(no consumer in the app: each message assumed received and deleted once)';
    return [
      {
        key: 'monthlyRequests',
        value: sends.plus(consumed),
        formula: () => `${fmt(sends)} sends + ${fmt(sends)} × ${fmt(perMessage)} consumer requests ${why}`,
        channels: ['messages'],
      },
    ];
  },
};

export const snsTopicNode: NodeKind = {
  types: ['AWS::SNS::Topic'],
  primary: 'messages',
  channels: { messages: 'messages published' },
  roles: { write: 'messages' },
  eventsKey: 'monthlyRequests',
  ratios: [],
  usage(node) {
    if (!node.has('messages')) return [];
    const n = node.amount('messages');
    return [{ key: 'monthlyRequests', value: n, formula: () => `${fmt(n)} messages published`, channels: ['messages'] }];
  },
};

export const eventBusNode: NodeKind = {
  types: ['AWS::Events::EventBus'],
  primary: 'events',
  channels: { events: 'events put' },
  roles: { write: 'events' },
  ratios: [],
  usage(node) {
    if (!node.has('events')) return [];
    const n = node.amount('events');
    return underKeys(['monthlyEvents'], n, () => `${fmt(n)} events put on the bus`, ['events']);
  },
};

export const eventRuleNode: NodeKind = {
  types: ['AWS::Events::Rule', 'AWS::Scheduler::Schedule'],
  primary: 'events',
  channels: { events: 'events' },
  ratios: [],
  intrinsic: scheduleLoad,
  usage(node) {
    if (!node.has('events')) return [];
    const n = node.amount('events');
    if (node.resource.type === 'AWS::Scheduler::Schedule')
      return underKeys(['monthlyInvocations'], n, () => `${fmt(n)} scheduled invocations`, ['events']);
    return underKeys(['monthlyMatchedEvents'], n, () => `${fmt(n)} events matched`, ['events']);
  },
};

export const kinesisStreamNode: NodeKind = {
  types: ['AWS::Kinesis::Stream', 'AWS::KinesisFirehose::DeliveryStream'],
  primary: 'records',
  channels: { records: 'records put' },
  roles: { write: 'records' },
  ratios: [],
  usage(node) {
    // Firehose carries records on to its destination; it has no price data, so no usage keys.
    if (!node.has('records') || node.resource.type !== 'AWS::Kinesis::Stream') return [];
    const n = node.amount('records');
    return underKeys(['monthlyPutRecords'], n, () => `${fmt(n)} records put`, ['records']);
  },
};

const MINUTES: Record<string, number> = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 };

/**
 * Schedules make their own load: rate(N unit) fires (730 h × 60) ÷ (N × minutes per unit) times a
 * month; cron() fires as counted over a representative period and scaled to 730 h (cron-fires.ts).
 */
function scheduleLoad(resource: ResourceModel): IntrinsicLoad | undefined {
  const expression = resource.properties.ScheduleExpression;
  if (typeof expression !== 'string') return undefined;
  if (/^\s*cron\(/.test(expression)) {
    const fires = cronFiresPerMonth(expression);
    if ('problem' in fires) return undefined;
    return { channel: 'events', amount: fires.count, text: `${fires.formula} (schedule, does not grow with load)` };
  }
  const rate = /^rate\(\s*(\d+)\s+([a-z]+)\s*\)$/.exec(expression.trim());
  if (!rate || !MINUTES[rate[2]!]) return undefined;
  const every = new Decimal(rate[1]!).times(MINUTES[rate[2]!]!);
  return {
    channel: 'events',
    amount: HOURS_PER_MONTH.times(60).div(every),
    text: `${expression}: 730 h × 60 ÷ ${fmt(every)} minutes (schedule, does not grow with load)`,
  };
}
