/**
 * Streaming: Kinesis Data Streams (provisioned shards, 25 KB PUT payload units, extended
 * retention; on demand), MSK provisioned and Serverless. (Firehose: firehose.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const KIN = 'AmazonKinesis';
const MSK = 'AmazonMSK';

describe('AWS::Kinesis::Stream', () => {
  it('provisioned: shard-hours, PUT payload units of 25 KB, extended retention shard-hours', async () => {
    const s = resource(
      await priceInline(
        `
Resources:
  Stream:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 4, RetentionPeriodHours: 72 }
`,
        { usage: { Stream: { monthlyPutRecords: 10000000, avgRecordSizeKB: 60 } } },
      ),
      'Stream',
    );
    expectLine(component(s, 'Shard hours (4 shards)'), 2920, unit(KIN, 'Provisioned shard hour per ShardHour'));
    // 60 KB records are 3 payload units of 25 KB each.
    expectLine(component(s, 'PUT payload units'), 30000000, unit(KIN, 'Payload Units per PutRequest'));
    expectLine(component(s, 'Extended retention (72 h)'), 2920, unit(KIN, 'Addon shard hour per ShardHour'));
  });

  it('a record of exactly 25 KB is one payload unit, 25.1 KB two', async () => {
    const at = async (kb: number) =>
      component(
        resource(
          await priceInline(
            `
Resources:
  Stream: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 1 } }
`,
            { usage: { Stream: { monthlyPutRecords: 1000, avgRecordSizeKB: kb } } },
          ),
          'Stream',
        ),
        'PUT payload units',
      ).quantity;
    expect(await at(25)).toBe('1000');
    expect(await at(25.1)).toBe('2000');
  });

  it('provisioned without usage: shards priced, payload units usage-missing', async () => {
    const s = resource(
      await priceInline(`
Resources:
  Stream: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 2 } }
`),
      'Stream',
    );
    expect(s.status).toBe('priced');
    expect(component(s, 'PUT payload units').status).toBe('usage-missing');
    expect(s.missingUsage).toEqual(['monthlyPutRecords']);
  });

  it('on demand: stream-hours, GB ingested (records rounded up to 1 KB), GB retrieved', async () => {
    const s = resource(
      await priceInline(
        `
Resources:
  Stream:
    Type: AWS::Kinesis::Stream
    Properties: { StreamModeDetails: { StreamMode: ON_DEMAND } }
`,
        { usage: { Stream: { monthlyPutRecords: 1048576, avgRecordSizeKB: 1.5, monthlyDataRetrievedGB: 4 } } },
      ),
      'Stream',
    );
    expectLine(component(s, 'On-demand stream hours'), 730, unit(KIN, 'OnDemandStreamHr per StreamHr'));
    // 1,048,576 records × 2 KB (1.5 rounded up) = 2 GB.
    expectLine(component(s, 'Data ingested'), 2, unit(KIN, 'OnDemandDataIngested per GB'));
    expectLine(component(s, 'Data retrieved'), 4, unit(KIN, 'OnDemandDataRetrieval per GB'));
  });
});

describe('AWS::MSK::Cluster', () => {
  it('broker-hours × brokers and EBS storage per broker', async () => {
    const c = resource(
      await priceInline(`
Resources:
  Kafka:
    Type: AWS::MSK::Cluster
    Properties:
      ClusterName: k
      KafkaVersion: 3.6.0
      NumberOfBrokerNodes: 3
      BrokerNodeGroupInfo:
        InstanceType: kafka.m7g.large
        ClientSubnets: [a, b, c]
        StorageInfo: { EBSStorageInfo: { VolumeSize: 500 } }
`),
      'Kafka',
    );
    expectLine(component(c, 'Broker instances (3 × kafka.m7g.large)'), 2190, unit(MSK, 'RunBroker m7g.large'));
    expectLine(component(c, 'Broker storage'), 1500, unit(MSK, 'RunVolume'));
    expect(c.monthly).toBe(
      d(2190)
        .times(unit(MSK, 'RunBroker m7g.large'))
        .plus(d(1500).times(unit(MSK, 'RunVolume')))
        .toFixed(),
    );
  });

  it('a broker type the data lacks gets a no-price line', async () => {
    const c = resource(
      await priceInline(`
Resources:
  Kafka:
    Type: AWS::MSK::Cluster
    Properties: { ClusterName: k, KafkaVersion: 3.6.0, NumberOfBrokerNodes: 2, BrokerNodeGroupInfo: { InstanceType: kafka.m9z.large, \
ClientSubnets: [a, b] } }
`),
      'Kafka',
    );
    expect(component(c, 'Broker instances').problem).toMatch(/^no price for "RunBroker m9z.large" \(AmazonMSK\) in any region of /);
  });
});

describe('AWS::MSK::ServerlessCluster', () => {
  const template = `
Resources:
  Kafka:
    Type: AWS::MSK::ServerlessCluster
    Properties: { ClusterName: k, ClientAuthentication: { Sasl: { Iam: { Enabled: true } } }, VpcConfigs: [{ SubnetIds: [a, b] }] }
`;
  it('cluster-hours always; partitions, storage and data from usage', async () => {
    const c = resource(
      await priceInline(template, { usage: { Kafka: { partitions: 50, storageGB: 100, monthlyDataInGB: 300, monthlyDataOutGB: 600 } } }),
      'Kafka',
    );
    expectLine(component(c, 'Cluster hours'), 730, unit(MSK, 'Serverless Cluster-hours'));
    expectLine(component(c, 'Partition hours'), 36500, unit(MSK, 'Serverless Partition-hours'));
    expectLine(component(c, 'Storage'), 100, unit(MSK, 'Serverless Storage-hours'));
    expectLine(component(c, 'Data in'), 300, unit(MSK, 'Serverless Per-GB data ingressed'));
    expectLine(component(c, 'Data out'), 600, unit(MSK, 'Serverless Per-GB data egressed'));
  });

  it('without usage: the cluster-hours are priced and the rest listed as missing', async () => {
    const c = resource(await priceInline(template), 'Kafka');
    expect(c.status).toBe('priced');
    expect(c.missingUsage).toEqual(['monthlyDataInGB', 'monthlyDataOutGB', 'partitions', 'storageGB']);
  });
});
