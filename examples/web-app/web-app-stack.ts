/**
 * A classic web app: the static UI in S3 behind CloudFront, a REST API served by a Fargate
 * service behind an Application Load Balancer, and a PostgreSQL database (Multi-AZ), in a VPC with
 * a NAT gateway per availability zone.
 *
 * Its load (in code, as construct metadata) is 1.5 million visits a month (50,000 daily users),
 * stated once where visits enter — the CDN and the load balancer — per visit: 12 CDN requests and
 * 250 KB of UI, one API connection carrying 27 KB. The fixed part (two NAT gateways, load balancer,
 * Multi-AZ database, two tasks) dominates at this load; examples/web-app/load-*.yml restate it
 * per level.
 */
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { Load, Usage } from '../../lib/cdk/index.js';

export class WebAppStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Network', { maxAzs: 2, natGateways: 2 });

    const ui = new s3.Bucket(this, 'StaticUi', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, removalPolicy: RemovalPolicy.DESTROY });
    new cloudfront.Distribution(this, 'Cdn', {
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(ui),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      },
      defaultRootObject: 'index.html',
    });

    const database = new rds.DatabaseInstance(this, 'Database', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      multiAz: true,
      allocatedStorage: 100,
      storageType: rds.StorageType.GP3,
      // Encrypted with the AWS managed key (aws/rds): no key charge, the same instance and storage prices.
      storageEncrypted: true,
      backupRetention: Duration.days(7),
      removalPolicy: RemovalPolicy.SNAPSHOT,
    });

    const cluster = new ecs.Cluster(this, 'Cluster', { vpc });
    const task = new ecs.FargateTaskDefinition(this, 'ApiTask', {
      cpu: 512,
      memoryLimitMiB: 1024,
      runtimePlatform: { cpuArchitecture: ecs.CpuArchitecture.ARM64, operatingSystemFamily: ecs.OperatingSystemFamily.LINUX },
    });
    task.addContainer('api', {
      image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:stable'),
      portMappings: [{ containerPort: 80 }],
      logging: ecs.LogDrivers.awsLogs({
        streamPrefix: 'api',
        logGroup: new logs.LogGroup(this, 'ApiLogs', { retention: logs.RetentionDays.ONE_MONTH }),
      }),
      environment: { DB_HOST: database.dbInstanceEndpointAddress },
    });
    // The circuit breaker stops (and rolls back) a deployment whose tasks keep failing to start, at no charge.
    const service = new ecs.FargateService(this, 'ApiService', {
      cluster,
      taskDefinition: task,
      desiredCount: 2,
      minHealthyPercent: 100,
      circuitBreaker: { rollback: true },
    });
    database.connections.allowDefaultPortFrom(service);

    const alb = new elbv2.ApplicationLoadBalancer(this, 'LoadBalancer', { vpc, internetFacing: true });
    alb.addListener('Http', { port: 80 }).addTargets('Api', { port: 80, targets: [service], healthCheck: { path: '/' } });

    // Per visit. A month has 730 h × 3,600 s = 2,628,000 s, so one new connection per visit is
    // 1 ÷ 2,628,000 = 0.00000038 connections/s, and ~20 active connections per minute at 1.5
    // million visits is 0.0000133 per visit. The NAT figure is per gateway: the tasks' calls to
    // outside services (10 KB a visit), in the gateway of their availability zone.
    const visit = { flow: 'visits', unit: 'visit', perMonth: 1_500_000 };
    Load.entry(this.node.findChild('Cdn'), { ...visit, perUnit: { requests: 12, monthlyDataTransferOutGB: 0.00025 } });
    Load.entry(alb, {
      ...visit,
      perUnit: {
        newConnectionsPerSecond: 0.00000038,
        activeConnectionsPerMinute: 0.0000133,
        monthlyProcessedGB: 0.000027,
        monthlyDataTransferOutGB: 0.000027,
      },
    });
    Load.entry(vpc, { ...visit, perUnit: { monthlyDataProcessedGB: 0.00001 } });
    Load.entry(this.node.findChild('ApiLogs'), { ...visit, perUnit: { monthlyIngestedGB: 0.0000027 } });
    // One CDN request in 200 misses the cache and reads the bucket.
    Load.ratio(this.node.findChild('Cdn'), ui, { originRequestsPerRequest: 0.005 });
    // Characteristics, not load: the UI is 1 GB, deployed a few times a month; tasks read the
    // database secret when they start.
    Usage.of(ui).set({ storageGB: 1, monthlyPutRequests: 2_000 });
    Usage.of(database).set({ monthlyApiCalls: 5_000 });
  }
}
