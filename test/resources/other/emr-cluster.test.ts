/**
 * AWS::EMR::Cluster: the EC2 instances of each instance group (with their EBS volumes) for the hours
 * the cluster runs, and the EMR fee per instance-hour (reshaped/elasticmapreduce.json) on top;
 * previous-generation types (m3.xlarge) from the reshaped EC2 data. InstanceGroupConfig and
 * InstanceFleetConfig add groups the same way.
 */
import { describe, expect, it } from 'vitest';
import { emrInstanceKey } from '../../../lib/pricing/catalog-keys.js';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const EMR = 'ElasticMapReduce';

const CLUSTER = `
Parameters:
  CoreCount: { Type: Number }
Resources:
  Cluster:
    Type: AWS::EMR::Cluster
    Properties:
      Name: analytics
      ReleaseLabel: emr-7.5.0
      JobFlowRole: EMR_EC2_DefaultRole
      ServiceRole: EMR_DefaultRole
      Instances:
        MasterInstanceGroup: { InstanceCount: 1, InstanceType: m5.xlarge, Market: ON_DEMAND }
        CoreInstanceGroup:
          InstanceCount: 3
          InstanceType: r5.2xlarge
          EbsConfiguration: { EbsBlockDeviceConfigs: [{ VolumeSpecification: { SizeInGB: 100, VolumeType: gp3 }, VolumesPerInstance: 2 }] }
        TaskInstanceGroups:
          - { Name: spot-tasks, InstanceCount: 4, InstanceType: c5.xlarge, Market: SPOT }
`;

describe('AWS::EMR::Cluster', () => {
  it("prices each group's instance-hours and EBS volumes from the EC2 data, and the EMR fee per instance-hour", async () => {
    const cluster = resource(await priceInline(CLUSTER), 'Cluster');
    expectLine(component(cluster, 'Instance hours (m5.xlarge'), 730, unit('AmazonEC2', 'BoxUsage:m5.xlarge'));
    expectLine(component(cluster, 'Instance hours (3 × r5.2xlarge'), 3 * 730, unit('AmazonEC2', 'BoxUsage:r5.2xlarge'));
    expectLine(component(cluster, 'Instance hours (4 × c5.xlarge'), 4 * 730, unit('AmazonEC2', 'BoxUsage:c5.xlarge'));
    const storage = cluster.components.find((c) => c.name.startsWith('EMR core EBS volume') && c.unit.startsWith('GB'))!;
    expectLine(storage, 6 * 100, unit('AmazonEC2', 'Storage General Purpose gp3 GB Mo'));
    expectLine(component(cluster, 'EMR fee (master: 1 × m5.xlarge)'), 730, unit(EMR, emrInstanceKey('m5.xlarge')));
    expectLine(component(cluster, 'EMR fee (core: 3 × r5.2xlarge)'), 2190, unit(EMR, emrInstanceKey('r5.2xlarge')));
    expectLine(component(cluster, 'EMR fee (task spot-tasks: 4 × c5.xlarge)'), 2920, unit(EMR, emrInstanceKey('c5.xlarge')));
    expect(cluster.status).toBe('priced');
    expect(cluster.notes.join(' ')).toMatch(/task spot-tasks: Spot instances priced at the on-demand rate/);
    const sum = cluster.components.reduce((total, c) => total.plus(c.monthly), d(0));
    expect(cluster.monthly).toBe(sum.toFixed());
  });

  it('a previous-generation m3.xlarge cluster (the corpus template) is priced from the reshaped EC2 and EMR data', async () => {
    const cluster = resource(await priceInline(CLUSTER.replace('InstanceType: m5.xlarge', 'InstanceType: m3.xlarge')), 'Cluster');
    expectLine(component(cluster, 'Instance hours (m3.xlarge'), 730, unit('AmazonEC2', 'BoxUsage:m3.xlarge'));
    expectLine(component(cluster, 'EMR fee (master: 1 × m3.xlarge)'), 730, unit(EMR, emrInstanceKey('m3.xlarge')));
    expect(cluster.status).toBe('priced');
  });

  it('InstanceGroupConfig and InstanceFleetConfig add task capacity: EC2, EBS and the EMR fee', async () => {
    const estimate = await priceInline(
      `
Resources:
  Tasks:
    Type: AWS::EMR::InstanceGroupConfig
    Properties: { JobFlowId: j-1, InstanceRole: TASK, InstanceCount: 2, InstanceType: m5.2xlarge, Name: extra }
  Fleet:
    Type: AWS::EMR::InstanceFleetConfig
    Properties:
      ClusterId: j-1
      InstanceFleetType: TASK
      TargetOnDemandCapacity: 3
      InstanceTypeConfigs: [{ InstanceType: r5.xlarge }, { InstanceType: r5a.xlarge }]
`,
      { usage: { Fleet: { monthlyHours: 200 } } },
    );
    const tasks = resource(estimate, 'Tasks');
    expectLine(component(tasks, 'Instance hours (2 × m5.2xlarge'), 1460, unit('AmazonEC2', 'BoxUsage:m5.2xlarge'));
    expectLine(component(tasks, 'EMR fee (task group extra: 2 × m5.2xlarge)'), 1460, unit(EMR, emrInstanceKey('m5.2xlarge')));
    const fleet = resource(estimate, 'Fleet');
    expectLine(component(fleet, 'Instance hours (3 × r5.xlarge'), 600, unit('AmazonEC2', 'BoxUsage:r5.xlarge'));
    expectLine(component(fleet, 'EMR fee (task fleet: 3 × r5.xlarge)'), 600, unit(EMR, emrInstanceKey('r5.xlarge')));
  });

  it('a transient cluster runs monthlyHours; an unresolved InstanceCount is priced as one instance, with a note', async () => {
    const cluster = resource(
      await priceInline(CLUSTER.replace('InstanceCount: 3', 'InstanceCount: !Ref CoreCount'), {
        usage: { Cluster: { monthlyHours: 100 } },
      }),
      'Cluster',
    );
    expectLine(component(cluster, 'Instance hours (m5.xlarge'), 100, unit('AmazonEC2', 'BoxUsage:m5.xlarge'));
    expectLine(component(cluster, 'Instance hours (r5.2xlarge'), 100, unit('AmazonEC2', 'BoxUsage:r5.2xlarge'));
    expect(cluster.notes.join(' ')).toMatch(/core: InstanceCount is Ref CoreCount; priced as 1 instance/);
  });

  it('a cluster without instance groups or fleets is unsupported, saying so', async () => {
    const cluster = resource(
      await priceInline(`
Resources:
  Cluster: { Type: AWS::EMR::Cluster, Properties: { Name: x, JobFlowRole: r, ServiceRole: s, Instances: {} } }
`),
      'Cluster',
    );
    expect(cluster).toMatchObject({
      status: 'unsupported',
      reason: 'the cluster names neither instance groups nor instance fleets in Instances',
    });
  });
});
