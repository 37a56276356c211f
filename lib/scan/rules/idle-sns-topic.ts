/**
 * SNS topic with nothing published over the lookback (Cloud Custodian sns metrics filter,
 * NumberOfMessagesPublished == 0).
 */
import type { TopicRecord } from '../datasets/sns-topics.js';
import { zeroTrafficRule } from './zero-traffic-rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

const SNS_PUBLISHED: ThresholdDefinition = {
  key: 'sns.published',
  default: 0,
  unit: 'messages',
  description: 'at most this many messages published over the lookback',
  source: 'Cloud Custodian sns metrics filter (NumberOfMessagesPublished == 0)',
};

export const idleSnsTopic = zeroTrafficRule<TopicRecord>({
  id: 'idle-sns-topic',
  message: 'SNS topic with nothing published',
  dataset: 'topics',
  threshold: SNS_PUBLISHED,
  noun: 'messages published',
  queries: (t) => [{ namespace: 'AWS/SNS', metric: 'NumberOfMessagesPublished', dimensions: { TopicName: t.resource.name }, stat: 'Sum' }],
  action: 'Delete the topic and its subscriptions if no publisher uses it any more.',
  idleUsage: { monthlyRequests: 0 },
});
