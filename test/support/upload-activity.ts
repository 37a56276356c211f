/**
 * Traffic through the deployed synchronous upload pipeline (examples/upload-pipeline/sync-stack.ts),
 * as far as the emulator can carry it and as the scan reads it.
 *
 * Real: each upload's chunk is written to the bucket and its metadata item to the table, the two
 * writes the pipeline's handler makes, with the services' own APIs.
 *
 * Simulated, because moto cannot produce them: the CloudWatch metrics the scan's idle rules read.
 * moto publishes no service metrics at all (CloudWatch only holds what PutMetricData puts), and it
 * runs Lambda code only in Docker, which CI does not have, so the function cannot be invoked
 * either. What CloudWatch would record for `uploadsPerDay` uploads a day is put instead:
 * - AWS/Lambda Invocations (FunctionName), Sum: one invocation per upload (one chunk each);
 * - AWS/DynamoDB ConsumedWriteCapacityUnits (TableName), Sum: one unit per upload, the cost of
 *   writing one item under 1 KB to an on-demand table.
 * The datapoints are daily, for the 13 days before `clock`: the scan tests run the scanner at a
 * clock weeks after the deploy, since it does not judge resources younger than its lookback.
 */
import * as cw from '@aws-sdk/client-cloudwatch';
import * as ddb from '@aws-sdk/client-dynamodb';
import * as s3 from '@aws-sdk/client-s3';
import { setupClients, type Endpoint } from './aws-test-clients.js';

const DAY = 86_400_000;
export const ACTIVE_DAYS = 13;

export interface SyncPipelineIds {
  bucket: string;
  table: string;
  functionName: string;
}

export async function recordUploads(e: Endpoint, ids: SyncPipelineIds, clock: Date, uploadsPerDay: number): Promise<void> {
  const client = setupClients(e);
  for (let i = 0; i < 3; i++) {
    const objectKey = `uploads/upload-${i}/chunks/0`;
    await client(s3.S3Client).send(new s3.PutObjectCommand({ Bucket: ids.bucket, Key: objectKey, Body: Buffer.alloc(4096, i) }));
    await client(ddb.DynamoDBClient).send(
      new ddb.PutItemCommand({ TableName: ids.table, Item: { objectKey: { S: objectKey }, chunks: { N: '1' } } }),
    );
  }
  const daily = (metric: string, name: string, value: string): cw.MetricDatum[] =>
    Array.from({ length: ACTIVE_DAYS }, (_, i) => ({
      MetricName: metric,
      Dimensions: [{ Name: name, Value: value }],
      Timestamp: new Date(clock.getTime() - (i + 1) * DAY),
      Value: uploadsPerDay,
    }));
  await client(cw.CloudWatchClient).send(
    new cw.PutMetricDataCommand({ Namespace: 'AWS/Lambda', MetricData: daily('Invocations', 'FunctionName', ids.functionName) }),
  );
  await client(cw.CloudWatchClient).send(
    new cw.PutMetricDataCommand({ Namespace: 'AWS/DynamoDB', MetricData: daily('ConsumedWriteCapacityUnits', 'TableName', ids.table) }),
  );
}
