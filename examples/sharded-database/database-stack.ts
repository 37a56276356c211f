/**
 * A big relational database, split or not. The same data and the same total capacity, two ways:
 *
 *  - sharded (`shards > 1`): N PostgreSQL instances, each holding 1/N of the tenants, behind a
 *    routing layer — an HTTP API whose router function looks the tenant up in a shard map
 *    (DynamoDB, cached in the function between calls) and queries that tenant's shard;
 *  - single (`shards: 1`): one instance N times the size, behind the same API and function, with
 *    no shard map.
 *
 * Every instance is Multi-AZ gp3 PostgreSQL in isolated subnets; the function runs in the VPC and
 * reaches DynamoDB through a gateway endpoint (free) and Secrets Manager through one NAT gateway.
 *
 * Load (in code, as construct metadata): 30 million API requests a month (flow "queries", the
 * medium level; examples/sharded-database/load-*.yml restate it per level); each request is one
 * router invocation; 2% of invocations miss the shard-map cache and read it; 0.1% are cold starts
 * that read each database secret once.
 */
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { Load, Usage } from '../../lib/cdk/index.js';
import { inlineHandler } from '../shared/inline-handler.js';

export interface DatabaseStackProps extends StackProps {
  /** Database instances the data is split across (1: no split, no shard map). */
  shards: number;
  /** Size of each instance (db.r6g.<size>). */
  instanceSize: ec2.InstanceSize;
  /** Provisioned gp3 storage of each instance, GB. */
  storageGBPerInstance: number;
}

export class DatabaseStack extends Stack {
  constructor(scope: Construct, id: string, props: DatabaseStackProps) {
    super(scope, id, props);
    if (!Number.isInteger(props.shards) || props.shards < 1)
      throw new Error(`${id}: shards must be a whole number ≥ 1, got ${props.shards}`);

    const vpc = new ec2.Vpc(this, 'Network', {
      maxAzs: 2,
      natGateways: 1,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
        { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      ],
      gatewayEndpoints: { DynamoDb: { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB } },
    });

    const router = new lambda.Function(this, 'Router', {
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      handler: 'index.handler',
      code: inlineHandler(props.shards > 1 ? 'shard-router' : 'database-api'),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      logGroup: new logs.LogGroup(this, 'RouterLogs', { retention: logs.RetentionDays.ONE_MONTH }),
    });

    const databases = Array.from({ length: props.shards }, (_, i) => {
      const name = props.shards > 1 ? `Shard${i + 1}` : 'Database';
      const database = new rds.DatabaseInstance(this, name, {
        engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, props.instanceSize),
        vpc,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        multiAz: true,
        allocatedStorage: props.storageGBPerInstance,
        storageType: rds.StorageType.GP3,
        // Encrypted with the AWS managed key (aws/rds): no key charge, the same instance and storage prices.
        storageEncrypted: true,
        backupRetention: Duration.days(7),
        removalPolicy: RemovalPolicy.SNAPSHOT,
      });
      database.connections.allowDefaultPortFrom(router);
      // The generated credentials (the secret itself, not its attachment, so the grant is an edge
      // cdk-cost can follow). A cold start, about 1 invocation in 1,000, reads each one once.
      const credentials = database.node.findChild('Secret') as secretsmanager.ISecret;
      credentials.grantRead(router);
      Load.ratio(router, credentials, { readsPerInvocation: 0.001 });
      return database;
    });

    if (props.shards > 1) {
      // The shard map: tenant → shard. Cached in the router; 2% of invocations miss and read it.
      const shardMap = new dynamodb.Table(this, 'ShardMap', {
        partitionKey: { name: 'tenantId', type: dynamodb.AttributeType.STRING },
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      });
      shardMap.grantReadData(router);
      router.addEnvironment('SHARD_MAP', shardMap.tableName);
      Load.ratio(router, shardMap, { readsPerInvocation: 0.02 });
      // One small item per tenant (about 1 MB for 10,000 tenants), rewritten when tenants arrive or
      // move between shards: a few thousand writes a month.
      Usage.of(shardMap).set({ storageGB: 0.001, monthlyWriteRequestUnits: 5_000 });
    }
    router.addEnvironment('DATABASES', databases.map((d) => d.dbInstanceEndpointAddress).join(','));

    const api = new apigwv2.HttpApi(this, 'Api');
    api.addRoutes({
      path: '/tenants/{tenantId}/{proxy+}',
      methods: [apigwv2.HttpMethod.ANY],
      integration: new HttpLambdaIntegration('RouterIntegration', router),
    });

    Load.entry(api, { flow: 'queries', unit: 'request', perMonth: 30_000_000 });
    // Characteristics, not load: one query round trip per request, ~1 KB of logs each.
    Usage.of(router).set({ avgDurationMs: 40 });
    Load.ratio(router, this.node.findChild('RouterLogs'), { kbPerInvocation: 1 });
    // The router's cold-start calls to Secrets Manager go through the NAT gateway: a flat estimate.
    Usage.of(vpc).set({ monthlyDataProcessedGB: 1 });
  }
}
