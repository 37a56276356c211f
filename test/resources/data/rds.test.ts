/**
 * RDS instances and clusters: every line's quantity and cost from the snapshot's unit prices,
 * storage types and their included performance, read replicas, Aurora (instances at the standard or
 * I/O-Optimized rate, Performance Insights retention, Backtrack, snapshot export), Serverless v1/v2,
 * Multi-AZ DB clusters, previous generations.
 */
import { describe, expect, it } from 'vitest';
import { auroraInstanceKey, rdsInstanceKey } from '../../../lib/pricing/catalog-keys.js';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const RDS = 'AmazonRDS';

describe('AWS::RDS::DBInstance', () => {
  it('prices a Multi-AZ MySQL instance on gp3 with IOPS and throughput above the included baseline', async () => {
    const estimate = await priceInline(
      `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, DBInstanceClass: db.m5.large, MultiAZ: true, AllocatedStorage: 500, StorageType: gp3, Iops: 15000, \
StorageThroughput: 600 }
`,
      { usage: { Db: { backupStorageGB: 50 } } },
    );
    const db = resource(estimate, 'Db');
    expect(db.status).toBe('priced');
    expectLine(
      component(db, 'Database instance (MySQL, Multi-AZ, db.m5.large)'),
      730,
      unit(RDS, rdsInstanceKey('MySQL', 'Multi-AZ', 'db.m5.large')),
    );
    expectLine(component(db, 'Storage (gp3, 500 GB)'), 500, unit(RDS, 'Database Storage Multi AZ General Purpose-GP3'));
    // 500 GB is at or above 400 GB: 12,000 IOPS and 500 MiB/s are included.
    expectLine(component(db, 'Provisioned gp3 IOPS'), 3000, unit(RDS, 'Provisioned GP3 IOPS Multi AZ'));
    expectLine(component(db, 'Provisioned gp3 throughput'), 100, unit(RDS, 'Provisioned Throughput Multi AZ'));
    expectLine(component(db, 'Backup storage'), 50, unit(RDS, 'Storage Snapshot'));
    const total = d(730)
      .times(unit(RDS, rdsInstanceKey('MySQL', 'Multi-AZ', 'db.m5.large')))
      .plus(d(500).times(unit(RDS, 'Database Storage Multi AZ General Purpose-GP3')))
      .plus(d(3000).times(unit(RDS, 'Provisioned GP3 IOPS Multi AZ')))
      .plus(d(100).times(unit(RDS, 'Provisioned Throughput Multi AZ')))
      .plus(d(50).times(unit(RDS, 'Storage Snapshot')));
    expect(db.monthly).toBe(total.toFixed());
  });

  it('bills no gp3 performance within the baseline of a small volume (3,000 IOPS, 125 MiB/s below 400 GB)', async () => {
    const estimate = await priceInline(`
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.r6g.large, AllocatedStorage: 100, StorageType: gp3, Iops: 3000, \
StorageThroughput: 125 }
`);
    const db = resource(estimate, 'Db');
    expect(db.components.map((c) => c.name)).toEqual(['Database instance (PostgreSQL, Single-AZ, db.r6g.large)', 'Storage (gp3, 100 GB)']);
    expectLine(component(db, 'Storage'), 100, unit(RDS, 'Database Storage Single AZ General Purpose-GP3'));
  });

  it('prices io1 storage and every provisioned IOPS', async () => {
    const estimate = await priceInline(`
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mariadb, DBInstanceClass: db.m5.large, AllocatedStorage: 200, Iops: 2000 }
`);
    const db = resource(estimate, 'Db');
    // No StorageType with Iops given: io1, the RDS default then (said in a note).
    expect(db.notes.join(' ')).toContain('io1');
    expectLine(component(db, 'Storage (io1, 200 GB)'), 200, unit(RDS, 'Database Storage Single AZ Provisioned IOPS'));
    expectLine(component(db, 'Provisioned IOPS (io1)'), 2000, unit(RDS, 'Provisioned IOPS Single AZ'));
  });

  it('lists magnetic I/O requests as usage missing until given, then prices them', async () => {
    const template = `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, DBInstanceClass: db.t3.micro, AllocatedStorage: 20, StorageType: standard }
`;
    const without = resource(await priceInline(template), 'Db');
    expect(without.status).toBe('priced');
    expect(component(without, 'I/O requests').status).toBe('usage-missing');
    expect(without.missingUsage).toEqual(['monthlyIORequests']);
    const withUsage = resource(await priceInline(template, { usage: { Db: { monthlyIORequests: 3000000 } } }), 'Db');
    expectLine(component(withUsage, 'I/O requests'), 3000000, unit(RDS, 'System Operation Magnetic'));
    expectLine(component(withUsage, 'Storage (standard'), 20, unit(RDS, 'Database Storage Single AZ Magnetic'));
  });

  it("prices a read replica with its source's engine and storage", async () => {
    const estimate = await priceInline(`
Resources:
  Primary:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.r6g.large, MultiAZ: true, AllocatedStorage: 300, StorageType: gp2 }
  Replica:
    Type: AWS::RDS::DBInstance
    Properties: { SourceDBInstanceIdentifier: !Ref Primary, DBInstanceClass: db.r6g.large }
`);
    const replica = resource(estimate, 'Replica');
    expectLine(
      component(replica, 'Database instance (PostgreSQL, Single-AZ, db.r6g.large)'),
      730,
      unit(RDS, rdsInstanceKey('PostgreSQL', 'Single-AZ', 'db.r6g.large')),
    );
    expectLine(component(replica, 'Storage (gp2, 300 GB)'), 300, unit(RDS, 'Database Storage Single AZ General Purpose'));
    expect(replica.notes.join(' ')).toContain('read replica of Primary');
    expectLine(component(resource(estimate, 'Primary'), 'Storage'), 300, unit(RDS, 'Database Storage Multi AZ General Purpose'));
  });

  it('says on the resource when the class comes from an unresolvable reference', async () => {
    const estimate = await priceInline(`
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, DBInstanceClass: !ImportValue shared-db-class, AllocatedStorage: 50, StorageType: gp2 }
`);
    const db = resource(estimate, 'Db');
    expect(db.notes.join(' ')).toMatch(
      /Instance hours not priced: DBInstanceClass is Fn::ImportValue shared-db-class, unknown before deployment/,
    );
    expect(db.components.map((c) => c.name)).toEqual(['Storage (gp2, 50 GB)']);
  });

  it('declares an instance with nothing priceable unsupported, naming the unknown', async () => {
    const estimate = await priceInline(`
Parameters:
  Cls: { Type: String }
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, DBInstanceClass: !Ref Cls }
`);
    const db = resource(estimate, 'Db');
    expect(db.status).toBe('unsupported');
    expect(db.reason).toMatch(/DBInstanceClass/);
  });

  it('resolves a previous-generation class where the data has it and says "no price in REGION" where not', async () => {
    const template = `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: MySQL, DBInstanceClass: db.t2.small, AllocatedStorage: 5 }
`;
    const east = resource(await priceInline(template), 'Db');
    expectLine(component(east, 'Database instance'), 730, unit(RDS, rdsInstanceKey('MySQL', 'Single-AZ', 'db.t2.small')));
    const stockholm = resource(await priceInline(template, { region: 'eu-north-1' }), 'Db');
    const line = component(stockholm, 'Database instance');
    expect(line.status).toBe('no-price');
    expect(line.problem).toContain(`no price for "${rdsInstanceKey('MySQL', 'Single-AZ', 'db.t2.small')}" (AmazonRDS) in eu-north-1; `);
    // Storage still prices and shows, but the resource is not fully priced: it is listed as
    // unsupported with the missing price as the reason, never counted as priced.
    expect(stockholm.status).toBe('unsupported');
    expect(stockholm.reason).toBe(`${line.name}: ${line.problem}`);
    expectLine(component(stockholm, 'Storage'), 5, unit(RDS, 'Database Storage Single AZ General Purpose', 'eu-north-1'));
  });
});

