/**
 * DocumentDB (cluster storage/I/O/backup, instances standard and I/O-Optimized, elastic clusters),
 * DAX (node-hours × ReplicationFactor), MemoryDB (nodes × shards × (1 + replicas), data written),
 * Amazon MQ (broker-hours by engine and deployment mode, storage): quantity × the snapshot's unit price.
 */
import { describe, expect, it } from 'vitest';
import { daxNodeKey, memoryDbNodeKey } from '../../../lib/pricing/catalog-keys.js';
import { component, expectLine, priceInline, resource, unit } from '../price-inline.js';

describe('AWS::DocDB::DBCluster / DBInstance', () => {
  const template = (storage: string) => `
Resources:
  Cluster: { Type: AWS::DocDB::DBCluster, Properties: { MasterUsername: u, MasterUserPassword: p${storage} } }
  Primary: { Type: AWS::DocDB::DBInstance, Properties: { DBClusterIdentifier: !Ref Cluster, DBInstanceClass: db.r6g.large } }
  Nvme: { Type: AWS::DocDB::DBInstance, Properties: { DBClusterIdentifier: !Ref Cluster, DBInstanceClass: db.r6gd.xlarge } }
`;

  it('standard: storage, I/O, backup on the cluster; instance-hours per instance', async () => {
    const estimate = await priceInline(template(''), {
      usage: { Cluster: { storageGB: 200, monthlyIORequests: 30000000, backupStorageGB: 50 } },
    });
    const cluster = resource(estimate, 'Cluster');
    expectLine(component(cluster, 'Storage (standard)'), 200, unit('AmazonDocDB', 'Database Storage'));
    expectLine(component(cluster, 'I/O requests'), 30000000, unit('AmazonDocDB', '1 million IO requests'));
    expectLine(component(cluster, 'Backup storage'), 50, unit('AmazonDocDB', 'Storage Snapshot'));
    expectLine(
      component(resource(estimate, 'Primary'), 'Database instance (db.r6g.large)'),
      730,
      unit('AmazonDocDB', 'OnDemand-instancetype-db.r6g.large'),
    );
    expectLine(
      component(resource(estimate, 'Nvme'), 'Database instance'),
      730,
      unit('AmazonDocDB', 'OnDemand-instancetype-db.r6gd.xlarge NVMe SSD'),
    );
  });

  it('I/O-Optimized (StorageType iopt1): the I/O-Optimized storage and instance rates, no I/O line', async () => {
    const estimate = await priceInline(template(', StorageType: iopt1'), { usage: { Cluster: { storageGB: 200 } } });
    const cluster = resource(estimate, 'Cluster');
    expect(cluster.components.map((c) => c.name)).toEqual(['Storage (I/O-Optimized)']);
    expectLine(component(cluster, 'Storage'), 200, unit('AmazonDocDB', 'Database Storage IO-Optimized-DocDB'));
    const io = 'OnDemand-instancetype-db.r6g.large IO-Optimized-DocDB';
    expectLine(component(resource(estimate, 'Primary'), 'Database instance (db.r6g.large, I/O-Optimized)'), 730, unit('AmazonDocDB', io));
    expectLine(
      component(resource(estimate, 'Nvme'), 'Database instance'),
      730,
      unit('AmazonDocDB', 'OnDemand-instancetype-db.r6gd.xlarge NVMe SSD IO-Optimized'),
    );
  });

  it('an elastic cluster bills vCPU-hours of every shard instance and its storage', async () => {
    const estimate = await priceInline(
      `
Resources:
  Elastic:
    Type: AWS::DocDBElastic::Cluster
    Properties: { ClusterName: e, AdminUserName: u, AuthType: PLAIN_TEXT, ShardCapacity: 2, ShardCount: 3 }
`,
      { usage: { Elastic: { storageGB: 100 } } },
    );
    const elastic = resource(estimate, 'Elastic');
    expectLine(component(elastic, 'Elastic cluster vCPUs'), 12 * 730, unit('AmazonDocDB', 'Database Utilization CreateCluster'));
    expectLine(component(elastic, 'Elastic cluster storage'), 100, unit('AmazonDocDB', 'Database Storage CreateCluster'));
  });
});

describe('AWS::DAX::Cluster', () => {
  it('node-hours × ReplicationFactor, the r7i types included (opaque-only in the data)', async () => {
    const estimate = await priceInline(
      `
Resources:
  Dax: { Type: AWS::DAX::Cluster, Properties: { NodeType: dax.r5.large, ReplicationFactor: 3, IAMRoleARN: arn } }
  New: { Type: AWS::DAX::Cluster, Properties: { NodeType: dax.r7i.large, ReplicationFactor: 1, IAMRoleARN: arn } }
`,
      { region: 'ap-south-1' },
    );
    expectLine(
      component(resource(estimate, 'Dax'), 'Nodes (3 × dax.r5.large)'),
      2190,
      unit('AmazonDAX', daxNodeKey('r5.large'), 'ap-south-1'),
    );
    expectLine(component(resource(estimate, 'New'), 'Nodes'), 730, unit('AmazonDAX', daxNodeKey('r7i.large'), 'ap-south-1'));
  });
});

