/** Every limit rule, in report order. */
import type { LimitRule } from '../limit-types.js';
import { apiGatewayPayload } from './apigateway-payload.js';
import { apiGatewayThrottle } from './apigateway-throttle.js';
import { dynamodbOnDemand } from './dynamodb-on-demand.js';
import { eventBridgePutEvents } from './eventbridge-putevents.js';
import { kinesisShard } from './kinesis-shard.js';
import { lambdaConcurrency } from './lambda-concurrency.js';
import { lambdaPayload } from './lambda-payload.js';
import { lambdaTimeout } from './lambda-timeout.js';
import { s3PrefixRate } from './s3-prefix-rate.js';
import { snsMessageSize } from './sns-message-size.js';
import { dynamodbPartition } from './dynamodb-partition.js';
import { kinesisRead } from './kinesis-read.js';
import { kinesisRecordSize } from './kinesis-record-size.js';
import { lambdaScalingRate } from './lambda-scaling-rate.js';
import { natBandwidth } from './nat-bandwidth.js';
import { sqsInFlight } from './sqs-in-flight.js';
import { sqsMessageSize } from './sqs-message-size.js';
import { stepFunctionsExecution } from './stepfunctions-execution.js';

export const LIMIT_RULES: readonly LimitRule[] = [
  apiGatewayPayload,
  apiGatewayThrottle,
  lambdaPayload,
  lambdaTimeout,
  lambdaConcurrency,
  lambdaScalingRate,
  s3PrefixRate,
  dynamodbOnDemand,
  dynamodbPartition,
  kinesisShard,
  kinesisRead,
  kinesisRecordSize,
  eventBridgePutEvents,
  snsMessageSize,
  sqsMessageSize,
  sqsInFlight,
  stepFunctionsExecution,
  natBandwidth,
];
