/**
 * NAT gateways (DescribeNatGateways) and which of them any route table routes to (DescribeRouteTables).
 */
import type { NatGateway } from '@aws-sdk/client-ec2';
import { allPages, liveResource, tagRecord, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface NatGatewayRecord {
  resource: LiveResource;
  state: string;
  /** Route tables with a route to this gateway. */
  routeTables: string[];
}

export const natGatewaysDataset: Dataset<NatGatewayRecord[]> = {
  service: 'ec2',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['ec2:DescribeNatGateways', 'ec2:DescribeRouteTables'],
  async load({ region, clients }) {
    const { EC2Client, paginateDescribeNatGateways, paginateDescribeRouteTables } = await import('@aws-sdk/client-ec2');
    const client = clients.get(EC2Client, region);
    const routedBy = new Map<string, string[]>();
    for (const page of await allPages(paginateDescribeRouteTables({ client }, {}))) {
      for (const table of page.RouteTables ?? []) {
        for (const route of table.Routes ?? []) {
          if (route.NatGatewayId) routedBy.set(route.NatGatewayId, [...(routedBy.get(route.NatGatewayId) ?? []), table.RouteTableId!]);
        }
      }
    }
    return (await allPages(paginateDescribeNatGateways({ client }, {})))
      .flatMap((p) => p.NatGateways ?? [])
      .filter((n) => n.State !== 'deleted' && n.State !== 'deleting' && n.State !== 'failed')
      .map((n) => ({
        resource: liveResource({
          id: n.NatGatewayId!,
          name: n.NatGatewayId!,
          type: 'AWS::EC2::NatGateway',
          region,
          tags: tagRecord(n.Tags),
          ...(n.CreateTime ? { createdAt: n.CreateTime } : {}),
          properties: natGatewayProperties(n),
        }),
        state: n.State ?? 'unknown',
        routeTables: [...new Set(routedBy.get(n.NatGatewayId!) ?? [])],
      }));
  },
};

/**
 * The gateway as the NAT pricer reads it: its public addresses' allocation ids (primary first) are
 * literals no template EIP prices, so the finding includes their public IPv4 hours.
 */
export function natGatewayProperties(n: NatGateway): Record<string, unknown> {
  const connectivity = n.ConnectivityType ?? 'public';
  const allocations = (n.NatGatewayAddresses ?? []).filter((a) => a.AllocationId && a.PublicIp);
  const primary = allocations.find((a) => a.IsPrimary) ?? allocations[0];
  const secondary = allocations.filter((a) => a !== primary).map((a) => a.AllocationId!);
  return {
    ConnectivityType: connectivity,
    ...(primary ? { AllocationId: primary.AllocationId } : {}),
    ...(secondary.length ? { SecondaryAllocationIds: secondary } : {}),
  };
}
