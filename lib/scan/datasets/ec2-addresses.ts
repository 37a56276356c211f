/**
 * Elastic IP addresses (DescribeAddresses — not paginated by the API).
 */
import { liveResource, tagRecord, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface AddressRecord {
  resource: LiveResource;
  associated: boolean;
  associatedWith?: string;
}

export const addressesDataset: Dataset<AddressRecord[]> = {
  service: 'ec2',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['ec2:DescribeAddresses'],
  async load({ region, clients }) {
    const { DescribeAddressesCommand, EC2Client } = await import('@aws-sdk/client-ec2');
    const out = await clients.get(EC2Client, region).send(new DescribeAddressesCommand({}));
    return (out.Addresses ?? []).map((a) => {
      const id = a.AllocationId ?? a.PublicIp!;
      const associatedWith = a.InstanceId || a.NetworkInterfaceId || undefined;
      return {
        resource: liveResource({
          id,
          name: a.PublicIp ?? id,
          type: 'AWS::EC2::EIP',
          region,
          tags: tagRecord(a.Tags),
          // CloudFormation reports an EIP by its public address.
          physicalIds: [a.PublicIp, a.AllocationId].filter((x): x is string => Boolean(x)),
          properties: { Domain: a.Domain },
        }),
        associated: Boolean(a.AssociationId || associatedWith),
        ...(associatedWith ? { associatedWith } : {}),
      };
    });
  },
};