describe('AWS::MemoryDB::Cluster', () => {
  it('Redis OSS: NumShards × (1 + NumReplicasPerShard) nodes and data written per GB', async () => {
    const estimate = await priceInline(
      `
Resources:
  Db: { Type: AWS::MemoryDB::Cluster, Properties: { ClusterName: m, ACLName: open-access, NodeType: db.r6g.large, NumShards: 2, \
NumReplicasPerShard: 2 } }
`,
      { usage: { Db: { dataWrittenGB: 300 } } },
    );
    const db = resource(estimate, 'Db');
    expectLine(
      component(db, 'Nodes (Redis, 2 shards × 3 nodes, db.r6g.large)'),
      6 * 730,
      unit('AmazonMemoryDB', memoryDbNodeKey('Redis', 'db.r6g.large')),
    );
    expectLine(component(db, 'Data written'), 300, unit('AmazonMemoryDB', 'Data Written per GB'));
  });

  it('Valkey: the Valkey node rate; data written free up to 10 TB, a no-price line above it', async () => {
    const template = `
Resources:
  Db: { Type: AWS::MemoryDB::Cluster, Properties: { ClusterName: m, ACLName: open-access, Engine: valkey, NodeType: db.r7g.large } }
`;
    const db = resource(await priceInline(template, { usage: { Db: { dataWrittenGB: 500 } } }), 'Db');
    const valkey = unit('AmazonMemoryDB', memoryDbNodeKey('Valkey', 'db.r7g.large'));
    expect(valkey.lt(unit('AmazonMemoryDB', memoryDbNodeKey('Redis', 'db.r7g.large')))).toBe(true);
    expectLine(component(db, 'Nodes (Valkey, 1 shard × 2 nodes'), 1460, valkey);
    expectLine(
      component(db, 'Data written (Valkey, first 10 TB free)'),
      500,
      unit('AmazonMemoryDB', 'Data Written per GB-Mo Valkey 0 to 10000'),
    );
    const big = resource(await priceInline(template, { usage: { Db: { dataWrittenGB: 12000 } } }), 'Db');
    expect(component(big, 'Data written (Valkey, above 10 TB)')).toMatchObject({ quantity: '2000', status: 'no-price' });
  });
});

describe('AWS::AmazonMQ::Broker', () => {
  const broker = (props: string) => `
Resources:
  Broker: { Type: AWS::AmazonMQ::Broker, Properties: { BrokerName: b, PubliclyAccessible: false, ${props} } }
`;

  it('ActiveMQ active/standby pair on EFS storage', async () => {
    const b = resource(
      await priceInline(broker('EngineType: ACTIVEMQ, HostInstanceType: mq.m5.large, DeploymentMode: ACTIVE_STANDBY_MULTI_AZ'), {
        usage: { Broker: { storageGB: 20 } },
      }),
      'Broker',
    );
    expectLine(
      component(b, 'Broker (ActiveMQ, ACTIVE_STANDBY_MULTI_AZ, mq.m5.large)'),
      730,
      unit('AmazonMQ', 'Active Standby mq m5.large'),
    );
    expectLine(component(b, 'Storage (EFS)'), 20, unit('AmazonMQ', 'Broker Storage GB Mo'));
  });

  it('RabbitMQ single instance and three-node cluster, on EBS', async () => {
    const single = resource(
      await priceInline(broker('EngineType: RABBITMQ, HostInstanceType: mq.m5.large, DeploymentMode: SINGLE_INSTANCE'), {
        usage: { Broker: { storageGB: 20 } },
      }),
      'Broker',
    );
    expectLine(component(single, 'Broker (RabbitMQ, SINGLE_INSTANCE'), 730, unit('AmazonMQ', 'RabbitMQ Single Instance mq m5.large'));
    expectLine(component(single, 'Storage (EBS)'), 20, unit('AmazonMQ', 'Broker Storage Single AZ GB-Mo'));
    const cluster = resource(
      await priceInline(broker('EngineType: RABBITMQ, HostInstanceType: mq.m5.large, DeploymentMode: CLUSTER_MULTI_AZ')),
      'Broker',
    );
    const rate = unit('AmazonMQ', 'RabbitMQ Active Standby mq m5.large');
    // The cluster rate is the three nodes together: three times the single-instance rate.
    expect(rate.eq(unit('AmazonMQ', 'RabbitMQ Single Instance mq m5.large').times(3))).toBe(true);
    expectLine(component(cluster, 'Broker (RabbitMQ, CLUSTER_MULTI_AZ'), 730, rate);
  });
});
