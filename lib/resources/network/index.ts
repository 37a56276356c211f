/**
 * Network pricers: VPC endpoints, load balancers, CloudFront, Route 53. (NAT gateways and Elastic
 * IPs are in core/; data transfer out is a usage-only line that several pricers add, see
 * data-transfer-out.ts.)
 */
import type { Pricer } from '../pricer.js';
import { cloudFrontDistribution } from './cloudfront-distribution.js';
import { elbClassic } from './elb-classic.js';
import { elbv2LoadBalancer } from './elbv2-load-balancer.js';
import { networkFirewall, networkFirewallParts } from './network-firewall.js';
import { route53HealthCheck } from './route53-health-check.js';
import { route53HostedZone } from './route53-hosted-zone.js';
import { route53RecordSet } from './route53-record-set.js';
import { vpcEndpoint } from './vpc-endpoint.js';

export const NETWORK_PRICERS: Pricer[] = [
  cloudFrontDistribution,
  elbClassic,
  elbv2LoadBalancer,
  networkFirewall,
  networkFirewallParts,
  route53HealthCheck,
  route53HostedZone,
  route53RecordSet,
  vpcEndpoint,
];
