/**
 * Pricers of the foundation: what the upload-pipeline example needs.
 */
import type { Pricer } from '../pricer.js';
import { apiGatewayRestApi } from './apigateway-rest-api.js';
import { apiGatewayStage } from './apigateway-stage.js';
import { apiGatewayV2Api } from './apigatewayv2-api.js';
import { dynamodbTable } from './dynamodb-table.js';
import { ec2Eip } from './ec2-eip.js';
import { ec2NatGateway } from './ec2-nat-gateway.js';
import { lambdaFunction } from './lambda-function.js';
import { logsLogGroup } from './logs-log-group.js';
import { openSearchDomain } from './opensearch-domain.js';
import { s3Bucket } from './s3-bucket.js';
import { snsTopic } from './sns-topic.js';
import { sqsQueue } from './sqs-queue.js';

export const CORE_PRICERS: Pricer[] = [
  apiGatewayRestApi,
  apiGatewayStage,
  apiGatewayV2Api,
  dynamodbTable,
  ec2Eip,
  ec2NatGateway,
  lambdaFunction,
  logsLogGroup,
  openSearchDomain,
  s3Bucket,
  snsTopic,
  sqsQueue,
];
