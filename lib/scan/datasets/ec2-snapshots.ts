/**
 * EBS snapshots the account owns (DescribeSnapshots OwnerIds=self), and which of them back an AMI the
 * account owns (DescribeImages Owners=self): a snapshot is orphaned only when both its volume and
 * every AMI using it are gone.
 */
import { allPages, liveResource, tagRecord, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface SnapshotRecord {
  resource: LiveResource;
  volumeId?: string;
  sizeGiB: number;
  /** AMIs (owned by the account) that reference this snapshot. */
  images: string[];
}

export const snapshotsDataset: Dataset<SnapshotRecord[]> = {
  service: 'ec2',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['ec2:DescribeImages', 'ec2:DescribeSnapshots'],
  async load({ region, clients }) {
    const { EC2Client, paginateDescribeImages, paginateDescribeSnapshots } = await import('@aws-sdk/client-ec2');
    const client = clients.get(EC2Client, region);
    const imagesBySnapshot = new Map<string, string[]>();
    for (const page of await allPages(paginateDescribeImages({ client }, { Owners: ['self'] }))) {
      for (const image of page.Images ?? []) {
        for (const mapping of image.BlockDeviceMappings ?? []) {
          const snapshot = mapping.Ebs?.SnapshotId;
          if (snapshot) imagesBySnapshot.set(snapshot, [...(imagesBySnapshot.get(snapshot) ?? []), image.ImageId!]);
        }
      }
    }
    return (await allPages(paginateDescribeSnapshots({ client }, { OwnerIds: ['self'] })))
      .flatMap((p) => p.Snapshots ?? [])
      .map((s) => ({
        resource: liveResource({
          id: s.SnapshotId!,
          name: s.SnapshotId!,
          type: 'AWS::EC2::Snapshot',
          region,
          tags: tagRecord(s.Tags),
          ...(s.StartTime ? { createdAt: s.StartTime } : {}),
          properties: { VolumeSize: s.VolumeSize, StorageTier: s.StorageTier ?? 'standard' },
        }),
        ...(s.VolumeId && s.VolumeId !== 'vol-ffffffff' ? { volumeId: s.VolumeId } : {}),
        sizeGiB: s.VolumeSize ?? 0,
        images: imagesBySnapshot.get(s.SnapshotId!) ?? [],
      }));
  },
};
