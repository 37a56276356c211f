/**
 * AWS::EC2::Instance and AWS::EC2::Volume: instance-hours of the type, EBS volumes by type with
 * their IOPS/throughput billing rules, detailed monitoring, public IPv4, previous-generation types
 * that the data lacks in a region, and an instance type the template cannot say.
 */
import { describe, expect, it } from 'vitest';
import { ec2InstanceKey } from '../../../lib/pricing/catalog-keys.js';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const EC2 = 'AmazonEC2';

describe('AWS::EC2::Instance', () => {
  it('prices the type, every mapped volume, detailed monitoring and the public IPv4 address', async () => {
    const estimate = await priceInline(`
Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-1, CidrBlock: 10.0.0.0/24, MapPublicIpOnLaunch: true }
  Web:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: m5.large
      ImageId: ami-123
      SubnetId: !Ref Subnet
      Monitoring: true
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { VolumeSize: 100, VolumeType: gp3, Iops: 6000, Throughput: 250 }
        - DeviceName: /dev/sdf
          Ebs: { VolumeSize: 500, VolumeType: st1 }
        - DeviceName: /dev/sdb
          VirtualName: ephemeral0
`);
    const web = resource(estimate, 'Web');
    expect(web.status).toBe('priced');
    expectLine(component(web, 'Instance hours (m5.large'), 730, unit(EC2, ec2InstanceKey('m5.large')));
    expectLine(component(web, 'Volume /dev/xvda storage (gp3, 100 GB)'), 100, unit(EC2, 'Storage General Purpose gp3 GB Mo'));
    // gp3 includes 3,000 IOPS and 125 MiB/s: 3,000 IOPS and 125 MiB/s (= 125/1024 GiB/s) are billed.
    expectLine(component(web, 'Volume /dev/xvda provisioned IOPS'), 3000, unit(EC2, 'Provisioned EBS IOPS gp3 Volumes per IOPS Mo'));
    expectLine(component(web, 'Volume /dev/xvda throughput'), d(125).div(1024), unit(EC2, 'Provisioned Throughput gp3 per GiBps mo'));
    expectLine(component(web, 'Volume /dev/sdf storage (st1, 500 GB)'), 500, unit(EC2, 'Storage Throughput Optimized HDD st1 GB Mo'));
    expect(
      web.components.some((c) => c.name.includes('/dev/sdb')),
      'instance store costs nothing',
    ).toBe(false);
    expect(
      web.components.some((c) => c.name.startsWith('Root volume')),
      'mapped volumes replace the assumed AMI root',
    ).toBe(false);
    expectLine(component(web, 'Detailed monitoring'), 7, unit('AmazonCloudWatch', 'Metric'));
    expectLine(component(web, 'Public IPv4 address'), 730, unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs'));
    const total = d(730)
      .times(unit(EC2, ec2InstanceKey('m5.large')))
      .plus(d(100).times(unit(EC2, 'Storage General Purpose gp3 GB Mo')))
      .plus(d(3000).times(unit(EC2, 'Provisioned EBS IOPS gp3 Volumes per IOPS Mo')))
      .plus(d(125).div(1024).times(unit(EC2, 'Provisioned Throughput gp3 per GiBps mo')))
      .plus(d(500).times(unit(EC2, 'Storage Throughput Optimized HDD st1 GB Mo')))
      .plus(d(7).times(unit('AmazonCloudWatch', 'Metric')))
      .plus(d(730).times(unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs')));
    expect(web.monthly).toBe(total.toFixed());
  });

  it('states the AMI root volume it assumes when the template maps none', async () => {
    const estimate = await priceInline(`
Resources:
  Box:
    Type: AWS::EC2::Instance
    Properties: { InstanceType: t3.micro, ImageId: ami-1, SubnetId: subnet-123 }
`);
    const box = resource(estimate, 'Box');
    expectLine(component(box, 'Root volume storage (gp2, 8 GB)'), 8, unit(EC2, 'Storage General Purpose gp2 GB Mo'));
    expect(box.notes.join('\n')).toMatch(/root volume comes from the AMI.*assumed 8 GB gp2/);
    expect(box.notes.join('\n')).toMatch(/unlimited CPU-credit mode \(the default for its family\)/);
    expect(
      box.components.some((c) => c.name.startsWith('Public IPv4')),
      'a literal subnet id says nothing about public addresses',
    ).toBe(false);
  });

  it('takes the type and volumes from its launch template, and lets the instance override the type', async () => {
    const estimate = await priceInline(`
Resources:
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        InstanceType: c5.xlarge
        BlockDeviceMappings: [{ DeviceName: /dev/xvda, Ebs: { VolumeSize: 30, VolumeType: io2, Iops: 40000 } }]
  FromTemplate:
    Type: AWS::EC2::Instance
    Properties: { LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: !GetAtt Lt.LatestVersionNumber }, SubnetId: subnet-1 }
  Overridden:
    Type: AWS::EC2::Instance
    Properties: { InstanceType: c5.2xlarge, LaunchTemplate: { LaunchTemplateName: !Ref Lt, Version: '1' }, SubnetId: subnet-1 }
`);
    const fromTemplate = resource(estimate, 'FromTemplate');
    expectLine(component(fromTemplate, 'Instance hours (c5.xlarge'), 730, unit(EC2, ec2InstanceKey('c5.xlarge')));
    expectLine(component(fromTemplate, 'Volume /dev/xvda storage (io2, 30 GB)'), 30, unit(EC2, 'Storage Provisioned IOPS io2 GB month'));
    // io2 IOPS tiers are per volume: 32,000 at tier 1, the next 8,000 at tier 2.
    expectLine(
      component(fromTemplate, 'Volume /dev/xvda provisioned IOPS (32,000 IOPS up to 32,000'),
      32000,
      unit(EC2, 'Provisioned EBS IOPS io2 Volumes per IOPS Mo'),
    );
    expectLine(
      component(fromTemplate, 'Volume /dev/xvda provisioned IOPS (8,000 IOPS 32,001'),
      8000,
      unit(EC2, 'Provisioned EBS IOPS Tier 2 io2 Volumes per IOPS Mo'),
    );
    expect(fromTemplate.components.some((c) => c.name.includes('above 64,000'))).toBe(false);
    expectLine(component(resource(estimate, 'Overridden'), 'Instance hours (c5.2xlarge'), 730, unit(EC2, ec2InstanceKey('c5.2xlarge')));
  });

  it('resolves a previous-generation type where the data has it and shows a clear "no price" line where it does not', async () => {
    const template = `
Resources:
  Old:
    Type: AWS::EC2::Instance
    Properties: { InstanceType: t2.small, SubnetId: subnet-1 }
  Older:
    Type: AWS::EC2::Instance
    Properties: { InstanceType: m3.medium, SubnetId: subnet-1 }
`;
    const virginia = await priceInline(template);
    expectLine(component(resource(virginia, 'Old'), 'Instance hours (t2.small'), 730, unit(EC2, ec2InstanceKey('t2.small')));
    // m3.medium is not in ec2-ondemand/ but in the reshaped ec2.json (previous generations).
    expectLine(component(resource(virginia, 'Older'), 'Instance hours (m3.medium'), 730, unit(EC2, ec2InstanceKey('m3.medium')));

    const stockholm = await priceInline(template, { region: 'eu-north-1' });
    const old = component(resource(stockholm, 'Old'), 'Instance hours (t2.small');
    expect(old.status).toBe('no-price');
    expect(old.monthly).toBe('0');
    expect(old.problem).toMatch(/^no price for "BoxUsage:t2.small" \(AmazonEC2\) in eu-north-1; .* has one in /);
  });

  it('says so on the line when the instance type cannot be known before deployment', async () => {
    const estimate = await priceInline(`
Resources:
  Imported:
    Type: AWS::EC2::Instance
    Properties: { InstanceType: !ImportValue shared-instance-type, SubnetId: subnet-1 }
`);
    const imported = resource(estimate, 'Imported');
    const hours = component(imported, 'Instance hours (instance type unknown)');
    expect(hours.status).toBe('no-price');
    expect(hours.quantity).toBe('730');
    expect(imported.notes.join('\n')).toContain('InstanceType is Fn::ImportValue shared-instance-type');
  });

  it('prices dedicated tenancy as a line without a price rather than at shared rates', async () => {
    const estimate = await priceInline(`
Resources:
  Dedicated:
    Type: AWS::EC2::Instance
    Properties: { InstanceType: m5.large, Tenancy: dedicated, SubnetId: subnet-1 }
`);
    const hours = component(resource(estimate, 'Dedicated'), 'Instance hours (m5.large, Linux, dedicated');
    expect(hours.status).toBe('no-price');
  });

  it('adds data transfer out only when it is given, tiered', async () => {
    const template = `
Resources:
  Web:
    Type: AWS::EC2::Instance
    Properties: { InstanceType: m5.large, SubnetId: subnet-1 }
`;
    const without = resource(await priceInline(template), 'Web');
    expect(without.components.some((c) => c.name.startsWith('Data transfer'))).toBe(false);
    expect(without.missingUsage).toEqual([]);
    const gb = 20000; // beyond the first 10 TB tier
    const web = resource(await priceInline(template, { usage: { Web: { monthlyDataTransferOutGB: gb } } }), 'Web');
    const line = component(web, 'Data transfer out to the internet');
    const first = d(10240);
    const expected = first.times(unit('AWSDataTransfer', 'DataTransfer Out to Internet', 'us-east-1', 0)).plus(
      d(gb)
        .minus(first)
        .times(unit('AWSDataTransfer', 'DataTransfer Out to Internet', 'us-east-1', 1)),
    );
    expect(line.monthly).toBe(expected.toFixed());
    expect(line.tiers).toHaveLength(2);
  });
});

describe('AWS::EC2::Volume', () => {
  it('prices io1 storage with every provisioned IOPS, and gp2 storage alone', async () => {
    const estimate = await priceInline(`
Resources:
  Fast:
    Type: AWS::EC2::Volume
    Properties: { AvailabilityZone: us-east-1a, Size: 200, VolumeType: io1, Iops: 5000 }
  Plain:
    Type: AWS::EC2::Volume
    Properties: { AvailabilityZone: us-east-1a, Size: 50 }
  Cold:
    Type: AWS::EC2::Volume
    Properties: { AvailabilityZone: us-east-1a, Size: 1000, VolumeType: sc1 }
  Baseline:
    Type: AWS::EC2::Volume
    Properties: { AvailabilityZone: us-east-1a, Size: 20, VolumeType: gp3, Iops: 3000, Throughput: 125 }
`);
    const fast = resource(estimate, 'Fast');
    expectLine(component(fast, 'Volume storage (io1, 200 GB)'), 200, unit(EC2, 'Storage Provisioned IOPS io1 GB Mo'));
    expectLine(component(fast, 'Volume provisioned IOPS'), 5000, unit(EC2, 'Provisioned EBS IOPS io1 Volumes per IOPS Mo'));
    expect(fast.monthly).toBe(
      d(200)
        .times(unit(EC2, 'Storage Provisioned IOPS io1 GB Mo'))
        .plus(d(5000).times(unit(EC2, 'Provisioned EBS IOPS io1 Volumes per IOPS Mo')))
        .toFixed(),
    );
    expectLine(component(resource(estimate, 'Plain'), 'Volume storage (gp2, 50 GB)'), 50, unit(EC2, 'Storage General Purpose gp2 GB Mo'));
    expectLine(component(resource(estimate, 'Cold'), 'Volume storage (sc1'), 1000, unit(EC2, 'Storage Cold HDD sc1 GB Mo'));
    // gp3 at its included 3,000 IOPS / 125 MiB/s bills storage only.
    expect(resource(estimate, 'Baseline').components).toHaveLength(1);
  });

  it('prices io2 IOPS in all three per-volume tiers', async () => {
    const estimate = await priceInline(`
Resources:
  Huge:
    Type: AWS::EC2::Volume
    Properties: { AvailabilityZone: us-east-1a, Size: 1000, VolumeType: io2, Iops: 100000 }
`);
    const huge = resource(estimate, 'Huge');
    expectLine(
      component(huge, 'Volume provisioned IOPS (32,000 IOPS up to'),
      32000,
      unit(EC2, 'Provisioned EBS IOPS io2 Volumes per IOPS Mo'),
    );
    expectLine(
      component(huge, 'Volume provisioned IOPS (32,000 IOPS 32,001'),
      32000,
      unit(EC2, 'Provisioned EBS IOPS Tier 2 io2 Volumes per IOPS Mo'),
    );
    expectLine(
      component(huge, 'Volume provisioned IOPS (36,000 IOPS above 64,000'),
      36000,
      unit(EC2, 'Provisioned EBS IOPS Tier 3 io2 Volumes per IOPS Mo'),
    );
  });

  it('names a size it cannot read instead of guessing', async () => {
    const estimate = await priceInline(`
Resources:
  FromSnapshot:
    Type: AWS::EC2::Volume
    Properties: { AvailabilityZone: us-east-1a, SnapshotId: snap-123 }
`);
    const volume = resource(estimate, 'FromSnapshot');
    expect(component(volume, 'Volume storage (gp2)').quantity).toBeNull();
    expect(volume.notes.join('\n')).toContain('size not in the template');
    expect(volume.monthly).toBe('0');
  });
});