describe('AWS::RDS::DBCluster (Aurora)', () => {
  const aurora = (storageType = '') => `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql${storageType ? `, StorageType: ${storageType}` : ''} }
  Writer:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-postgresql, DBClusterIdentifier: !Ref Cluster, DBInstanceClass: db.r6g.large }
`;

  it('prices storage and I/O on the cluster, and the writer at the Aurora PostgreSQL standard instance rate', async () => {
    const estimate = await priceInline(aurora(), { usage: { Cluster: { storageGB: 250, monthlyIORequests: 40000000 } } });
    const cluster = resource(estimate, 'Cluster');
    expectLine(component(cluster, 'Aurora storage (standard)'), 250, unit(RDS, 'Database Storage Single AZ General Purpose-Aurora'));
    expectLine(component(cluster, 'Aurora I/O requests'), 40000000, unit(RDS, 'System Operation'));
    expect(cluster.notes.join(' ')).toContain('instances priced on their own lines: Writer');
    const writer = resource(estimate, 'Writer');
    expectLine(
      component(writer, 'Aurora instance (Aurora PostgreSQL, Standard, db.r6g.large)'),
      730,
      unit(RDS, auroraInstanceKey('Aurora PostgreSQL', false, 'db.r6g.large')),
    );
    expect(writer.status).toBe('priced');
  });

  it('an I/O-Optimized cluster bills its instances at the higher I/O-Optimized rate; the engine may come from the cluster', async () => {
    const estimate = await priceInline(
      aurora('aurora-iopt1').replace('Properties: { Engine: aurora-postgresql, DBClusterIdentifier', 'Properties: { DBClusterIdentifier'),
    );
    const writer = resource(estimate, 'Writer');
    const io = unit(RDS, auroraInstanceKey('Aurora PostgreSQL', true, 'db.r6g.large'));
    expect(io.gt(unit(RDS, auroraInstanceKey('Aurora PostgreSQL', false, 'db.r6g.large')))).toBe(true);
    expectLine(component(writer, 'Aurora instance (Aurora PostgreSQL, I/O-Optimized, db.r6g.large)'), 730, io);
  });

  it('Aurora MySQL writer and reader with Performance Insights kept 3 months: first month and 2 further months per vCPU', async () => {
    const estimate = await priceInline(
      `
Resources:
  Cluster: { Type: AWS::RDS::DBCluster, Properties: { Engine: aurora-mysql, BacktrackWindow: 86400 } }
  Writer:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBClusterIdentifier: !Ref Cluster, DBInstanceClass: db.r6g.xlarge,
                  EnablePerformanceInsights: true, PerformanceInsightsRetentionPeriod: 93 }
  Reader:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBClusterIdentifier: !Ref Cluster, DBInstanceClass: db.r6g.large,
                  EnablePerformanceInsights: true, PerformanceInsightsRetentionPeriod: 7 }
`,
      { usage: { Cluster: { storageGB: 10, monthlyIORequests: 0, backtrackChangeRecords: 50000000, snapshotExportGB: 100 } } },
    );
    const writer = resource(estimate, 'Writer');
    expectLine(
      component(writer, 'Aurora instance (Aurora MySQL, Standard, db.r6g.xlarge)'),
      730,
      unit(RDS, auroraInstanceKey('Aurora MySQL', false, 'db.r6g.xlarge')),
    );
    // db.r6g.xlarge has 4 vCPUs; 93 days = 3 months of retention.
    expectLine(
      component(writer, 'Performance Insights retention, first month'),
      4,
      unit(RDS, 'Performance Insights Aurora MySQL ProvisionedFMR vCPU Months'),
    );
    expectLine(
      component(writer, 'Performance Insights retention, 2 further months'),
      8,
      unit(RDS, 'Performance Insights Aurora MySQL ProvisionedAMR vCPU Months'),
    );
    const reader = resource(estimate, 'Reader');
    expect(reader.components.map((c) => c.name)).toEqual(['Aurora instance (Aurora MySQL, Standard, db.r6g.large)']); // 7 days: free
    const cluster = resource(estimate, 'Cluster');
    expectLine(component(cluster, 'Aurora Backtrack'), 50000000, unit(RDS, 'System Operation Aurora Backtrack'));
    expectLine(component(cluster, 'Snapshot export'), 100, unit(RDS, 'RDS Snapshot Export Aurora MySQL'));
  });

  it('I/O-Optimized: the I/O-Optimized storage rate and no I/O line', async () => {
    const cluster = resource(await priceInline(aurora('aurora-iopt1'), { usage: { Cluster: { storageGB: 250 } } }), 'Cluster');
    expect(cluster.components.map((c) => c.name)).toEqual(['Aurora storage (I/O-Optimized)']);
    expectLine(component(cluster, 'Aurora storage'), 250, unit(RDS, 'Database Storage Single AZ IO Optimized-Aurora'));
  });

  it('without usage the cluster is usage-missing, naming its keys', async () => {
    const cluster = resource(await priceInline(aurora()), 'Cluster');
    expect(cluster.status).toBe('usage-missing');
    expect(cluster.missingUsage).toEqual(['monthlyIORequests', 'storageGB']);
  });

  it('Serverless v1 (EngineMode serverless): ACU-hours at the v1 rate from averageACUs', async () => {
    const estimate = await priceInline(
      `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, EngineMode: serverless, ScalingConfiguration: { MinCapacity: 1, MaxCapacity: 8 } }
`,
      { usage: { Cluster: { averageACUs: 4, storageGB: 10, monthlyIORequests: 1000000 } } },
    );
    const cluster = resource(estimate, 'Cluster');
    expectLine(component(cluster, 'Aurora Serverless v1 capacity'), 2920, unit(RDS, 'Aurora MySQL Serverless'));
    expect(cluster.status).toBe('priced');
  });

  it('Serverless v2 (db.serverless): ACU-hours at the v2 rate, the cluster minimum as the floor, averageACUs when given', async () => {
    const template = (storage: string) => `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, ${storage}ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 16 } }
  Writer:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBClusterIdentifier: !Ref Cluster, DBInstanceClass: db.serverless }
`;
    const writer = resource(await priceInline(template('')), 'Writer');
    expectLine(component(writer, 'Aurora Serverless v2 capacity (Aurora MySQL)'), 365, unit(RDS, 'Aurora MySQL ServerlessV2'));
    expect(writer.notes.join(' ')).toMatch(/MinCapacity 0.5 ACUs/);
    const busy = resource(await priceInline(template('StorageType: aurora-iopt1, '), { usage: { Writer: { averageACUs: 4 } } }), 'Writer');
    expectLine(
      component(busy, 'Aurora Serverless v2 capacity (Aurora MySQL, I/O-Optimized)'),
      2920,
      unit(RDS, 'Aurora MySQL ServerlessV2 Aurora IO Optimization Mode'),
    );
  });
});

describe('AWS::RDS::DBCluster (Multi-AZ DB cluster)', () => {
  it('prices the writer-plus-two-readable-standbys deployment and its io1 storage', async () => {
    const estimate = await priceInline(`
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: postgres, DBClusterInstanceClass: db.m6gd.large, AllocatedStorage: 100, StorageType: io1, Iops: 1000 }
`);
    const cluster = resource(estimate, 'Cluster');
    expectLine(
      component(cluster, 'Multi-AZ DB cluster'),
      730,
      unit(RDS, rdsInstanceKey('PostgreSQL', 'Multi-AZ-readable-standbys', 'db.m6gd.large')),
    );
    expectLine(component(cluster, 'Storage (io1, 100 GB)'), 100, unit(RDS, 'Database Storage Multi AZ readable standbys Provisioned IOPS'));
    expectLine(component(cluster, 'Provisioned IOPS'), 1000, unit(RDS, 'Provisioned IOPS Multi AZ readable standbys'));
  });
});
