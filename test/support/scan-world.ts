/**
 * The account the scan tests scan: this repository's example stacks deployed into moto with
 * CloudFormation, then changed the way real accounts drift — a stack deleted with retained
 * resources, a resource removed from a template by an update (retained), volumes, addresses and
 * snapshots made outside any stack, services nobody calls — with backdated CloudWatch metrics for
 * everything in use. `expected` lists exactly what the scan must find (and nothing else).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cfn from '@aws-sdk/client-cloudformation';
import * as cw from '@aws-sdk/client-cloudwatch';
import * as ddb from '@aws-sdk/client-dynamodb';
import * as ec2 from '@aws-sdk/client-ec2';
import * as ec from '@aws-sdk/client-elasticache';
import * as elb from '@aws-sdk/client-elastic-load-balancing';
import * as elbv2 from '@aws-sdk/client-elastic-load-balancing-v2';
import * as kinesis from '@aws-sdk/client-kinesis';
import * as logs from '@aws-sdk/client-cloudwatch-logs';
import * as os from '@aws-sdk/client-opensearch';
import * as rds from '@aws-sdk/client-rds';
import * as sns from '@aws-sdk/client-sns';
import * as sqs from '@aws-sdk/client-sqs';
import * as lambda from '@aws-sdk/client-lambda';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { synthesize } from '../../lib/source/synthesize.js';
import { setupClients, type Endpoint } from './aws-test-clients.js';
import { forEmulator } from './emulator-template.js';
import { motoCloudFormationTypes } from './moto-server.js';
import { REPO_ROOT } from './paths.js';

const DAY = 86_400_000;
/** The scanner's clock in these tests: 40 days after the resources were made, so they are old enough to judge. */
export const CLOCK_OFFSET_DAYS = 40;

export interface ExpectedFinding {
  /** First (naming) rule. */
  rule: string;
  /** Resource name as the finding shows it (a regex for generated names). */
  name: string | RegExp;
  stack?: string;
  /** Further rules merged into the same finding. */
  alsoRules?: string[];
}

export interface ScanWorld {
  clock: Date;
  assemblyDir: string;
  expected: ExpectedFinding[];
}

let synthesized: string | undefined;

/** Synthesizes this repo's app once per test process (asset bundling off, like `estimate`). */
export async function exampleAssembly(): Promise<string> {
  synthesized ??= (await synthesize(REPO_ROOT)).assemblyDir;
  return synthesized;
}

function template(assemblyDir: string, stack: string): Record<string, any> {
  return JSON.parse(readFileSync(join(assemblyDir, `${stack}.template.json`), 'utf8')) as Record<string, any>;
}

function logicalIdOf(t: Record<string, any>, type: string, pathPart: string): string {
  const found = Object.entries(t.Resources as Record<string, any>).find(
    ([, r]) => r.Type === type && String(r.Metadata?.['aws:cdk:path'] ?? '').includes(pathPart),
  );
  if (!found) throw new Error(`no ${type} under ${pathPart}`);
  return found[0];
}

