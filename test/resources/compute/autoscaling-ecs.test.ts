/**
 * AWS::AutoScaling::AutoScalingGroup (launch template, launch configuration, mixed instances policy,
 * the count it is priced at) and AWS::ECS::Service (Fargate x86/Arm/Windows, ephemeral storage,
 * public IPs, FARGATE_SPOT, EC2 launch type free, task definition not in the template).
 */
import { describe, expect, it } from 'vitest';
import { ec2InstanceKey } from '../../../lib/pricing/catalog-keys.js';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const EC2 = 'AmazonEC2';
const ECS = 'AmazonECS';
const IPV4 = 'Hourly charge for In use Public IPv4 Addresses per Hrs';

describe('AWS::AutoScaling::AutoScalingGroup', () => {
  const launchTemplateGroup = `
Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        InstanceType: m6g.large
        Monitoring: { Enabled: true }
        BlockDeviceMappings: [{ DeviceName: /dev/xvda, Ebs: { VolumeSize: 30, VolumeType: gp3 } }]
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: '2'
      MaxSize: '10'
      DesiredCapacity: '3'
      LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber }
      VPCZoneIdentifier: [subnet-a, subnet-b]
`;

  it('prices DesiredCapacity instances of its launch template, volumes and monitoring included', async () => {
    const group = resource(await priceInline(launchTemplateGroup), 'Group');
    expect(group.status).toBe('priced');
    const hours = component(group, 'Instance hours (3 × m6g.large');
    expectLine(hours, 3 * 730, unit(EC2, ec2InstanceKey('m6g.large')));
    expect(hours.formula).toBe('3 instances (DesiredCapacity 3) × 730 h');
    expectLine(component(group, 'Volume /dev/xvda storage (gp3, 30 GB × 3)'), 90, unit(EC2, 'Storage General Purpose gp3 GB Mo'));
    expectLine(component(group, 'Detailed monitoring'), 21, unit('AmazonCloudWatch', 'Metric'));
    expect(resource(await priceInline(launchTemplateGroup), 'Lt').status).toBe('free');
  });

  it('uses the "instances" usage key (an average) over DesiredCapacity', async () => {
    const group = resource(await priceInline(launchTemplateGroup, { usage: { Group: { instances: 4.5 } } }), 'Group');
    expectLine(component(group, 'Instance hours (4.5 × m6g.large'), d('4.5').times(730), unit(EC2, ec2InstanceKey('m6g.large')));
  });

  it('falls back to MinSize, and says so, with a launch configuration (monitoring on by default)', async () => {
    const estimate = await priceInline(`
Resources:
  Lc:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties: { ImageId: ami-1, InstanceType: c5.large, AssociatePublicIpAddress: true }
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties: { MinSize: '2', MaxSize: '4', LaunchConfigurationName: !Ref Lc, AvailabilityZones: !GetAZs '' }
`);
    const group = resource(estimate, 'Group');
    expectLine(component(group, 'Instance hours (2 × c5.large'), 1460, unit(EC2, ec2InstanceKey('c5.large')));
    expectLine(component(group, 'Root volume storage (gp2, 8 GB × 2)'), 16, unit(EC2, 'Storage General Purpose gp2 GB Mo'));
    expectLine(component(group, 'Detailed monitoring'), 14, unit('AmazonCloudWatch', 'Metric'));
    expectLine(component(group, 'Public IPv4 addresses'), 1460, unit('AmazonVPC', IPV4));
    expect(group.notes.join('\n')).toContain('no DesiredCapacity: priced at MinSize 2 (MaxSize 4)');
    expect(resource(estimate, 'Lc').status).toBe('free');
  });

  it('prices a mixed instances policy as its first override, and notes Spot', async () => {
    const group = resource(
      await priceInline(`
Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties: { LaunchTemplateData: { ImageId: ami-1 } }
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: '1'
      MaxSize: '5'
      DesiredCapacity: '2'
      MixedInstancesPolicy:
        InstancesDistribution: { OnDemandPercentageAboveBaseCapacity: 25 }
        LaunchTemplate:
          LaunchTemplateSpecification: { LaunchTemplateId: !Ref Lt, Version: '1' }
          Overrides: [{ InstanceType: r5.large }, { InstanceType: r5a.large }]
`),
      'Group',
    );
    expectLine(component(group, 'Instance hours (2 × r5.large'), 1460, unit(EC2, ec2InstanceKey('r5.large')));
    expect(group.notes.join('\n')).toContain('priced as r5.large (the first override of r5.large, r5a.large)');
    expect(group.notes.join('\n')).toContain('75% Spot');
  });

  it('says what it cannot read when the launch template is imported', async () => {
    const group = resource(
      await priceInline(`
Resources:
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: '1'
      MaxSize: '1'
      LaunchTemplate: { LaunchTemplateId: !ImportValue shared-lt, Version: '1' }
`),
      'Group',
    );
    const hours = component(group, 'Instance hours (instance type unknown)');
    expect(hours.status).toBe('no-price');
    expect(group.notes.join('\n')).toContain('launch template LaunchTemplateId is Fn::ImportValue shared-lt');
  });
});

