/**
 * The network resources of the shared template corpus are priced (never unsupported): interface
 * VPC endpoints per AZ, gateway endpoints free, ALBs, a Classic ELB, NAT gateways and their EIPs,
 * a CloudFront distribution.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloudFrontDataOutKey, cloudFrontRequestsKey } from '../../../lib/pricing/global-price-keys.js';
import { runEstimate } from '../../../lib/estimate/run-estimate.js';
import type { Estimate } from '../../../lib/estimate/estimate-types.js';
import { CORPUS_DIR, requireShared } from '../../support/paths.js';
import { component, d, expectLine, resource, unit } from '../price-inline.js';
import { PricerRegistry } from '../../../lib/resources/registry.js';

const AWSLABS = join(CORPUS_DIR, 'awslabs__aws-cloudformation-templates');
const SAMPLES = join(CORPUS_DIR, 'aws-samples__serverless-patterns');
const NETWORK_TYPES = [
  'AWS::EC2::VPCEndpoint',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancing::LoadBalancer',
  'AWS::EC2::NatGateway',
  'AWS::EC2::EIP',
  'AWS::CloudFront::Distribution',
];

async function estimateOf(file: string, usageFile?: string): Promise<Estimate> {
  return (await runEstimate({ pricers: new PricerRegistry(), source: file, region: 'us-east-1', ...(usageFile ? { usageFile } : {}) }))
    .estimate;
}

/** Every network resource is classified as priced, free (with a reason) or usage-missing — never unsupported. */
function classified(estimate: Estimate): void {
  const mine = estimate.resources.filter((r) => NETWORK_TYPES.includes(r.type));
  expect(mine.length).toBeGreaterThan(0);
  for (const r of mine) {
    expect(r.status, r.path).not.toBe('unsupported');
    if (r.status === 'free') expect(r.reason, r.path).toBeTruthy();
  }
}

const natAndEip = () =>
  d(730)
    .times(unit('AmazonEC2', 'Hourly charge for NAT Gateways'))
    .plus(d(730).times(unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs')));

describe('network resources in the template corpus', () => {
  requireShared();
  it('apigw-vpclink-alb-ecs: 3 interface endpoints × 2 AZs, the S3 gateway endpoint free, the internal ALB, 2 NAT gateways', async () => {
    const estimate = await estimateOf(join(SAMPLES, 'apigw-vpclink-alb-ecs/template.yaml'));
    classified(estimate);
    for (const id of ['ECRApiEndpoint', 'ECRDkrEndpoint', 'CloudWatchLogsEndpoint']) {
      const endpoint = resource(estimate, id);
      expect(endpoint.status).toBe('priced');
      expectLine(component(endpoint, 'Endpoint hours'), 1460, unit('AmazonVPC', 'Hourly charge for VPC Endpoints per Hrs'));
    }
    expect(resource(estimate, 'S3Endpoint').status).toBe('free');
    expectLine(
      component(resource(estimate, 'ApplicationLoadBalancer'), 'Application load balancer hours'),
      730,
      unit('AWSELB', 'Application Load Balancer Hours'),
    );
    for (const id of ['NatGateway1', 'NatGateway2'])
      expectLine(component(resource(estimate, id), 'NAT gateway hours'), 730, unit('AmazonEC2', 'Hourly charge for NAT Gateways'));
  });

  it('private-vpc: 2 NAT gateways with EIPs, a public and a private ALB, the DynamoDB gateway endpoint free', async () => {
    const estimate = await estimateOf(join(AWSLABS, 'aws/services/ECS/FargateLaunchType/clusters/private-vpc.yml'));
    classified(estimate);
    // The public ALB spans two public subnets: two public IPv4 addresses (the NATs' are their EIPs).
    const expected = natAndEip()
      .times(2)
      .plus(d(730).times(unit('AWSELB', 'Application Load Balancer Hours')).times(2))
      .plus(d(1460).times(unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs')));
    expect(d(estimate.totals.monthly).toFixed()).toBe(expected.toFixed());
    expect(estimate.summary.unsupported).toBe(0);
  });

  it('VPC_With_Managed_NAT_And_Private_Subnet: 2 NAT gateways and their EIPs, everything else free', async () => {
    const estimate = await estimateOf(join(AWSLABS, 'aws/services/VPC/VPC_With_Managed_NAT_And_Private_Subnet.yaml'));
    classified(estimate);
    expect(d(estimate.totals.monthly).toFixed()).toBe(natAndEip().times(2).toFixed());
    expect(estimate.summary).toMatchObject({ resources: 26, priced: 4, free: 22, unsupported: 0 });
  });

  it('AutoScalingMultiAZWithNotifications: the Classic ELB', async () => {
    const estimate = await estimateOf(join(AWSLABS, 'aws/services/AutoScaling/AutoScalingMultiAZWithNotifications.yaml'));
    classified(estimate);
    expectLine(
      component(resource(estimate, 'ElasticLoadBalancer'), 'Classic load balancer hours'),
      730,
      unit('AWSELB', 'Classic Load Balancer Hours'),
    );
  });

  it('MSKSampleStack: the NAT gateway and its EIP', async () => {
    const estimate = await estimateOf(join(SAMPLES, 'msk-cfn-sasl-lambda/create-cluster-cfn/MSKSampleStack.yml'));
    classified(estimate);
    expect(d(resource(estimate, 'NATGateway').monthly).plus(resource(estimate, 'NATEIP').monthly).toFixed()).toBe(natAndEip().toFixed());
  });

  it('S3_Website_With_CloudFront_Distribution: the distribution is classified (usage missing), then priced with usage', async () => {
    const file = join(AWSLABS, 'aws/services/S3/S3_Website_With_CloudFront_Distribution.yaml');
    const estimate = await estimateOf(file);
    classified(estimate);
    expect(resource(estimate, 'WebsiteCDN').status).toBe('usage-missing');
    expect(resource(estimate, 'CloudFrontOriginAccessIdentity').status).toBe('free');

    const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-cf-'));
    try {
      const usage = join(dir, 'usage.yml');
      writeFileSync(
        usage,
        'version: 1\nresources:\n  WebsiteCDN: { monthlyDataTransferOutGB: 2000, monthlyHttpsRequests: 10000000, ' +
          'monthlyHttpRequests: 1000000, viewerRegion: EU }\n',
      );
      const cdn = resource(await estimateOf(file, usage), 'WebsiteCDN');
      expect(cdn.status).toBe('priced');
      expectLine(component(cdn, 'Data transfer out to viewers (EU edges)'), 2000, unit('AmazonCloudFront', cloudFrontDataOutKey('EU')));
      expectLine(component(cdn, 'HTTPS requests (EU edges)'), 10000000, unit('AmazonCloudFront', cloudFrontRequestsKey('HTTPS', 'EU')));
      expectLine(component(cdn, 'HTTP requests (EU edges)'), 1000000, unit('AmazonCloudFront', cloudFrontRequestsKey('HTTP', 'EU')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
