/**
 * Application and Network Load Balancers (DescribeLoadBalancers), their target groups
 * (DescribeTargetGroups) and registered targets (DescribeTargetHealth per target group).
 */
import { allPages, liveResource, mapLimited, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface LoadBalancerV2Record {
  resource: LiveResource;
  kind: 'application' | 'network' | 'gateway';
  /** "app/name/id" — the LoadBalancer dimension of its CloudWatch metrics. */
  metricDimension: string;
  registeredTargets: number;
}

export const loadBalancersV2Dataset: Dataset<LoadBalancerV2Record[]> = {
  service: 'elasticloadbalancing',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: [
    'elasticloadbalancing:DescribeLoadBalancers',
    'elasticloadbalancing:DescribeTargetGroups',
    'elasticloadbalancing:DescribeTargetHealth',
  ],
  async load({ region, clients }) {
    const { DescribeTargetHealthCommand, ElasticLoadBalancingV2Client, paginateDescribeLoadBalancers, paginateDescribeTargetGroups } =
      await import('@aws-sdk/client-elastic-load-balancing-v2');
    const client = clients.get(ElasticLoadBalancingV2Client, region);
    const balancers = (await allPages(paginateDescribeLoadBalancers({ client }, {}))).flatMap((p) => p.LoadBalancers ?? []);
    const groups = (await allPages(paginateDescribeTargetGroups({ client }, {}))).flatMap((p) => p.TargetGroups ?? []);
    const targetsPerGroup = await mapLimited(
      groups,
      8,
      async (g) =>
        (await client.send(new DescribeTargetHealthCommand({ TargetGroupArn: g.TargetGroupArn! }))).TargetHealthDescriptions?.length ?? 0,
    );
    const targetsPerBalancer = new Map<string, number>();
    groups.forEach((g, i) => {
      for (const arn of g.LoadBalancerArns ?? []) targetsPerBalancer.set(arn, (targetsPerBalancer.get(arn) ?? 0) + targetsPerGroup[i]!);
    });
    return balancers.map((b) => {
      const arn = b.LoadBalancerArn!;
      const kind = (b.Type ?? 'application') as LoadBalancerV2Record['kind'];
      return {
        resource: liveResource({
          id: arn,
          name: b.LoadBalancerName!,
          type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
          region,
          ...(b.CreatedTime ? { createdAt: b.CreatedTime } : {}),
          properties: { Type: kind, Scheme: b.Scheme },
        }),
        kind,
        metricDimension: arn.slice(arn.indexOf(':loadbalancer/') + ':loadbalancer/'.length),
        registeredTargets: targetsPerBalancer.get(arn) ?? 0,
      };
    });
  },
};
