/**
 * Neptune (instances by class, I/O-Optimized, serverless NCUs; cluster storage and I/O), Redshift
 * (nodes), OpenSearch Service domains (masters, UltraWarm and gp3/io1 performance, named but not in the data) and OpenSearch
 * Serverless (no OCU prices in the data: unsupported with the reason).
 */
import { describe, expect, it } from 'vitest';
import { neptuneInstanceKey, openSearchInstanceKey, redshiftNodeKey } from '../../../lib/pricing/catalog-keys.js';
import { component, expectLine, priceInline, resource, unit } from '../price-inline.js';

const NEP = 'AmazonNeptune';

describe('AWS::Neptune::DBCluster / DBInstance', () => {
  const template = (storageType = '') => `
Resources:
  Graph:
    Type: AWS::Neptune::DBCluster
    Properties: { ${storageType ? `StorageType: ${storageType}` : 'BackupRetentionPeriod: 7'} }
  Primary:
    Type: AWS::Neptune::DBInstance
    Properties: { DBClusterIdentifier: !Ref Graph, DBInstanceClass: db.r6g.large }
  Replica:
    Type: AWS::Neptune::DBInstance
    Properties: { DBClusterIdentifier: !Ref Graph, DBInstanceClass: db.r6g.large }
`;
  it('standard: instance-hours per instance; storage and I/O on the cluster from usage', async () => {
    const estimate = await priceInline(template(), { usage: { Graph: { storageGB: 80, monthlyIORequests: 25000000 } } });
    for (const id of ['Primary', 'Replica'])
      expectLine(component(resource(estimate, id), 'Database instance (db.r6g.large)'), 730, unit(NEP, neptuneInstanceKey('db.r6g.large')));
    const graph = resource(estimate, 'Graph');
    expectLine(component(graph, 'Storage (standard)'), 80, unit(NEP, 'Storage Rate'));
    expectLine(component(graph, 'I/O requests'), 25000000, unit(NEP, 'IO Rate'));
  });

  it('I/O-Optimized (StorageType iopt1): the I/O-Optimized instance and storage rates, no I/O line', async () => {
    const estimate = await priceInline(template('iopt1'), { usage: { Graph: { storageGB: 80 } } });
    expectLine(
      component(resource(estimate, 'Primary'), 'Database instance (db.r6g.large, I/O-Optimized)'),
      730,
      unit(NEP, neptuneInstanceKey('db.r6g.large', true)),
    );
    const graph = resource(estimate, 'Graph');
    expect(graph.components.map((c) => c.name)).toEqual(['Storage (I/O-Optimized)']);
    expectLine(component(graph, 'Storage'), 80, unit(NEP, 'IO optimized Storage Rate General Purpose-Aurora'));
  });

  it('serverless instance: NCU-hours from usage, usage-missing without', async () => {
    const t = `
Resources:
  Graph: { Type: AWS::Neptune::DBCluster, Properties: { ServerlessScalingConfiguration: { MinCapacity: 1, MaxCapacity: 8 } } }
  Node: { Type: AWS::Neptune::DBInstance, Properties: { DBClusterIdentifier: !Ref Graph, DBInstanceClass: db.serverless } }
`;
    expect(resource(await priceInline(t), 'Node').status).toBe('usage-missing');
    expectLine(
      component(resource(await priceInline(t, { usage: { Node: { averageNCUs: 2.5 } } }), 'Node'), 'Serverless capacity'),
      1825,
      unit(NEP, 'Serverless'),
    );
  });

  it('previous generation db.r4.large: priced in eu-west-1, "no price in eu-north-1"', async () => {
    const t = `
Resources:
  Node: { Type: AWS::Neptune::DBInstance, Properties: { DBInstanceClass: db.r4.large } }
`;
    expectLine(
      component(resource(await priceInline(t, { region: 'eu-west-1' }), 'Node'), 'Database instance'),
      730,
      unit(NEP, neptuneInstanceKey('db.r4.large'), 'eu-west-1'),
    );
    const north = resource(await priceInline(t, { region: 'eu-north-1' }), 'Node');
    expect(north.status).toBe('unsupported');
    const missing = `Database instance (db.r4.large): no price for "${neptuneInstanceKey('db.r4.large')}" (AmazonNeptune)`;
    expect(north.reason).toContain(`${missing} in eu-north-1; the AWS price data `);
  });
});

