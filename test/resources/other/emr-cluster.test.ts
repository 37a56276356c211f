/**
 * AWS::EMR::Cluster: the EC2 instances of each instance group (with their EBS volumes) for the hours
 * the cluster runs, and the EMR fee per instance-hour, which the bundled data has no price for — so
 * the cluster is listed as not fully priced, with that line, never as a silent zero.
 */
import { describe, expect, it } from 'vitest';
import { book, component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

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

/** The data has no ElasticMapReduce prices in any region: the fee lines say so. */
const NO_EMR_DATA = `in any region: the AWS price data (Price List snapshot as of ${book.info().pricesAsOf}) has no ` +
  'ElasticMapReduce prices';

describe('AWS::EMR::Cluster', () => {
  it("prices each group's instance-hours and EBS volumes from the EC2 data, and names the EMR fee it has no price for", async () => {
    const cluster = resource(await priceInline(CLUSTER), 'Cluster');
    expectLine(component(cluster, 'Instance hours (m5.xlarge'), 730, unit('AmazonEC2', 'BoxUsage:m5.xlarge'));
    expectLine(component(cluster, 'Instance hours (3 × r5.2xlarge'), 3 * 730, unit('AmazonEC2', 'BoxUsage:r5.2xlarge'));
    expectLine(component(cluster, 'Instance hours (4 × c5.xlarge'), 4 * 730, unit('AmazonEC2', 'BoxUsage:c5.xlarge'));
    const storage = cluster.components.find((c) => c.name.startsWith('EMR core EBS volume') && c.unit.startsWith('GB'))!;
    expectLine(storage, 6 * 100, unit('AmazonEC2', 'Storage General Purpose gp3 GB Mo'));
    const fees = cluster.components.filter((c) => c.name.startsWith('EMR fee'));
    expect(fees.map((c) => [c.quantity, c.status, c.problem])).toEqual([
      ['730', 'no-price', `no price for "EMRInstance:m5.xlarge" (ElasticMapReduce) ${NO_EMR_DATA}`],
      ['2190', 'no-price', `no price for "EMRInstance:r5.2xlarge" (ElasticMapReduce) ${NO_EMR_DATA}`],
      ['2920', 'no-price', `no price for "EMRInstance:c5.xlarge" (ElasticMapReduce) ${NO_EMR_DATA}`],
    ]);
    expect(cluster.status).toBe('unsupported');
    expect(cluster.notes.join(' ')).toMatch(/task spot-tasks: Spot instances priced at the on-demand rate/);
    const ec2 = cluster.components.filter((c) => c.status === 'priced').reduce((sum, c) => sum.plus(c.monthly), d(0));
    expect(cluster.monthly).toBe(ec2.toFixed()); // what is priced still adds up: a lower bound
  });

  it('a transient cluster runs monthlyHours; an unresolved InstanceCount is priced as one instance, with a note', async () => {
    const cluster = resource(await priceInline(CLUSTER.replace('InstanceCount: 3', 'InstanceCount: !Ref CoreCount'), { usage: { Cluster: { monthlyHours: 100 } } }), 'Cluster');
    expectLine(component(cluster, 'Instance hours (m5.xlarge'), 100, unit('AmazonEC2', 'BoxUsage:m5.xlarge'));
    expectLine(component(cluster, 'Instance hours (r5.2xlarge'), 100, unit('AmazonEC2', 'BoxUsage:r5.2xlarge'));
    expect(cluster.notes.join(' ')).toMatch(/core: InstanceCount is Ref CoreCount; priced as 1 instance/);
  });

  it('a cluster without instance groups or fleets is unsupported, saying so', async () => {
    const cluster = resource(await priceInline(`
Resources:
  Cluster: { Type: AWS::EMR::Cluster, Properties: { Name: x, JobFlowRole: r, ServiceRole: s, Instances: {} } }
`), 'Cluster');
    expect(cluster).toMatchObject({ status: 'unsupported', reason: 'the cluster names neither instance groups nor instance fleets in Instances' });
  });
});