export async function buildScanWorld(e: Endpoint): Promise<ScanWorld> {
  const client = setupClients(e);
  const now = Date.now();
  const clock = new Date(now + CLOCK_OFFSET_DAYS * DAY);
  const assemblyDir = await exampleAssembly();
  const supported = motoCloudFormationTypes();

  // A bootstrapped account has the CDK bootstrap version parameter the templates' rule checks.
  await client(SSMClient).send(
    new PutParameterCommand({ Name: '/cdk-bootstrap/hnb659fds/version', Value: '30', Type: 'String', Overwrite: true }),
  );

  const deploy = async (name: string, body: Record<string, any>) => {
    await client(cfn.CloudFormationClient)
      .send(
        new cfn.CreateStackCommand({
          StackName: name,
          TemplateBody: JSON.stringify(body),
          Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
        }),
      )
      .catch((error: Error) => {
        // moto answers a resource it cannot create with an HTML 500 page: name the stack (moto's log has the traceback).
        throw new Error(`CreateStack ${name} in moto: ${error.message.split('\n')[0]}`, { cause: error });
      });
    const status = (await client(cfn.CloudFormationClient).send(new cfn.DescribeStacksCommand({ StackName: name }))).Stacks?.[0]
      ?.StackStatus;
    if (status !== 'CREATE_COMPLETE') throw new Error(`${name}: ${status}`);
  };
  const resources = async (stack: string) =>
    (await client(cfn.CloudFormationClient).send(new cfn.ListStackResourcesCommand({ StackName: stack }))).StackResourceSummaries ?? [];
  const physicalId = async (stack: string, logicalId: string) =>
    (await resources(stack)).find((r) => r.LogicalResourceId === logicalId)!.PhysicalResourceId!;

  // 1. The four example stacks, as synthesized.
  for (const stack of ['UploadPipeline', 'Payments', 'CmsPublishing'])
    await deploy(stack, forEmulator(template(assemblyDir, stack) as never, supported).template);
  const webApp = forEmulator(template(assemblyDir, 'WebApp') as never, supported).template as Record<string, any>;
  const nat2 = logicalIdOf(webApp, 'AWS::EC2::NatGateway', 'PublicSubnet2');
  const nat1 = logicalIdOf(webApp, 'AWS::EC2::NatGateway', 'PublicSubnet1');
  const private2Route = logicalIdOf(webApp, 'AWS::EC2::Route', 'PrivateSubnet2/DefaultRoute');
  webApp.Resources[nat2].DeletionPolicy = 'Retain'; // the team kept the second gateway's resource on removal
  await deploy('WebApp', webApp);

  // 2. Payments is deleted: its KMS key, table and log groups have DeletionPolicy Retain (CDK's default) and stay.
  const paymentsId = (await client(cfn.CloudFormationClient).send(new cfn.DescribeStacksCommand({ StackName: 'Payments' }))).Stacks![0]!
    .StackId!;
  await client(cfn.CloudFormationClient).send(new cfn.DeleteStackCommand({ StackName: 'Payments' }));
  // Two moto 5.2 quirks, undone here so the account looks as real CloudFormation leaves it:
  // - the first ListStackResources of a deleted stack re-creates its deleted resources (moto builds
  //   stack resources lazily on read); later reads do not. Trigger it once, before the cleanup below;
  // - DeleteStack gives up at the first resource it fails to delete, leaving others that have no
  //   Retain policy (functions, queues, topics). Delete those, as CloudFormation does.
  const paymentsResources =
    (await client(cfn.CloudFormationClient).send(new cfn.ListStackResourcesCommand({ StackName: paymentsId }))).StackResourceSummaries ??
    [];
  const payments = template(assemblyDir, 'Payments');
  for (const r of paymentsResources) {
    if (payments.Resources[r.LogicalResourceId!]?.DeletionPolicy === 'Retain') continue;
    const id = r.PhysicalResourceId ?? '';
    const ignoreGone = (p: Promise<unknown>) =>
      p.catch((e: Error) => {
        if (!/NotFound|NonExistent|does not exist/i.test(`${e.name} ${e.message}`)) throw e;
      });
    if (r.ResourceType === 'AWS::Lambda::Function')
      await ignoreGone(client(lambda.LambdaClient).send(new lambda.DeleteFunctionCommand({ FunctionName: id })));
    if (r.ResourceType === 'AWS::SQS::Queue') await ignoreGone(client(sqs.SQSClient).send(new sqs.DeleteQueueCommand({ QueueUrl: id })));
    if (r.ResourceType === 'AWS::SNS::Topic') await ignoreGone(client(sns.SNSClient).send(new sns.DeleteTopicCommand({ TopicArn: id })));
  }

  // 3. WebApp goes down to one NAT gateway: the second is removed from the template (retained) and
  //    its subnet's default route now points at the first.
  const v2 = JSON.parse(JSON.stringify(webApp)) as Record<string, any>;
  delete v2.Resources[nat2];
  v2.Resources[private2Route].Properties.NatGatewayId = { Ref: nat1 };
  await client(cfn.CloudFormationClient).send(
    new cfn.UpdateStackCommand({ StackName: 'WebApp', TemplateBody: JSON.stringify(v2), Capabilities: ['CAPABILITY_IAM'] }),
  );

  // 4. Outside any stack.
  const ec2c = client(ec2.EC2Client);
  const run = async (name: string, type: ec2.RunInstancesCommandInput['InstanceType']) =>
    (
      await ec2c.send(
        new ec2.RunInstancesCommand({
          ImageId: 'ami-0c55b159cbfafe1f0',
          InstanceType: type,
          MinCount: 1,
          MaxCount: 1,
          TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }] }],
        }),
      )
    ).Instances![0]!.InstanceId!;
  const busy = await run('busy-api', 't3.large');
  const idleWorker = await run('idle-worker', 't3.large');
  const stopped = await run('stopped-batch', 'm5.large');
  await ec2c.send(new ec2.StopInstancesCommand({ InstanceIds: [stopped] }));
  const busyVolume = (await ec2c.send(new ec2.DescribeInstancesCommand({ InstanceIds: [busy] }))).Reservations![0]!.Instances![0]!
    .BlockDeviceMappings![0]!.Ebs!.VolumeId!;
  await ec2c.send(new ec2.CreateSnapshotCommand({ VolumeId: busyVolume, Description: 'nightly backup of busy-api' }));
  const unattached = (await ec2c.send(new ec2.CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 100, VolumeType: 'gp3' })))
    .VolumeId!;
  const doomed = (await ec2c.send(new ec2.CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 50, VolumeType: 'gp2' }))).VolumeId!;
  const orphanSnapshot = (await ec2c.send(new ec2.CreateSnapshotCommand({ VolumeId: doomed, Description: 'before decommissioning' })))
    .SnapshotId!;
  await ec2c.send(new ec2.DeleteVolumeCommand({ VolumeId: doomed }));
  const address = await ec2c.send(new ec2.AllocateAddressCommand({ Domain: 'vpc' }));

  const logsc = client(logs.CloudWatchLogsClient);
  const presign = await physicalId(
    'UploadPipeline',
    logicalIdOf(template(assemblyDir, 'UploadPipeline'), 'AWS::Lambda::Function', 'UploadPipeline/Presign/'),
  );
  await logsc.send(new logs.CreateLogGroupCommand({ logGroupName: '/aws/lambda/deleted-fn' }));
  await logsc.send(new logs.CreateLogGroupCommand({ logGroupName: '/app/audit-trail' }));
  await logsc.send(new logs.CreateLogGroupCommand({ logGroupName: `/aws/lambda/${presign}` }));
  await logsc.send(new logs.PutRetentionPolicyCommand({ logGroupName: `/aws/lambda/${presign}`, retentionInDays: 30 }));

  await client(ddb.DynamoDBClient).send(
    new ddb.CreateTableCommand({
      TableName: 'legacy-sessions',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      ProvisionedThroughput: { ReadCapacityUnits: 50, WriteCapacityUnits: 50 },
    }),
  );
  await client(sns.SNSClient).send(new sns.CreateTopicCommand({ Name: 'legacy-alerts' }));
  await client(kinesis.KinesisClient).send(new kinesis.CreateStreamCommand({ StreamName: 'clickstream-v1', ShardCount: 2 }));
  await client(kinesis.KinesisClient).send(new kinesis.CreateStreamCommand({ StreamName: 'clickstream-v2', ShardCount: 2 }));
  await client(os.OpenSearchClient).send(
    new os.CreateDomainCommand({
      DomainName: 'search-legacy',
      EngineVersion: 'OpenSearch_2.11',
      ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 2 },
      EBSOptions: { EBSEnabled: true, VolumeType: 'gp3', VolumeSize: 100 },
    }),
  );
  await client(ec.ElastiCacheClient).send(
    new ec.CreateCacheClusterCommand({
      CacheClusterId: 'sessions-cache',
      Engine: 'redis',
      CacheNodeType: 'cache.r6g.large',
      NumCacheNodes: 1,
    }),
  );
  await client(rds.RDSClient).send(
    new rds.CreateDBInstanceCommand({
      DBInstanceIdentifier: 'reporting-db',
      Engine: 'postgres',
      DBInstanceClass: 'db.m5.large',
      AllocatedStorage: 200,
      StorageType: 'gp3',
      MasterUsername: 'admin1',
      MasterUserPassword: 'not-a-secret-1',
    }),
  );
  const elbc = client(elb.ElasticLoadBalancingClient);
  for (const name of ['legacy-web', 'web-classic']) {
    await elbc.send(
      new elb.CreateLoadBalancerCommand({
        LoadBalancerName: name,
        Listeners: [{ Protocol: 'HTTP', LoadBalancerPort: 80, InstancePort: 80 }],
        AvailabilityZones: ['us-east-1a'],
      }),
    );
  }
  await elbc.send(new elb.RegisterInstancesWithLoadBalancerCommand({ LoadBalancerName: 'web-classic', Instances: [{ InstanceId: busy }] }));

  // WebApp's ALB serves the ECS service; moto's ECS does not register tasks, so register as ECS would.
  const targetGroup = (await resources('WebApp')).find((r) => r.ResourceType === 'AWS::ElasticLoadBalancingV2::TargetGroup')!
    .PhysicalResourceId!;
  await client(elbv2.ElasticLoadBalancingV2Client).send(
    new elbv2.RegisterTargetsCommand({ TargetGroupArn: targetGroup, Targets: [{ Id: busy, Port: 80 }] }),
  );
  const alb = (await resources('WebApp')).find((r) => r.ResourceType === 'AWS::ElasticLoadBalancingV2::LoadBalancer')!.PhysicalResourceId!;

  // 5. Backdated metrics for everything in use (13 days before the scanner's clock).
  const put = async (namespace: string, metric: string, dimensions: Record<string, string>, value: number) => {
    const data = Array.from({ length: 13 }, (_, i) => ({
      MetricName: metric,
      Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
      Timestamp: new Date(clock.getTime() - (i + 1) * DAY),
      Value: value,
    }));
    await client(cw.CloudWatchClient).send(new cw.PutMetricDataCommand({ Namespace: namespace, MetricData: data }));
  };
  const fn = async (stack: string, part: string) =>
    physicalId(stack, logicalIdOf(template(assemblyDir, stack), 'AWS::Lambda::Function', `${stack}/${part}/`));
  for (const [stack, part] of [
    ['UploadPipeline', 'Presign'],
    ['UploadPipeline', 'Worker'],
    ['CmsPublishing', 'EditorApi'],
    ['CmsPublishing', 'Transformer'],
    ['CmsPublishing', 'Republisher'],
    ['CmsPublishing', 'Reader'],
  ] as const) {
    await put('AWS/Lambda', 'Invocations', { FunctionName: await fn(stack, part) }, 120);
  }
  const queueName = async (stack: string, part: string) =>
    (await physicalId(stack, logicalIdOf(template(assemblyDir, stack), 'AWS::SQS::Queue', `${stack}/${part}/`))).split('/').pop()!;
  await put('AWS/SQS', 'NumberOfMessagesSent', { QueueName: await queueName('UploadPipeline', 'UploadQueue') }, 80);
  await put('AWS/SQS', 'NumberOfMessagesSent', { QueueName: await queueName('CmsPublishing', 'ToTransform') }, 15);
  // Upload events in, and one status notification out per processed upload.
  for (const part of ['UploadEvents', 'UploadStatus']) {
    const topicArn = await physicalId(
      'UploadPipeline',
      logicalIdOf(template(assemblyDir, 'UploadPipeline'), 'AWS::SNS::Topic', `UploadPipeline/${part}/`),
    );
    await put('AWS/SNS', 'NumberOfMessagesPublished', { TopicName: topicArn.split(':').pop()! }, 80);
  }
  const metadataTable = await physicalId(
    'UploadPipeline',
    logicalIdOf(template(assemblyDir, 'UploadPipeline'), 'AWS::DynamoDB::Table', 'UploadPipeline/Metadata/'),
  );
  await put('AWS/DynamoDB', 'ConsumedWriteCapacityUnits', { TableName: metadataTable }, 400);
  // The CMS's read store: written by the transformer, read through the CDN.
  const articles = await physicalId(
    'CmsPublishing',
    logicalIdOf(template(assemblyDir, 'CmsPublishing'), 'AWS::DynamoDB::Table', 'CmsPublishing/Articles/'),
  );
  await put('AWS/DynamoDB', 'ConsumedReadCapacityUnits', { TableName: articles }, 900);
  const webNat = await physicalId('WebApp', nat1);
  await put('AWS/NATGateway', 'ActiveConnectionCount', { NatGatewayId: webNat }, 12);
  await put('AWS/NATGateway', 'PacketsInFromSource', { NatGatewayId: webNat }, 90_000);
  await put(
    'AWS/ApplicationELB',
    'RequestCount',
    { LoadBalancer: alb.slice(alb.indexOf(':loadbalancer/') + ':loadbalancer/'.length) },
    5_000,
  );
  const database = (await resources('WebApp')).find((r) => r.ResourceType === 'AWS::RDS::DBInstance')!.PhysicalResourceId!;
  await put('AWS/RDS', 'DatabaseConnections', { DBInstanceIdentifier: database }, 6);
  await put('AWS/EC2', 'CPUUtilization', { InstanceId: busy }, 45);
  await put('AWS/EC2', 'NetworkIn', { InstanceId: busy }, 2_000_000_000);
  await put('AWS/EC2', 'CPUUtilization', { InstanceId: idleWorker }, 2);
  await put('AWS/EC2', 'NetworkIn', { InstanceId: idleWorker }, 1_000_000);
  await put('AWS/Kinesis', 'IncomingRecords', { StreamName: 'clickstream-v2' }, 10_000);
  await put('AWS/ELB', 'RequestCount', { LoadBalancerName: 'web-classic' }, 2_000);

  const uploadNat = (await resources('UploadPipeline')).find((r) => r.ResourceType === 'AWS::EC2::NatGateway')!.PhysicalResourceId!;
  const generated = (stack: string, part: string) => new RegExp(`^${stack}-${part}[0-9A-F]{8}-[A-Z0-9]{12,13}$`);
  const expected: ExpectedFinding[] = [
    // orphaned: left behind by the deleted Payments stack (DeletionPolicy Retain)
    { rule: 'orphan-retained-resource', name: /^[0-9a-f-]{36}$/, stack: 'Payments' }, // the KMS key
    { rule: 'orphan-retained-resource', name: generated('Payments', 'Payments'), stack: 'Payments', alsoRules: ['idle-dynamodb-table'] },
    ...['VerifyCardLogs', 'FraudCheckLogs', 'TransferFundsLogs', 'CompensateLogs', 'CheckoutLogs', 'SettlementWorkerLogs'].map((p) => ({
      rule: 'orphan-retained-resource',
      name: generated('Payments', p),
      stack: 'Payments',
    })),
    // orphaned: removed from WebApp's template and retained; no route table uses it either
    { rule: 'orphan-stack-tag', name: '', stack: 'WebApp', alsoRules: ['idle-nat-gateway'] },
    // orphaned outside any stack
    { rule: 'orphan-ebs-volume', name: unattached },
    { rule: 'orphan-elastic-ip', name: address.PublicIp! },
    { rule: 'orphan-ebs-snapshot', name: orphanSnapshot },
    { rule: 'orphan-lambda-log-group', name: '/aws/lambda/deleted-fn', alsoRules: ['log-group-without-retention'] },
    { rule: 'log-group-without-retention', name: '/app/audit-trail' },
    // idle in the live stacks
    { rule: 'idle-lambda-function', name: generated('UploadPipeline', 'Indexer'), stack: 'UploadPipeline' },
    { rule: 'idle-dynamodb-table', name: generated('CmsPublishing', 'Drafts'), stack: 'CmsPublishing' },
    { rule: 'idle-nat-gateway', name: uploadNat, stack: 'UploadPipeline' },
    // idle outside any stack
    { rule: 'idle-dynamodb-table', name: 'legacy-sessions' },
    { rule: 'idle-sns-topic', name: 'legacy-alerts' },
    { rule: 'idle-kinesis-stream', name: 'clickstream-v1' },
    { rule: 'idle-opensearch-domain', name: 'search-legacy' },
    { rule: 'idle-elasticache-cluster', name: 'sessions-cache' },
    { rule: 'idle-rds-instance', name: 'reporting-db' },
    { rule: 'idle-ec2-instance', name: `idle-worker (${idleWorker})` },
    { rule: 'idle-stopped-instance', name: `stopped-batch (${stopped})` },
    { rule: 'idle-classic-load-balancer', name: 'legacy-web' },
  ];
  // The retained NAT gateway is known only after the update: find it by its tags.
  const retainedNat = (await ec2c.send(new ec2.DescribeNatGatewaysCommand({}))).NatGateways!.find((n) =>
    n.Tags?.some((t) => t.Key === 'aws:cloudformation:logical-id' && t.Value === nat2),
  )!.NatGatewayId!;
  expected.find((x) => x.rule === 'orphan-stack-tag')!.name = retainedNat;
  return { clock, assemblyDir, expected };
}
