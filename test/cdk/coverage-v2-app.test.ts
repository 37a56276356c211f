/**
 * A small real CDK app with the services coverage v2 added (MWAA, FSx for Windows with Managed
 * Microsoft AD, AppSync, IoT rule, Firehose, ECR, Network Firewall, Transfer Family, Flink),
 * synthesized in-process and estimated like any assembly: no resource is left "no pricer for this
 * resource type yet". The FSx file system is the one resource left unsupported, with its reason
 * (AWS's public FSx price data has only opaque rate ids).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, Stack } from 'aws-cdk-lib';
import { testApp } from '../support/test-app.js';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as ds from 'aws-cdk-lib/aws-directoryservice';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as fsx from 'aws-cdk-lib/aws-fsx';
import * as iot from 'aws-cdk-lib/aws-iot';
import * as flink from 'aws-cdk-lib/aws-kinesisanalyticsv2';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as mwaa from 'aws-cdk-lib/aws-mwaa';
import * as nfw from 'aws-cdk-lib/aws-networkfirewall';
import * as transfer from 'aws-cdk-lib/aws-transfer';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import { NO_PRICER_YET } from '../../lib/resources/unsupported-types.js';
import { component, expectLine, unit } from '../resources/price-inline.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

const SUBNETS = ['subnet-0a', 'subnet-0b'];
const ROLE = 'arn:aws:iam::123456789012:role/service';

function coverageApp(): App {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-cost-v2-'));
  const app = testApp({ outdir });
  const stack = new Stack(app, 'CoverageV2', { env: { account: '123456789012', region: 'us-east-1' } });
  new mwaa.CfnEnvironment(stack, 'Airflow', {
    name: 'airflow',
    environmentClass: 'mw1.medium',
    minWorkers: 2,
    maxWorkers: 5,
    executionRoleArn: ROLE,
    sourceBucketArn: 'arn:aws:s3:::dags',
    dagS3Path: 'dags',
    networkConfiguration: { subnetIds: SUBNETS, securityGroupIds: ['sg-1'] },
  });
  const ad = new ds.CfnMicrosoftAD(stack, 'Directory', {
    name: 'corp.example.com',
    password: 'unused-in-synth',
    edition: 'Standard',
    vpcSettings: { subnetIds: SUBNETS, vpcId: 'vpc-1' },
  });
  new fsx.CfnFileSystem(stack, 'Files', {
    fileSystemType: 'WINDOWS',
    storageCapacity: 100,
    subnetIds: SUBNETS,
    windowsConfiguration: {
      activeDirectoryId: ad.ref,
      throughputCapacity: 32,
      deploymentType: 'MULTI_AZ_1',
      preferredSubnetId: SUBNETS[0],
    },
  });
  const schema = join(outdir, 'schema.graphql');
  writeFileSync(schema, 'type Query { hello: String }\n');
  new appsync.GraphqlApi(stack, 'Api', { name: 'api', definition: appsync.Definition.fromFile(schema) });
  const functionArn = 'arn:aws:lambda:us-east-1:123456789012:function:f';
  new iot.CfnTopicRule(stack, 'Rule', { topicRulePayload: { sql: "SELECT * FROM 'devices/+'", actions: [{ lambda: { functionArn } }] } });
  new firehose.CfnDeliveryStream(stack, 'Delivery', {
    deliveryStreamType: 'DirectPut',
    extendedS3DestinationConfiguration: { bucketArn: 'arn:aws:s3:::lake', roleArn: ROLE },
  });
  new ecr.Repository(stack, 'Images');
  const policy = new nfw.CfnFirewallPolicy(stack, 'FirewallPolicy', {
    firewallPolicyName: 'policy',
    firewallPolicy: { statelessDefaultActions: ['aws:forward_to_sfe'], statelessFragmentDefaultActions: ['aws:forward_to_sfe'] },
  });
  new nfw.CfnFirewall(stack, 'Firewall', {
    firewallName: 'fw',
    firewallPolicyArn: policy.attrFirewallPolicyArn,
    vpcId: 'vpc-1',
    subnetMappings: SUBNETS.map((subnetId) => ({ subnetId })),
  });
  new transfer.CfnServer(stack, 'Sftp', { protocols: ['SFTP'], domain: 'S3' });
  new flink.CfnApplication(stack, 'Flink', {
    runtimeEnvironment: 'FLINK-1_18',
    serviceExecutionRole: ROLE,
    applicationConfiguration: {
      flinkApplicationConfiguration: {
        parallelismConfiguration: { configurationType: 'CUSTOM', parallelism: 2, parallelismPerKpu: 1, autoScalingEnabled: false },
      },
    },
  });
  return app;
}

describe('a CDK app of the coverage-v2 services', () => {
  it('synthesizes in-process and has no resource without a pricer', async () => {
    const assembly = coverageApp().synth();
    const { estimate } = await runEstimate({ pricers: new PricerRegistry(), source: assembly.directory });
    const noPricer = estimate.resources.filter((r) => r.reason === NO_PRICER_YET).map((r) => `${r.type} ${r.path}`);
    expect(noPricer).toEqual([]);
    const unsupported = estimate.resources.filter((r) => r.status === 'unsupported');
    expect(unsupported.map((r) => r.type)).toEqual(['AWS::FSx::FileSystem']);
    expect(unsupported[0]!.reason).toMatch(/: AWS's public price data for FSx .* names every rate only by an opaque id/);

    const byType = (type: string) => estimate.resources.find((r) => r.type === type)!;
    const line = (type: string, name: string) => component(byType(type), name);
    expectLine(line('AWS::MWAA::Environment', 'Environment (mw1.medium)'), 730, unit('AmazonMWAA', 'Environment Medium per Hrs'));
    expectLine(line('AWS::MWAA::Environment', 'Additional workers (1'), 730, unit('AmazonMWAA', 'Worker Medium per Hrs'));
    const standardDc = unit('AWSDirectoryService', 'Standard Domain Controller for Microsoft Active Directory');
    expectLine(line('AWS::DirectoryService::MicrosoftAD', 'Domain controllers'), 1460, standardDc);
    const endpoint = unit('AWSNetworkFirewall', 'AWS Firewall per Endpoint');
    expectLine(line('AWS::NetworkFirewall::Firewall', 'Firewall endpoints (2)'), 1460, endpoint);
    expectLine(line('AWS::Transfer::Server', 'SFTP endpoint'), 730, unit('AWSTransfer', 'Transfer SFTP per Hourly'));
    const kpu = unit('AmazonKinesisAnalytics', 'Kinesis Processing Unit KPU');
    expectLine(line('AWS::KinesisAnalyticsV2::Application', 'KPUs (3)'), 2190, kpu);
    const waiting = ['AWS::AppSync::GraphQLApi', 'AWS::IoT::TopicRule', 'AWS::KinesisFirehose::DeliveryStream', 'AWS::ECR::Repository'];
    for (const type of waiting) {
      expect(byType(type).status, type).toBe('usage-missing');
    }
  });
});
