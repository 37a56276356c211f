/**
 * S3 buckets of this region: ListBuckets filtered server-side by BucketRegion (one call per region,
 * no per-bucket GetBucketLocation).
 */
import { allPages, liveResource, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface BucketRecord {
  resource: LiveResource;
}

export const bucketsDataset: Dataset<BucketRecord[]> = {
  service: 's3',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['s3:ListAllMyBuckets'],
  async load({ region, clients }) {
    const { S3Client, paginateListBuckets } = await import('@aws-sdk/client-s3');
    const client = clients.get(S3Client, region);
    return (await allPages(paginateListBuckets({ client }, { BucketRegion: region })))
      .flatMap((p) => p.Buckets ?? [])
      .filter((b) => !b.BucketRegion || b.BucketRegion === region)
      .map((b) => ({
        resource: liveResource({
          id: `arn:aws:s3:::${b.Name!}`,
          name: b.Name!,
          type: 'AWS::S3::Bucket',
          region,
          ...(b.CreationDate ? { createdAt: b.CreationDate } : {}),
        }),
      }));
  },
};
