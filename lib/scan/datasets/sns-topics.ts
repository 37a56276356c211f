/**
 * SNS topics (ListTopics).
 */
import { allPages, liveResource, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface TopicRecord {
  resource: LiveResource;
}

export const topicsDataset: Dataset<TopicRecord[]> = {
  service: 'sns',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['sns:ListTopics'],
  async load({ region, clients }) {
    const { SNSClient, paginateListTopics } = await import('@aws-sdk/client-sns');
    const client = clients.get(SNSClient, region);
    return (await allPages(paginateListTopics({ client }, {})))
      .flatMap((p) => p.Topics ?? [])
      .map((t) => ({
        resource: liveResource({
          id: t.TopicArn!,
          name: t.TopicArn!.slice(t.TopicArn!.lastIndexOf(':') + 1),
          type: 'AWS::SNS::Topic',
          region,
        }),
      }));
  },
};
