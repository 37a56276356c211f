/**
 * EC2 instances (DescribeInstances): type, state and since when, attached volumes.
 */
import { allPages, liveResource, tagRecord, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface InstanceRecord {
  resource: LiveResource;
  state: string;
  /** When the instance entered its current state, where EC2 says (StateTransitionReason). */
  stateSince?: Date;
  volumeIds: string[];
}

export const instancesDataset: Dataset<InstanceRecord[]> = {
  service: 'ec2',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['ec2:DescribeInstances'],
  async load({ region, clients }) {
    const { EC2Client, paginateDescribeInstances } = await import('@aws-sdk/client-ec2');
    const client = clients.get(EC2Client, region);
    return (await allPages(paginateDescribeInstances({ client }, {})))
      .flatMap((p) => (p.Reservations ?? []).flatMap((r) => r.Instances ?? []))
      .filter((i) => i.State?.Name !== 'terminated')
      .map((i) => {
        const tags = tagRecord(i.Tags);
        const since = stateSince(i.StateTransitionReason);
        return {
          resource: liveResource({
            id: i.InstanceId!,
            name: tags.Name ? `${tags.Name} (${i.InstanceId})` : i.InstanceId!,
            type: 'AWS::EC2::Instance',
            region,
            tags,
            ...(i.LaunchTime ? { createdAt: i.LaunchTime } : {}),
            physicalIds: [i.InstanceId!],
            properties: {
              InstanceType: i.InstanceType,
              ...(i.SubnetId ? { SubnetId: i.SubnetId } : {}),
              ...(i.Platform ? { Platform: i.Platform } : {}),
              Tenancy: i.Placement?.Tenancy ?? 'default',
            },
          }),
          state: i.State?.Name ?? 'unknown',
          ...(since ? { stateSince: since } : {}),
          volumeIds: (i.BlockDeviceMappings ?? []).map((m) => m.Ebs?.VolumeId).filter((v): v is string => Boolean(v)),
        };
      });
  },
};

/** "User initiated (2024-01-02 03:04:05 GMT)" → that date. */
export function stateSince(reason: string | undefined): Date | undefined {
  const match = /\((\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(GMT|UTC)?\)/.exec(reason ?? '');
  if (!match) return undefined;
  const date = new Date(`${match[1]}T${match[2]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
