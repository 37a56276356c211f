/**
 * CloudFront origins → S3 bucket / load balancer / API Gateway / Lambda function URL. Only cache
 * misses reach the origin, so the edge carries load only with the user's
 * `originRequestsPerRequest` (the miss rate, split across origins).
 */
import type { ResourceModel } from '../../model/architecture.js';
import type { EdgeKind, FlowEdge } from '../edge-kind.js';

const ORIGIN_TYPES = [
  'AWS::S3::Bucket',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ApiGateway::RestApi',
  'AWS::ApiGatewayV2::Api',
  'AWS::Lambda::Url',
];

export const cloudFrontOrigins: EdgeKind = {
  kind: 'cloudfront-origin',
  description: 'CloudFront origin → bucket, load balancer, API or function URL: only cache misses reach it',
  ratios: [
    {
      name: 'originRequestsPerRequest',
      unit: 'fraction',
      description: 'origin requests per viewer request (the cache miss rate for this origin)',
    },
  ],
  find(index) {
    const edges: FlowEdge[] = [];
    for (const distribution of index.ofType('AWS::CloudFront::Distribution')) {
      const config = distribution.properties.DistributionConfig as Record<string, unknown> | undefined;
      const origins = Array.isArray(config?.Origins) ? (config!.Origins as Array<Record<string, unknown>>) : [];
      for (const origin of origins) {
        let target: ResourceModel | undefined = index.referencedOfType(distribution, origin.DomainName, ...ORIGIN_TYPES);
        if (target?.type === 'AWS::Lambda::Url')
          target = index.referencedOfType(target, target.properties.TargetFunctionArn, 'AWS::Lambda::Function') ?? target;
        if (target)
          edges.push({
            kind: 'cloudfront-origin',
            from: distribution,
            to: target,
            label: `CloudFront origin "${String(origin.Id ?? '')}"`,
            facts: {},
            via: distribution.path,
          });
      }
    }
    return edges;
  },
  carry(edge, source, ratios) {
    const share = ratios.get('originRequestsPerRequest');
    if (!share) return { reason: 'only cache misses reach the origin; give originRequestsPerRequest (the miss rate)' };
    const channel = edge.to.type === 'AWS::S3::Bucket' ? 'read' : 'primary';
    return [
      {
        channel,
        amount: source.amount(source.primary).times(share),
        from: source.primary,
        step: `× ${share} origin requests per request (cache misses)`,
      },
    ];
  },
};
