/**
 * NAT gateways (DescribeNatGateways) and which of them any route table routes to (DescribeRouteTables).
 */
import { EC2Client, paginateDescribeNatGateways, paginateDescribeRouteTables } from '@aws-sdk/client-ec2';
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
  async load({ region, clients }) {
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
          properties: { ConnectivityType: n.ConnectivityType ?? 'public' },
        }),
        state: n.State ?? 'unknown',
        routeTables: [...new Set(routedBy.get(n.NatGatewayId!) ?? [])],
      }));
  },
};
