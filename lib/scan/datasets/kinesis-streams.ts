/**
 * Kinesis data streams (ListStreams, then DescribeStreamSummary per stream): mode and open shards.
 */
import { allPages, liveResource, mapLimited, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface StreamRecord {
  resource: LiveResource;
}

export const streamsDataset: Dataset<StreamRecord[]> = {
  service: 'kinesis',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['kinesis:DescribeStreamSummary', 'kinesis:ListStreams'],
  async load({ region, clients }) {
    const { DescribeStreamSummaryCommand, KinesisClient, paginateListStreams } = await import('@aws-sdk/client-kinesis');
    const client = clients.get(KinesisClient, region);
    const names = (await allPages(paginateListStreams({ client }, {}))).flatMap((p) => p.StreamNames ?? []);
    return mapLimited(names, 8, async (name) => {
      const s = (await client.send(new DescribeStreamSummaryCommand({ StreamName: name }))).StreamDescriptionSummary!;
      return {
        resource: liveResource({
          id: s.StreamARN ?? name,
          name,
          type: 'AWS::Kinesis::Stream',
          region,
          ...(s.StreamCreationTimestamp ? { createdAt: s.StreamCreationTimestamp } : {}),
          properties: {
            ShardCount: s.OpenShardCount,
            StreamModeDetails: { StreamMode: s.StreamModeDetails?.StreamMode ?? 'PROVISIONED' },
            RetentionPeriodHours: s.RetentionPeriodHours,
          },
        }),
      };
    });
  },
};