describe('AWS::Redshift::Cluster', () => {
  it('multi-node: NodeType × NumberOfNodes × 730 h', async () => {
    const c = resource(
      await priceInline(`
Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties: { ClusterType: multi-node, NodeType: ra3.xlplus, NumberOfNodes: 4, DBName: dev, MasterUsername: admin, \
MasterUserPassword: x }
`),
      'Warehouse',
    );
    expectLine(component(c, 'Nodes (4 × ra3.xlplus)'), 2920, unit('AmazonRedshift', redshiftNodeKey('ra3.xlplus')));
    expect(c.notes.join(' ')).toContain('RA3 managed storage');
  });

  it('single-node: one node whatever NumberOfNodes says', async () => {
    const c = resource(
      await priceInline(`
Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties: { ClusterType: single-node, NodeType: dc2.large, DBName: dev, MasterUsername: admin, MasterUserPassword: x }
`),
      'Warehouse',
    );
    expectLine(component(c, 'Nodes (1 × dc2.large)'), 730, unit('AmazonRedshift', redshiftNodeKey('dc2.large')));
  });
});

describe('AWS::OpenSearchService::Domain additions', () => {
  it('prices dedicated masters; notes what the data lacks (UltraWarm, gp3 performance above baseline)', async () => {
    const domain = resource(
      await priceInline(`
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      ClusterConfig: { InstanceType: r6g.large.search, InstanceCount: 3, DedicatedMasterEnabled: true, \
DedicatedMasterType: m6g.large.search, DedicatedMasterCount: 3, WarmEnabled: true, WarmType: ultrawarm1.medium.search, WarmCount: 2 }
      EBSOptions: { EBSEnabled: true, VolumeType: gp3, VolumeSize: 100, Iops: 6000, Throughput: 125 }
`),
      'Search',
    );
    expectLine(component(domain, 'Data nodes (3 × r6g.large.search)'), 2190, unit('AmazonES', openSearchInstanceKey('r6g.large.search')));
    expectLine(
      component(domain, 'Dedicated master nodes (3 × m6g.large.search)'),
      2190,
      unit('AmazonES', openSearchInstanceKey('m6g.large.search')),
    );
    expect(component(domain, 'UltraWarm nodes').status).toBe('no-price');
    const notes = domain.notes.join(' ');
    expect(notes).toContain('UltraWarm instance-hours and managed storage are not in the bundled price data');
    // gp3 IOPS above the 3,000 included, per data node: a line naming its price, which the bundled data lacks.
    const iops = component(domain, 'EBS provisioned IOPS (gp3, above the 3,000 included)');
    expect([iops.status, iops.quantity]).toEqual(['no-price', '9000']);
    expect(domain.components.some((c) => c.name.startsWith('EBS provisioned throughput'))).toBe(false);
    expect(domain.reason).toContain('no price for "OpenSearch Service EBS gp3 IOPS" (AmazonES) in any region of the AWS price data');
  });
});

describe('OpenSearch io1 volumes', () => {
  it('io1: storage and provisioned IOPS per data node, both named; the data has neither rate', async () => {
    const domain = resource(
      await priceInline(`
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties:
      ClusterConfig: { InstanceType: r6g.large.search, InstanceCount: 2 }
      EBSOptions: { EBSEnabled: true, VolumeType: io1, VolumeSize: 200, Iops: 4000 }
`),
      'Search',
    );
    expect(component(domain, 'EBS storage (io1)').quantity).toBe('400');
    const iops = component(domain, 'EBS provisioned IOPS (io1)');
    expect([iops.status, iops.quantity]).toEqual(['no-price', '8000']);
    expect(domain.status).toBe('unsupported');
  });
});

describe('AWS::OpenSearchServerless::Collection', () => {
  it('is unsupported with the reason (no OCU prices), its policies free', async () => {
    const estimate = await priceInline(`
Resources:
  Collection: { Type: AWS::OpenSearchServerless::Collection, Properties: { Name: c, Type: SEARCH } }
  Policy: { Type: AWS::OpenSearchServerless::SecurityPolicy, Properties: { Name: p, Type: encryption, Policy: '{}' } }
`);
    const c = resource(estimate, 'Collection');
    expect(c.status).toBe('unsupported');
    expect(c.reason).toMatch(/^AWS's public price data has no OpenSearch Serverless prices \(OCU-hours, managed storage\)/);
    expect(resource(estimate, 'Policy').status).toBe('free');
  });
});
