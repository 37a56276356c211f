/**
 * SNS and SQS FIFO: FIFO topics bill publish payload and subscription messages; FIFO queues the
 * FIFO request rate in 64 KB chunks.
 */
import { describe, expect, it } from 'vitest';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

describe('SNS FIFO topic', () => {
  const template = `
Resources:
  Topic: { Type: AWS::SNS::Topic, Properties: { FifoTopic: true, TopicName: t.fifo } }
  Queue: { Type: AWS::SQS::Queue, Properties: { FifoQueue: true, QueueName: q.fifo } }
  Sub: { Type: AWS::SNS::Subscription, Properties: { TopicArn: !Ref Topic, Protocol: sqs, Endpoint: !GetAtt Queue.Arn } }
`;
  it('bills publishes, publish payload, subscription messages and their payload', async () => {
    const estimate = await priceInline(template, {
      usage: { Topic: { monthlyRequests: 1048576, avgMessageSizeKB: 2 }, Queue: { monthlyRequests: 3000000 } },
    });
    const topic = resource(estimate, 'Topic');
    expectLine(component(topic, 'FIFO publish requests'), 1048576, unit('AmazonSNS', 'Amazon SNS FIFO API Requests per Requests'));
    expectLine(component(topic, 'FIFO publish payload'), 2, unit('AmazonSNS', 'SNS FIFO Publish Payload per GB'));
    expectLine(
      component(topic, 'FIFO subscription messages (1 subscription)'),
      1048576,
      unit('AmazonSNS', 'Amazon SNS FIFO Subscription Messages per Messages'),
    );
    expectLine(component(topic, 'FIFO subscription payload'), 2, unit('AmazonSNS', 'Amazon SNS FIFO Subscription Messages Payload per GB'));
    expectLine(
      component(resource(estimate, 'Queue'), 'FIFO requests'),
      3000000,
      unit('AWSQueueService', 'FIFO first-in first-out per Requests'),
    );
  });

  it('without a message size the payload lines are usage-missing', async () => {
    const topic = resource(await priceInline(template, { usage: { Topic: { monthlyRequests: 1000 } } }), 'Topic');
    expect(component(topic, 'FIFO publish payload').status).toBe('usage-missing');
    expect(topic.missingUsage).toEqual(['avgMessageSizeKB']);
    expect(d(topic.monthly).gt(0)).toBe(true);
  });
});