describe('AWS::ECS::Service', () => {
  const fargate = (taskProps: string, serviceProps = 'LaunchType: FARGATE') => `
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties: { RequiresCompatibilities: [FARGATE], NetworkMode: awsvpc, ${taskProps} }
  Service:
    Type: AWS::ECS::Service
    Properties: { Cluster: my-cluster, TaskDefinition: !Ref Task, DesiredCount: 3, ${serviceProps} }
`;

  it('prices x86 Fargate tasks: vCPU-hours and GB-hours × DesiredCount × 730, extra ephemeral storage, public IPs', async () => {
    const service = resource(
      await priceInline(
        fargate(
          `Cpu: '1024', Memory: '2048', EphemeralStorage: { SizeInGiB: 50 }`,
          `LaunchType: FARGATE, NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: ENABLED, Subnets: [subnet-1] } }`,
        ),
      ),
      'Service',
    );
    expect(service.status).toBe('priced');
    const taskHours = d(3).times(730);
    expectLine(component(service, 'Fargate vCPU hours (1 vCPU per task, x86)'), taskHours, unit(ECS, 'perCPU per hour'));
    expectLine(component(service, 'Fargate memory hours (2 GB per task, x86)'), taskHours.times(2), unit(ECS, 'perGB per hour'));
    // 50 GB per task, 20 GB included: 30 GB × task-hours.
    expectLine(
      component(service, 'Ephemeral storage (50 GB per task, 20 GB included)'),
      taskHours.times(30),
      unit(ECS, 'Storage per GB-Hours'),
    );
    expectLine(component(service, 'Public IPv4 addresses'), taskHours, unit('AmazonVPC', IPV4));
    const total = taskHours
      .times(unit(ECS, 'perCPU per hour'))
      .plus(taskHours.times(2).times(unit(ECS, 'perGB per hour')))
      .plus(taskHours.times(30).times(unit(ECS, 'Storage per GB-Hours')))
      .plus(taskHours.times(unit('AmazonVPC', IPV4)));
    expect(service.monthly).toBe(total.toFixed());
  });

  it('prices Arm tasks at Arm rates and reads "0.5 vCPU" / "1 GB" sizes; no storage line within the included 20 GB', async () => {
    const service = resource(
      await priceInline(fargate(`Cpu: 0.5 vCPU, Memory: 1 GB, RuntimePlatform: { CpuArchitecture: ARM64, OperatingSystemFamily: LINUX }`)),
      'Service',
    );
    expectLine(
      component(service, 'Fargate vCPU hours (0.5 vCPU per task, Arm)'),
      d(3).times(730).times('0.5'),
      unit(ECS, 'ARM perCPU per hour'),
    );
    expectLine(component(service, 'Fargate memory hours (1 GB per task, Arm)'), d(3).times(730), unit(ECS, 'ARM perGB per hour'));
    expect(service.components).toHaveLength(2);
  });

  it('adds the Windows licence fee for Windows tasks', async () => {
    const service = resource(
      await priceInline(fargate(`Cpu: '1024', Memory: '4096', RuntimePlatform: { OperatingSystemFamily: WINDOWS_SERVER_2022_CORE }`)),
      'Service',
    );
    expectLine(component(service, 'Fargate vCPU hours (1 vCPU per task, Windows)'), 2190, unit(ECS, 'perCPU per hour Windows'));
    expectLine(component(service, 'Fargate memory hours (4 GB per task, Windows)'), 8760, unit(ECS, 'perGB per hour Windows'));
    expectLine(component(service, 'Windows OS licence fee'), 2190, unit(ECS, 'perCPU OS License Fee per hour Windows'));
  });

  it('treats FARGATE_SPOT as Fargate at on-demand rates with a note, and uses the "tasks" usage key', async () => {
    const estimate = await priceInline(
      fargate(`Cpu: '256', Memory: '512'`, `CapacityProviderStrategy: [{ CapacityProvider: FARGATE_SPOT, Weight: 1 }]`),
      { usage: { Service: { tasks: 1.5 } } },
    );
    const service = resource(estimate, 'Service');
    expectLine(component(service, 'Fargate vCPU hours'), d('1.5').times(730).times('0.25'), unit(ECS, 'perCPU per hour'));
    expect(service.notes.join('\n')).toContain('FARGATE_SPOT');
  });

  it('is free on EC2 (the instances are priced where they are), including through a cluster default strategy', async () => {
    const ec2 = resource(await priceInline(fargate(`Cpu: '256', Memory: '512'`, 'LaunchType: EC2')), 'Service');
    expect(ec2.status).toBe('free');
    expect(ec2.reason).toContain('container instances are priced on their Auto Scaling group');
    const viaCluster = resource(
      await priceInline(`
Resources:
  Cluster:
    Type: AWS::ECS::Cluster
  Associations:
    Type: AWS::ECS::ClusterCapacityProviderAssociations
    Properties: { Cluster: !Ref Cluster, CapacityProviders: [!Ref Provider], \
DefaultCapacityProviderStrategy: [{ CapacityProvider: !Ref Provider, Weight: 1 }] }
  Provider:
    Type: AWS::ECS::CapacityProvider
    Properties: { AutoScalingGroupProvider: { AutoScalingGroupArn: arn:aws:autoscaling:asg } }
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties: { RequiresCompatibilities: [EC2], ContainerDefinitions: [] }
  Service:
    Type: AWS::ECS::Service
    Properties: { Cluster: !Ref Cluster, TaskDefinition: !Ref Task, DesiredCount: 2 }
`),
      'Service',
    );
    expect(viaCluster.status).toBe('free');
  });

  it('cannot price tasks whose definition is not in the template, and says why', async () => {
    const service = resource(
      await priceInline(`
Resources:
  Service:
    Type: AWS::ECS::Service
    Properties: { LaunchType: FARGATE, TaskDefinition: !ImportValue shared-task, DesiredCount: 2 }
`),
      'Service',
    );
    expect(service.status).toBe('unsupported');
    expect(service.reason).toBe(
      "TaskDefinition is Fn::ImportValue shared-task, not defined in this template: the tasks' CPU and memory are unknown",
    );
  });
});
