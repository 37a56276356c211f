/**
 * The asynchronous upload pipeline: clients get a presigned URL from the API and upload straight
 * to S3; each new object is announced on an SNS topic, queued in SQS, and processed by Lambda
 * workers that write metadata to DynamoDB; a stream-fed indexer keeps an OpenSearch domain (the
 * search replica) up to date. The indexer and the domain live in a VPC whose NAT gateway gives the
 * indexer outbound access. Uploads that fail three times land in a dead-letter queue; clients learn
 * that an upload is processed from a status topic the workers publish to (a webhook, e-mail or
 * push subscription) instead of polling.
 */
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { inlineHandler } from '../shared/inline-handler.js';

export class AsyncUploadPipelineStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Network', {
      maxAzs: 2,
      natGateways: 1,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
        { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      ],
    });

    const uploads = new s3.Bucket(this, 'Uploads', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      removalPolicy: RemovalPolicy.RETAIN,
      // Processed uploads are archived elsewhere; the landing bucket keeps them a week.
      lifecycleRules: [{ expiration: Duration.days(7), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
    });

    const uploadEvents = new sns.Topic(this, 'UploadEvents');
    uploads.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SnsDestination(uploadEvents));

    const deadLetters = new sqs.Queue(this, 'FailedUploads', { retentionPeriod: Duration.days(14) });
    const uploadQueue = new sqs.Queue(this, 'UploadQueue', {
      visibilityTimeout: Duration.minutes(5),
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: 3 },
    });
    uploadEvents.addSubscription(new subscriptions.SqsSubscription(uploadQueue, { rawMessageDelivery: true }));

    const metadata = new dynamodb.Table(this, 'Metadata', {
      partitionKey: { name: 'objectKey', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    });

    const presign = new lambda.Function(this, 'Presign', {
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      handler: 'index.handler',
      code: inlineHandler('presign'),
      logGroup: new logs.LogGroup(this, 'PresignLogs', { retention: logs.RetentionDays.ONE_MONTH }),
      environment: { BUCKET: uploads.bucketName },
    });
    uploads.grantPut(presign);

    const worker = new lambda.Function(this, 'Worker', {
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 1024,
      timeout: Duration.minutes(2),
      handler: 'index.handler',
      code: inlineHandler('worker'),
      logGroup: new logs.LogGroup(this, 'WorkerLogs', { retention: logs.RetentionDays.ONE_MONTH }),
      environment: { TABLE: metadata.tableName },
    });
    worker.addEventSource(new SqsEventSource(uploadQueue, { batchSize: 10 }));
    uploads.grantRead(worker);
    metadata.grantWriteData(worker);

    // Status notification: one message per processed upload; clients subscribe instead of polling.
    const uploadStatus = new sns.Topic(this, 'UploadStatus');
    uploadStatus.grantPublish(worker);
    worker.addEnvironment('STATUS_TOPIC', uploadStatus.topicArn);

    const search = new opensearch.Domain(this, 'SearchReplica', {
      version: opensearch.EngineVersion.OPENSEARCH_2_11,
      vpc,
      vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, onePerAz: true }],
      zoneAwareness: { enabled: true, availabilityZoneCount: 2 },
      capacity: { dataNodes: 2, dataNodeInstanceType: 'r6g.large.search', multiAzWithStandbyEnabled: false },
      ebs: { volumeSize: 100, volumeType: ec2.EbsDeviceVolumeType.GP3 },
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const indexer = new lambda.Function(this, 'Indexer', {
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 512,
      handler: 'index.handler',
      code: inlineHandler('indexer'),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      logGroup: new logs.LogGroup(this, 'IndexerLogs', { retention: logs.RetentionDays.ONE_MONTH }),
      environment: { SEARCH_ENDPOINT: search.domainEndpoint },
    });
    indexer.addEventSource(new DynamoEventSource(metadata, { startingPosition: lambda.StartingPosition.LATEST, batchSize: 100 }));
    search.grantWrite(indexer);

    const api = new apigateway.RestApi(this, 'Api', { deployOptions: { stageName: 'v1' } });
    api.root.addResource('uploads').addMethod('POST', new apigateway.LambdaIntegration(presign));
  }
}
