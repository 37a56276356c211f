/**
 * EBS volumes (DescribeVolumes): state, attachments, and the properties the EBS pricer reads.
 */
import { allPages, liveResource, tagRecord, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface VolumeRecord {
  resource: LiveResource;
  state: string;
  attachedTo: string[];
  snapshotId?: string;
}

export const volumesDataset: Dataset<VolumeRecord[]> = {
  service: 'ec2',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['ec2:DescribeVolumes'],
  async load({ region, clients }) {
    const { EC2Client, paginateDescribeVolumes } = await import('@aws-sdk/client-ec2');
    const client = clients.get(EC2Client, region);
    return (await allPages(paginateDescribeVolumes({ client }, {})))
      .flatMap((p) => p.Volumes ?? [])
      .map((v) => ({
        resource: liveResource({
          id: v.VolumeId!,
          name: v.VolumeId!,
          type: 'AWS::EC2::Volume',
          region,
          tags: tagRecord(v.Tags),
          ...(v.CreateTime ? { createdAt: v.CreateTime } : {}),
          properties: {
            VolumeType: v.VolumeType,
            Size: v.Size,
            ...(v.Iops !== undefined ? { Iops: v.Iops } : {}),
            ...(v.Throughput !== undefined ? { Throughput: v.Throughput } : {}),
            AvailabilityZone: v.AvailabilityZone,
          },
        }),
        state: v.State ?? 'unknown',
        attachedTo: (v.Attachments ?? []).map((a) => a.InstanceId!).filter(Boolean),
        ...(v.SnapshotId ? { snapshotId: v.SnapshotId } : {}),
      }));
  },
};
