/**
 * AWS::EKS::Cluster (control plane, extended support from the release calendar), AWS::EKS::Nodegroup, AWS::Cloud9::EnvironmentEC2
 * (its EC2 instance), AWS::EFS::FileSystem (storage classes, Elastic and Provisioned throughput) and
 * Lambda provisioned concurrency configured on an alias or version, priced on the function.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ec2InstanceKey } from '../../../lib/pricing/catalog-keys.js';
import { Decimal } from '../../../lib/money.js';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

describe('AWS::EKS::Cluster', () => {
  const cluster = `
Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties: { Version: '1.29', RoleArn: arn:aws:iam::1:role/eks, ResourcesVpcConfig: { SubnetIds: [subnet-1] } }
`;
  // The EKS release calendar (pricing/eks-kubernetes-versions.json, from
  // https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html): 1.29 left standard support on
  // 2025-03-23 and extended support on 2026-03-23. The day of the estimate is fixed for these tests.
  afterEach(() => vi.useRealTimers());
  const on = (day: string) => vi.useFakeTimers({ now: new Date(`${day}T12:00:00Z`), toFake: ['Date'] });
  const extendedRate = unit('AmazonEKS', 'Compute ExtendedSupport per Hours');
  const both = d(730).times(unit('AmazonEKS', 'Compute per Hours')).plus(d(730).times(extendedRate));

  it('a version in standard support: control-plane hours only, and the day extended billing starts', async () => {
    on('2025-03-22');
    const standard = resource(await priceInline(cluster), 'Cluster');
    expectLine(component(standard, 'Cluster control plane hours'), 730, unit('AmazonEKS', 'Compute per Hours'));
    expect(standard.components).toHaveLength(1);
    expect(standard.notes.join('\n')).toContain('Kubernetes 1.29 is in standard support until 2025-03-23, then bills the extended-support');
  });

  it('a version past standard support bills the extended-support cluster-hours from that day on', async () => {
    on('2025-03-23');
    const extended = resource(await priceInline(cluster), 'Cluster');
    expectLine(
      component(extended, 'Extended support hours (Kubernetes 1.29)'),
      730,
      unit('AmazonEKS', 'Compute ExtendedSupport per Hours'),
    );
    expect(extended.monthly).toBe(both.toFixed());
    on('2026-06-01');
    const ended = resource(await priceInline(cluster), 'Cluster');
    expect(ended.monthly).toBe(both.toFixed());
    expect(ended.notes.join('\n')).toContain('reached end of extended support (2026-03-23)');
  });

  it('SupportType STANDARD upgrades instead of extending; the extendedSupport key overrides the calendar', async () => {
    on('2025-06-01');
    const standardPolicy = cluster.replace('Version:', 'UpgradePolicy: { SupportType: STANDARD }, Version:');
    const upgraded = resource(await priceInline(standardPolicy), 'Cluster');
    expect(upgraded.components).toHaveLength(1);
    const stated = resource(await priceInline(cluster, { usage: { Cluster: { extendedSupport: false } } }), 'Cluster');
    expect(stated.components).toHaveLength(1);
    on('2025-01-01');
    const forced = resource(await priceInline(cluster, { usage: { Cluster: { extendedSupport: true } } }), 'Cluster');
    expect(forced.monthly).toBe(both.toFixed());
  });

  it('prices a managed node group as its EC2 instances and disks', async () => {
    const group = resource(
      await priceInline(`
Resources:
  Nodes:
    Type: AWS::EKS::Nodegroup
    Properties: { ClusterName: c, NodeRole: arn:r, Subnets: [subnet-1], InstanceTypes: [m5.xlarge], ScalingConfig: { MinSize: 1, \
MaxSize: 6, DesiredSize: 3 }, DiskSize: 50 }
`),
      'Nodes',
    );
    expectLine(component(group, 'Instance hours (3 × m5.xlarge'), 2190, unit('AmazonEC2', ec2InstanceKey('m5.xlarge')));
    expectLine(component(group, 'Root volume storage (gp2, 50 GB × 3)'), 150, unit('AmazonEC2', 'Storage General Purpose gp2 GB Mo'));
  });
});

describe('AWS::Cloud9::EnvironmentEC2', () => {
  const env = `
Resources:
  Public:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-1, CidrBlock: 10.0.0.0/24, MapPublicIpOnLaunch: true }
  Ide:
    Type: AWS::Cloud9::EnvironmentEC2
    Properties: { InstanceType: t3.small, AutomaticStopTimeMinutes: 30, SubnetId: !Ref Public, ImageId: amazonlinux-2023-x86_64 }
`;
  it('prices its instance always on by default (an upper bound, said), its 10 GB volume and public address', async () => {
    const ide = resource(await priceInline(env), 'Ide');
    expectLine(component(ide, 'Instance hours (t3.small'), 730, unit('AmazonEC2', ec2InstanceKey('t3.small')));
    expectLine(component(ide, 'Root volume storage (gp2, 10 GB)'), 10, unit('AmazonEC2', 'Storage General Purpose gp2 GB Mo'));
    expectLine(component(ide, 'Public IPv4 address'), 730, unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs'));
    expect(ide.notes.join('\n')).toContain('priced as always on');
  });

  it('prices the hours it is used with monthlyHours', async () => {
    const ide = resource(await priceInline(env, { usage: { Ide: { monthlyHours: 160 } } }), 'Ide');
    expectLine(component(ide, 'Instance hours (t3.small'), 160, unit('AmazonEC2', ec2InstanceKey('t3.small')));
    expectLine(component(ide, 'Root volume storage'), 10, unit('AmazonEC2', 'Storage General Purpose gp2 GB Mo'));
  });
});

describe('AWS::EFS::FileSystem', () => {
  it('prices each storage class and Elastic throughput reads and writes', async () => {
    const fs = resource(
      await priceInline(
        `
Resources:
  Files:
    Type: AWS::EFS::FileSystem
    Properties: { ThroughputMode: elastic }
`,
        {
          usage: {
            Files: {
              storageGB: 200,
              infrequentAccessStorageGB: 1000,
              archiveStorageGB: 5000,
              monthlyInfrequentAccessReadGB: 40,
              monthlyReadGB: 300,
              monthlyWriteGB: 100,
            },
          },
        },
      ),
      'Files',
    );
    expectLine(component(fs, 'Standard storage'), 200, unit('AmazonEFS', 'General Purpose Storage GB Mo'));
    expectLine(component(fs, 'Infrequent Access storage'), 1000, unit('AmazonEFS', 'Infrequent Access Storage GB Mo'));
    expectLine(component(fs, 'Archive storage'), 5000, unit('AmazonEFS', 'Archive Storage GB Mo'));
    expectLine(component(fs, 'Infrequent Access reads'), 40, unit('AmazonEFS', 'Infrequent Access Requests Read per GB'));
    expectLine(component(fs, 'Elastic throughput reads'), 300, unit('AmazonEFS', 'EFS Storage Requests Read per GB'));
    expectLine(component(fs, 'Elastic throughput writes'), 100, unit('AmazonEFS', 'EFS Storage Requests Write per GB'));
  });

  it('bills provisioned throughput above what Standard storage earns, and One Zone storage', async () => {
    const fs = resource(
      await priceInline(
        `
Resources:
  Files:
    Type: AWS::EFS::FileSystem
    Properties: { ThroughputMode: provisioned, ProvisionedThroughputInMibps: 100, AvailabilityZoneName: us-east-1a }
`,
        { usage: { Files: { storageGB: 1024 } } },
      ),
      'Files',
    );
    expectLine(component(fs, 'One Zone storage'), 1024, unit('AmazonEFS', 'One Zone General Purpose Storage GB Mo'));
    // 1,024 GB earn 50 KiB/s each = 50 MiB/s: 50 of the 100 MiB/s are billed.
    expectLine(component(fs, 'Provisioned throughput (100 MiB/s)'), 50, unit('AmazonEFS', 'Throughput Provisioned'));
  });

  it('lists storage as usage missing when nobody said how much is stored', async () => {
    const fs = resource(
      await priceInline(`
Resources:
  Files:
    Type: AWS::EFS::FileSystem
`),
      'Files',
    );
    expect(fs.status).toBe('usage-missing');
    expect(fs.missingUsage).toEqual(['storageGB']);
  });
});

describe('Lambda provisioned concurrency', () => {
  const template = (where: 'alias' | 'version', arch = '') => `
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: nodejs20.x, Handler: index.handler, Role: arn:r, Code: { ZipFile: x }, MemorySize: 2048${arch} }
  Version:
    Type: AWS::Lambda::Version
    Properties:
      FunctionName: !Ref Fn
${where === 'version' ? '      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 4 }' : ''}
  Live:
    Type: AWS::Lambda::Alias
    Properties:
      FunctionName: !Ref Fn
      FunctionVersion: !GetAtt Version.Version
      Name: live
${where === 'alias' ? '      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 4 }' : ''}
`;
  const seconds = d(730).times(3600);

  it('prices the concurrency every second of the month and the duration it serves at the provisioned rate', async () => {
    const fn = resource(await priceInline(template('alias'), { usage: { Fn: { monthlyRequests: 1000000, avgDurationMs: 500 } } }), 'Fn');
    expectLine(
      component(fn, 'Provisioned concurrency (4 × 2048 MB)'),
      d(4).times(2).times(seconds),
      unit('AWSLambda', 'Lambda Provisioned-Concurrency'),
    );
    // 1,000,000 × 0.5 s × 2 GB = 1,000,000 GB-s, well within 4 × 2 GB × 2,628,000 s.
    expectLine(component(fn, 'Duration on provisioned concurrency'), 1000000, unit('AWSLambda', 'Lambda Duration-Provisioned'));
    expect(fn.components.some((c) => c.name.startsWith('Duration beyond'))).toBe(false);
    expect(
      fn.components.some((c) => c.name.startsWith('Duration (')),
      'no on-demand duration line',
    ).toBe(false);
    expectLine(component(fn, 'Requests'), 1000000, unit('AWSLambda', 'Lambda Requests'));
  });

  it('spills duration beyond what the provisioned environments can serve to the standard rate (Arm, on a version)', async () => {
    const capacity = d(4).times(2).times(seconds); // 21,024,000 GB-s
    const requests = 30000000;
    const total = d(requests).times('1').times(2); // 1 s × 2 GB each = 60,000,000 GB-s
    const fn = resource(
      await priceInline(template('version', ', Architectures: [arm64]'), {
        usage: { Fn: { monthlyRequests: requests, avgDurationMs: 1000 } },
      }),
      'Fn',
    );
    expectLine(
      component(fn, 'Provisioned concurrency (4 × 2048 MB, Arm)'),
      capacity,
      unit('AWSLambda', 'Lambda Provisioned-Concurrency-ARM'),
    );
    expectLine(component(fn, 'Duration on provisioned concurrency'), capacity, unit('AWSLambda', 'Lambda Duration-Provisioned-ARM'));
    const spill = component(fn, 'Duration beyond provisioned concurrency');
    expect(spill.quantity).toBe(total.minus(capacity).toFixed());
    expect(spill.monthly).toBe(total.minus(capacity).times(unit('AWSLambda', 'Lambda Duration-ARM')).toFixed());
  });

  it('keeps the concurrency charge and lists duration as usage missing without invocations', async () => {
    const fn = resource(await priceInline(template('alias')), 'Fn');
    expect(fn.status).toBe('priced');
    expect(component(fn, 'Duration on provisioned concurrency').status).toBe('usage-missing');
    expect(d(fn.monthly).eq(d(4).times(2).times(seconds).times(unit('AWSLambda', 'Lambda Provisioned-Concurrency')))).toBe(true);
    expect(fn.missingUsage).toEqual(['avgDurationMs', 'monthlyRequests']);
  });

  it('leaves functions without provisioned concurrency as they were', async () => {
    const fn = resource(
      await priceInline(
        `
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: nodejs20.x, Handler: index.handler, Role: arn:r, Code: { ZipFile: x }, MemorySize: 1024 }
  Live:
    Type: AWS::Lambda::Alias
    Properties: { FunctionName: !Ref Fn, FunctionVersion: '$LATEST', Name: live }
`,
        { usage: { Fn: { monthlyRequests: 100, avgDurationMs: 100 } } },
      ),
      'Fn',
    );
    expect(fn.components.map((c) => c.name)).toEqual(['Requests', 'Duration (1024 MB)']);
    expect(new Decimal(component(fn, 'Duration').quantity!).eq(10)).toBe(true);
  });
});
