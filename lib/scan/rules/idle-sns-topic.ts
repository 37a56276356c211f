/**
 * SNS topic with nothing published over the lookback (Cloud Custodian sns metrics filter,
 * NumberOfMessagesPublished == 0).
 */
import type { TopicRecord } from '../datasets/sns-topics.js';
import { zeroTrafficRule } from './zero-traffic-rule.js';

export const idleSnsTopic = zeroTrafficRule<TopicRecord>({
  id: 'idle-sns-topic',
  message: 'SNS topic with nothing published',
  dataset: 'topics',
  thresholdKey: 'sns.published',
  noun: 'messages published',
  queries: (t) => [{ namespace: 'AWS/SNS', metric: 'NumberOfMessagesPublished', dimensions: { TopicName: t.resource.name }, stat: 'Sum' }],
  action: 'Delete the topic and its subscriptions if no publisher uses it any more.',
  idleUsage: { monthlyRequests: 0 },
});
