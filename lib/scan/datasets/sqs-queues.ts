/**
 * SQS queues (ListQueues, then GetQueueAttributes per queue): creation time, FIFO, and which queues
 * are another queue's dead-letter queue — an empty DLQ is healthy, not idle.
 */
import { allPages, liveResource, mapLimited, type Dataset } from './dataset.js';
import { normalizePhysicalId } from './stacks.js';
import type { LiveResource } from '../types.js';

export interface QueueRecord {
  resource: LiveResource;
  url: string;
  /** ARNs of the queues this one receives dead letters for is unknown here; true if some queue names it. */
  isDeadLetterQueue: boolean;
}

export const queuesDataset: Dataset<QueueRecord[]> = {
  service: 'sqs',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['sqs:GetQueueAttributes', 'sqs:ListQueues'],
  async load({ region, clients }) {
    const { GetQueueAttributesCommand, SQSClient, paginateListQueues } = await import('@aws-sdk/client-sqs');
    const client = clients.get(SQSClient, region);
    const urls = (await allPages(paginateListQueues({ client }, {}))).flatMap((p) => p.QueueUrls ?? []);
    const attributes = await mapLimited(
      urls,
      8,
      async (url) => (await client.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] }))).Attributes ?? {},
    );
    const deadLetterTargets = new Set<string>();
    for (const a of attributes) {
      if (!a.RedrivePolicy) continue;
      try {
        const target = (JSON.parse(a.RedrivePolicy) as { deadLetterTargetArn?: string }).deadLetterTargetArn;
        if (target) deadLetterTargets.add(target);
      } catch {
        // An unreadable redrive policy names no dead-letter queue.
      }
    }
    return urls.map((url, i) => {
      const a = attributes[i]!;
      const name = url.slice(url.lastIndexOf('/') + 1);
      const arn = a.QueueArn ?? name;
      const created = a.CreatedTimestamp ? new Date(Number(a.CreatedTimestamp) * 1000) : undefined;
      return {
        resource: liveResource({
          id: arn,
          name,
          type: 'AWS::SQS::Queue',
          region,
          ...(created ? { createdAt: created } : {}),
          physicalIds: [url, normalizePhysicalId(url)],
          properties: { FifoQueue: a.FifoQueue === 'true' || name.endsWith('.fifo') },
        }),
        url,
        isDeadLetterQueue: deadLetterTargets.has(arn),
      };
    });
  },
};
