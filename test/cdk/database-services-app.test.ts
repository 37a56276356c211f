/**
 * A small real CDK app with the database and analytics services of issue 14 — an Aurora cluster
 * (writer + reader through rds.DatabaseCluster), an EMR CfnCluster, a DocumentDB cluster with an
 * instance, MemoryDB, DAX and an Amazon MQ broker — synthesized in-process and estimated from its
 * Cloud Assembly: no resource is left without a pricer, and the Aurora instances are priced.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { testApp } from '../support/test-app.js';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as emr from 'aws-cdk-lib/aws-emr';
import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as memorydb from 'aws-cdk-lib/aws-memorydb';
import * as dax from 'aws-cdk-lib/aws-dax';
import * as amazonmq from 'aws-cdk-lib/aws-amazonmq';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import { NO_PRICER_YET } from '../../lib/resources/unsupported-types.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

function synthApp(): string {
  const app = testApp({ outdir: mkdtempSync(join(tmpdir(), 'cdk-cost-db-')) });
  const stack = new Stack(app, 'Databases', { env: { account: '123456789012', region: 'us-east-1' } });
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  new rds.DatabaseCluster(stack, 'Aurora', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.provisioned('Writer', {
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
    }),
    readers: [
      rds.ClusterInstance.provisioned('Reader', {
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
      }),
    ],
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  });
  new emr.CfnCluster(stack, 'Emr', {
    name: 'analytics',
    releaseLabel: 'emr-7.5.0',
    jobFlowRole: 'EMR_EC2_DefaultRole',
    serviceRole: 'EMR_DefaultRole',
    instances: {
      masterInstanceGroup: { instanceCount: 1, instanceType: 'm5.xlarge' },
      coreInstanceGroup: { instanceCount: 2, instanceType: 'r5.xlarge' },
    },
  });
  const docCluster = new docdb.CfnDBCluster(stack, 'DocCluster', { masterUsername: 'admin', masterUserPassword: 'not-a-secret-1' });
  new docdb.CfnDBInstance(stack, 'DocInstance', { dbClusterIdentifier: docCluster.ref, dbInstanceClass: 'db.r6g.large' });
  new memorydb.CfnCluster(stack, 'MemoryDb', { clusterName: 'sessions', aclName: 'open-access', nodeType: 'db.r7g.large', numShards: 1 });
  new dax.CfnCluster(stack, 'Dax', { iamRoleArn: 'arn:aws:iam::123456789012:role/dax', nodeType: 'dax.r5.large', replicationFactor: 3 });
  new amazonmq.CfnBroker(stack, 'Broker', {
    brokerName: 'orders',
    engineType: 'RABBITMQ',
    engineVersion: '3.13',
    hostInstanceType: 'mq.m5.large',
    deploymentMode: 'CLUSTER_MULTI_AZ',
    publiclyAccessible: false,
    autoMinorVersionUpgrade: true,
    users: [{ username: 'app', password: 'not-a-secret-12' }],
  });
  return app.synth().directory;
}

describe('a CDK app with Aurora, EMR, DocumentDB, MemoryDB, DAX and Amazon MQ', () => {
  it('has no resource without a pricer, and prices the Aurora writer and reader instances', async () => {
    const { estimate } = await runEstimate({ pricers: new PricerRegistry(), source: synthApp() });
    const noPricer = estimate.resources.filter((r) => r.reason === NO_PRICER_YET).map((r) => `${r.type} ${r.path}`);
    expect(noPricer).toEqual([]);
    const instances = estimate.resources.filter((r) => r.type === 'AWS::RDS::DBInstance');
    expect(instances).toHaveLength(2);
    for (const instance of instances) {
      expect(instance.status, instance.path).toBe('priced');
      expect(instance.components[0]!.name).toBe('Aurora instance (Aurora PostgreSQL, Standard, db.r6g.large)');
    }
    const byType = (type: string) => estimate.resources.find((r) => r.type === type)!;
    const types = ['AWS::EMR::Cluster', 'AWS::DocDB::DBInstance', 'AWS::MemoryDB::Cluster', 'AWS::DAX::Cluster', 'AWS::AmazonMQ::Broker'];
    for (const type of types) {
      expect(Number(byType(type).monthly), type).toBeGreaterThan(0);
    }
  }, 60_000);
});
