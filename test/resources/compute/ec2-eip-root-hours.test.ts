/**
 * Issue 13/14 on EC2 pricers: an associated Elastic IP replaces the instance's auto-assigned public
 * IPv4 address; the AMI root volume is always there (gp3 for Amazon Linux 2023, gp2 before);
 * running hours come from monthlyHours.
 */
import { describe, expect, it } from 'vitest';
import { ec2InstanceKey } from '../../../lib/pricing/catalog-keys.js';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const EC2 = 'AmazonEC2';
const IPV4 = (): ReturnType<typeof unit> => unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs');

describe('EC2 public IPv4 with an Elastic IP', () => {
  it('bills one address when an EIP (InstanceId) or an EIPAssociation is associated, on the EIP', async () => {
    // EC2 User Guide, public IPv4 addresses: "We release your instance's public IP address when …
    // you associate an Elastic IP address with your instance"; every public IPv4 address is billed
    // per hour (Amazon VPC pricing). One address, billed once: on the EIP.
    const estimate = await priceInline(`
Resources:
  A: { Type: AWS::EC2::Instance, Properties: { InstanceType: t3.micro } }
  AIp: { Type: AWS::EC2::EIP, Properties: { InstanceId: !Ref A } }
  B: { Type: AWS::EC2::Instance, Properties: { InstanceType: t3.micro } }
  BIp: { Type: AWS::EC2::EIP, Properties: { Domain: vpc } }
  BAssoc: { Type: AWS::EC2::EIPAssociation, Properties: { InstanceId: !Ref B, AllocationId: !GetAtt BIp.AllocationId } }
  C: { Type: AWS::EC2::Instance, Properties: { InstanceType: t3.micro } }
  CAssoc: { Type: AWS::EC2::EIPAssociation, Properties: { InstanceId: !Ref C, AllocationId: eipalloc-123 } }
`);
    for (const id of ['A', 'B']) {
      const r = resource(estimate, id);
      expect(
        r.components.some((c) => c.name.startsWith('Public IPv4')),
        id,
      ).toBe(false);
      expect(r.notes.join('\n')).toMatch(/releases the auto-assigned address/);
    }
    expectLine(component(resource(estimate, 'AIp'), 'Public IPv4 address hours'), 730, IPV4());
    expectLine(component(resource(estimate, 'BIp'), 'Public IPv4 address hours'), 730, IPV4());
    // The allocation is not in the template: the one address is priced on the instance.
    expectLine(component(resource(estimate, 'C'), 'Public IPv4 address (Elastic IP associated by EIPAssociation CAssoc'), 730, IPV4());
  });
});

describe('EC2 AMI root volume', () => {
  it('keeps the root volume next to mapped data volumes; gp3 for Amazon Linux 2023, gp2 for AL2; usage overrides', async () => {
    // Amazon Linux 2023 AMIs default to an 8 GiB gp3 root volume (AL2023 User Guide); AL2 to gp2.
    const estimate = await priceInline(
      `
Parameters:
  SsmParameterValueawsserviceamiamazonlinuxlatestal2023amikernel61x8664Parameter:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64
Resources:
  New:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      SubnetId: subnet-1
      ImageId: !Ref SsmParameterValueawsserviceamiamazonlinuxlatestal2023amikernel61x8664Parameter
      BlockDeviceMappings: [{ DeviceName: /dev/sdf, Ebs: { VolumeSize: 50, VolumeType: gp3 } }]
  Old:
    Type: AWS::EC2::Instance
    Properties: { InstanceType: t3.micro, SubnetId: subnet-1, \
ImageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2}}' }
  Mapped:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      SubnetId: subnet-1
      BlockDeviceMappings: [{ DeviceName: /dev/xvda, Ebs: { VolumeSize: 20, VolumeType: gp3 } }]
  Given:
    Type: AWS::EC2::Instance
    Properties: { InstanceType: t3.micro, SubnetId: subnet-1, ImageId: ami-1 }
`,
      { usage: { Given: { rootVolumeGB: 30, rootVolumeType: 'io1', monthlyHours: 200 } } },
    );
    const fresh = resource(estimate, 'New');
    expectLine(component(fresh, 'Volume /dev/sdf storage (gp3, 50 GB)'), 50, unit(EC2, 'Storage General Purpose gp3 GB Mo'));
    expectLine(component(fresh, 'Root volume storage (gp3, 8 GB)'), 8, unit(EC2, 'Storage General Purpose gp3 GB Mo'));
    expect(fresh.notes.join('\n')).toMatch(/map only \/dev\/sdf.*assumed 8 GB gp3.*Amazon Linux 2023/);
    expectLine(component(resource(estimate, 'Old'), 'Root volume storage (gp2, 8 GB)'), 8, unit(EC2, 'Storage General Purpose gp2 GB Mo'));
    expect(resource(estimate, 'Mapped').components.some((c) => c.name.startsWith('Root volume'))).toBe(false);
    const given = resource(estimate, 'Given');
    expectLine(component(given, 'Root volume storage (io1, 30 GB)'), 30, unit(EC2, 'Storage Provisioned IOPS io1 GB Mo'));
    expectLine(component(given, 'Instance hours (t3.micro'), 200, unit(EC2, ec2InstanceKey('t3.micro')));
  });

  it('an Auto Scaling group runs monthlyHours per instance', async () => {
    const estimate = await priceInline(
      `
Resources:
  Lt: { Type: AWS::EC2::LaunchTemplate, Properties: { LaunchTemplateData: { InstanceType: m5.large } } }
  Asg:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties: { MinSize: '2', MaxSize: '4', DesiredCapacity: '2', LaunchTemplate: { LaunchTemplateId: !Ref Lt, Version: '1' } }
`,
      { usage: { Asg: { monthlyHours: 300 } } },
    );
    expectLine(component(resource(estimate, 'Asg'), 'Instance hours (2 × m5.large'), d(600), unit(EC2, ec2InstanceKey('m5.large')));
  });
});
