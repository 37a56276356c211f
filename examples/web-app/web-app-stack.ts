/**
 * A classic web app: the static UI in S3 behind CloudFront, a REST API served by a Fargate
 * service behind an Application Load Balancer, and a PostgreSQL database (Multi-AZ), in a VPC with
 * a NAT gateway per availability zone.
 *
 * Its usage (in code, as construct metadata) is for 50,000 daily users: 2 million API requests and
 * 400 GB of UI downloads a month. The fixed part (NAT gateways, load balancer, Multi-AZ database,
 * two tasks) dominates at this load.
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
import { Usage } from '../../lib/cdk/index.js';

export class WebAppStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Network', { maxAzs: 2, natGateways: 2 });

    const ui = new s3.Bucket(this, 'StaticUi', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, removalPolicy: RemovalPolicy.DESTROY });
    new cloudfront.Distribution(this, 'Cdn', {
      defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(ui), viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
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
      logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'api', logGroup: new logs.LogGroup(this, 'ApiLogs', { retention: logs.RetentionDays.ONE_MONTH }) }),
      environment: { DB_HOST: database.dbInstanceEndpointAddress },
    });
    const service = new ecs.FargateService(this, 'ApiService', { cluster, taskDefinition: task, desiredCount: 2, minHealthyPercent: 100 });
    database.connections.allowDefaultPortFrom(service);

    const alb = new elbv2.ApplicationLoadBalancer(this, 'LoadBalancer', { vpc, internetFacing: true });
    alb.addListener('Http', { port: 80 }).addTargets('Api', { port: 80, targets: [service], healthCheck: { path: '/' } });

    // 2 million API requests a month ≈ 0.8 new connections/s; responses ≈ 40 GB processed.
    Usage.of(alb).set({ newConnectionsPerSecond: 0.8, activeConnectionsPerMinute: 20, monthlyProcessedGB: 40, monthlyDataTransferOutGB: 40 });
    Usage.of(ui).set({ storageGB: 1, monthlyPutRequests: 2_000, monthlyGetRequests: 100_000 });
    Usage.of(this.node.findChild('Cdn')).set({ monthlyHttpsRequests: 20_000_000, monthlyDataTransferOutGB: 400 });
    Usage.of(vpc).set({ monthlyDataProcessedGB: 20 });
    // Tasks read the database secret when they start: a few thousand calls a month.
    Usage.of(database).set({ monthlyApiCalls: 5_000 });
    Usage.of(this.node.findChild('ApiLogs')).set({ monthlyIngestedGB: 4 });
  }
}
