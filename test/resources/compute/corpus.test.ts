/**
 * The compute resources of the shared template corpus (templates nobody here wrote) are priced,
 * line by line from the snapshot's unit prices: Auto Scaling with a launch configuration, an EC2
 * bastion, a Cloud9 environment, Fargate services (one whose cluster lives in another stack).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runEstimate } from '../../../lib/estimate/run-estimate.js';
import type { Estimate } from '../../../lib/estimate/estimate-types.js';
import { ec2InstanceKey } from '../../../lib/pricing/catalog-keys.js';
import { CORPUS_DIR, requireShared } from '../../support/paths.js';
import { component, d, expectLine, resource, unit } from '../price-inline.js';
import { PricerRegistry } from '../../../lib/resources/registry.js';

const AWSLABS = join(CORPUS_DIR, 'awslabs__aws-cloudformation-templates');
const SAMPLES = join(CORPUS_DIR, 'aws-samples__serverless-patterns');
const IPV4 = 'Hourly charge for In use Public IPv4 Addresses per Hrs';

async function estimateOf(file: string): Promise<Estimate> {
  return (await runEstimate({ pricers: new PricerRegistry(), source: file, region: 'us-east-1' })).estimate;
}

function mineArePriced(estimate: Estimate, types: string[]): void {
  const mine = estimate.resources.filter((r) => types.includes(r.type));
  expect(mine.length).toBeGreaterThan(0);
  for (const r of mine) expect([r.path, r.status, r.reason]).toEqual([r.path, 'priced', undefined]);
}

// The corpus sits beside the repository in every developer session and in CI.
describe('compute resources in the template corpus', () => {
  requireShared();
  it("AutoScalingMultiAZWithNotifications: the group's t2.small from its launch configuration at MinSize", async () => {
    const estimate = await estimateOf(join(AWSLABS, 'aws/services/AutoScaling/AutoScalingMultiAZWithNotifications.yaml'));
    mineArePriced(estimate, ['AWS::AutoScaling::AutoScalingGroup']);
    const group = resource(estimate, 'WebServerGroup');
    expectLine(component(group, 'Instance hours (t2.small'), 730, unit('AmazonEC2', ec2InstanceKey('t2.small')));
    expectLine(component(group, 'Root volume storage (gp2, 8 GB)'), 8, unit('AmazonEC2', 'Storage General Purpose gp2 GB Mo'));
    expectLine(component(group, 'Detailed monitoring'), 7, unit('AmazonCloudWatch', 'Metric'));
    expect(group.notes.join('\n')).toContain('priced at MinSize 1');
    expect(resource(estimate, 'LaunchConfig').status).toBe('free');
  });

  it('aurora-serverless: the t2.nano bastion with its AMI root volume and default-VPC public address', async () => {
    const estimate = await estimateOf(join(AWSLABS, 'community/services/RDS/aurora-serverless/template.yml'));
    mineArePriced(estimate, ['AWS::EC2::Instance']);
    const bastion = resource(estimate, 'Bastion');
    const expected = d(730)
      .times(unit('AmazonEC2', ec2InstanceKey('t2.nano')))
      .plus(d(8).times(unit('AmazonEC2', 'Storage General Purpose gp2 GB Mo')))
      .plus(d(730).times(unit('AmazonVPC', IPV4)));
    expect(bastion.monthly).toBe(expected.toFixed());
  });

  it('MSKSampleStack: Cloud9 priced as its t3.large instance and 10 GB volume, with its public address', async () => {
    const estimate = await estimateOf(join(SAMPLES, 'msk-cfn-sasl-lambda/create-cluster-cfn/MSKSampleStack.yml'));
    mineArePriced(estimate, ['AWS::Cloud9::EnvironmentEC2']);
    const ide = resource(estimate, 'Cloud9EC2Bastion');
    expectLine(component(ide, 'Instance hours (t3.large'), 730, unit('AmazonEC2', ec2InstanceKey('t3.large')));
    expectLine(component(ide, 'Root volume storage (gp2, 10 GB)'), 10, unit('AmazonEC2', 'Storage General Purpose gp2 GB Mo'));
  });

  it('private-subnet-public-service: the Fargate service of 2 × 0.25 vCPU / 0.5 GB tasks, each with a public IPv4', async () => {
    const estimate = await estimateOf(join(AWSLABS, 'aws/services/ECS/FargateLaunchType/services/private-subnet-public-service.yml'));
    mineArePriced(estimate, ['AWS::ECS::Service']);
    const taskHours = d(2).times(730);
    const expected = taskHours
      .times('0.25')
      .times(unit('AmazonECS', 'perCPU per hour'))
      .plus(taskHours.times('0.5').times(unit('AmazonECS', 'perGB per hour')))
      .plus(taskHours.times(unit('AmazonVPC', IPV4)));
    expect(resource(estimate, 'Service').monthly).toBe(expected.toFixed());
    for (const free of ['TaskDefinition', 'TargetGroup', 'LoadBalancerRule']) expect(resource(estimate, free).status, free).toBe('free');
  });

  it('apigw-vpclink-alb-ecs: the Fargate service behind the internal ALB', async () => {
    const estimate = await estimateOf(join(SAMPLES, 'apigw-vpclink-alb-ecs/template.yaml'));
    mineArePriced(estimate, ['AWS::ECS::Service']);
    const service = resource(estimate, 'ECSService');
    expect(service.components.map((c) => c.name)).toEqual([
      'Fargate vCPU hours (0.25 vCPU per task, x86)',
      'Fargate memory hours (0.5 GB per task, x86)',
    ]);
  });
});
