/**
 * The synchronous upload pipeline: clients send the file through the API in 4 MB chunks (under
 * Lambda's 6 MB request limit once API Gateway base64-encodes the binary body); a Lambda function
 * stores each chunk as an S3 object and, with the last chunk, writes the upload's metadata item to
 * DynamoDB. No queues, no workers, no search replica, no VPC: nothing costs money while idle, but
 * every byte passes through API Gateway and Lambda.
 *
 * Compare it with the asynchronous pipeline (async-stack.ts) under the same load:
 *   cdk-cost compare '.#UploadPipeline' '.#SyncUploadPipeline' --usage examples/upload-pipeline/load.yml --scale 0.01,0.1,1,10
 */
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { Usage } from '../../lib/cdk/index.js';
import { inlineHandler } from '../shared/inline-handler.js';

export class SyncUploadPipelineStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const uploads = new s3.Bucket(this, 'Uploads', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(7) }],
    });

    const metadata = new dynamodb.Table(this, 'Metadata', {
      partitionKey: { name: 'objectKey', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    });

    const handler = new lambda.Function(this, 'UploadHandler', {
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(29),
      handler: 'index.handler',
      code: inlineHandler('upload-handler'),
      logGroup: new logs.LogGroup(this, 'UploadHandlerLogs', { retention: logs.RetentionDays.ONE_MONTH }),
      environment: { BUCKET: uploads.bucketName, TABLE: metadata.tableName },
    });
    uploads.grantPut(handler);
    metadata.grantReadWriteData(handler);
    // Usage next to the code (recorded as construct metadata; a usage file overrides it):
    // receiving 4 MB and writing it to S3 takes about 200 ms.
    Usage.of(handler).set({ avgDurationMs: 200 });

    const api = new apigateway.RestApi(this, 'Api', { deployOptions: { stageName: 'v1' }, binaryMediaTypes: ['application/octet-stream'] });
    api.root
      .addResource('uploads')
      .addResource('{uploadId}')
      .addResource('chunks')
      .addMethod('PUT', new apigateway.LambdaIntegration(handler));
  }
}
