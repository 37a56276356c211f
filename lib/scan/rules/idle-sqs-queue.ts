/**
 * SQS queue that received no messages over the lookback (Cloud Custodian sqs metrics filter,
 * NumberOfMessagesSent == 0). Dead-letter queues are meant to stay empty and are not judged.
 */
import type { QueueRecord } from '../datasets/sqs-queues.js';
import { zeroTrafficRule } from './zero-traffic-rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

const SQS_MESSAGESSENT: ThresholdDefinition = {
  key: 'sqs.messagesSent',
  default: 0,
  unit: 'messages',
  description: 'at most this many messages sent over the lookback',
  source: 'Cloud Custodian sqs metrics filter (NumberOfMessagesSent == 0)',
};

export const idleSqsQueue = zeroTrafficRule<QueueRecord>({
  id: 'idle-sqs-queue',
  message: 'SQS queue that received no messages',
  dataset: 'queues',
  threshold: SQS_MESSAGESSENT,
  noun: 'messages sent',
  queries: (q) => [{ namespace: 'AWS/SQS', metric: 'NumberOfMessagesSent', dimensions: { QueueName: q.resource.name }, stat: 'Sum' }],
  action: 'Delete the queue if no producer uses it any more (consumers polling an empty queue still pay for requests).',
  idleUsage: { monthlyRequests: 0 },
  skip: (c) => c.record.isDeadLetterQueue,
});
