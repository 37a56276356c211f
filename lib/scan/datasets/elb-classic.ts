/**
 * Classic Load Balancers (DescribeLoadBalancers of the elasticloadbalancing 2012 API) and their
 * registered instances.
 */
import { allPages, liveResource, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface ClassicLoadBalancerRecord {
  resource: LiveResource;
  instances: number;
}

export const classicLoadBalancersDataset: Dataset<ClassicLoadBalancerRecord[]> = {
  service: 'elasticloadbalancing',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['elasticloadbalancing:DescribeLoadBalancers'],
  async load({ region, clients }) {
    const { ElasticLoadBalancingClient, paginateDescribeLoadBalancers } = await import('@aws-sdk/client-elastic-load-balancing');
    const client = clients.get(ElasticLoadBalancingClient, region);
    return (await allPages(paginateDescribeLoadBalancers({ client }, {})))
      .flatMap((p) => p.LoadBalancerDescriptions ?? [])
      .map((b) => ({
        resource: liveResource({
          id: b.LoadBalancerName!,
          name: b.LoadBalancerName!,
          type: 'AWS::ElasticLoadBalancing::LoadBalancer',
          region,
          ...(b.CreatedTime ? { createdAt: b.CreatedTime } : {}),
          properties: { Scheme: b.Scheme },
        }),
        instances: b.Instances?.length ?? 0,
      }));
  },
};
