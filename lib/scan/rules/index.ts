/**
 * Every rule, once. Adding a rule is adding its file and one line here.
 */
import { idleClassicLoadBalancer } from './idle-classic-load-balancer.js';
import { idleDynamodbTable } from './idle-dynamodb-table.js';
import { idleEc2Instance } from './idle-ec2-instance.js';
import { idleElasticacheCluster } from './idle-elasticache-cluster.js';
import { idleKinesisStream } from './idle-kinesis-stream.js';
import { idleLambdaFunction } from './idle-lambda-function.js';
import { idleLoadBalancer } from './idle-load-balancer.js';
import { idleNatGateway } from './idle-nat-gateway.js';
import { idleOpensearchDomain } from './idle-opensearch-domain.js';
import { idleRdsInstance } from './idle-rds-instance.js';
import { idleSnsTopic } from './idle-sns-topic.js';
import { idleSqsQueue } from './idle-sqs-queue.js';
import { idleStoppedInstance } from './idle-stopped-instance.js';
import { logGroupWithoutRetention } from './log-group-without-retention.js';
import { orphanEbsSnapshot } from './orphan-ebs-snapshot.js';
import { orphanEbsVolume } from './orphan-ebs-volume.js';
import { orphanElasticIp } from './orphan-elastic-ip.js';
import { orphanLambdaLogGroup } from './orphan-lambda-log-group.js';
import { orphanRetainedResource } from './orphan-retained-resource.js';
import { orphanStackTag } from './orphan-stack-tag.js';
import type { Rule } from './rule.js';

/** In order of precedence: when several rules match one resource, the first names the finding. */
export const ALL_RULES: Rule[] = [
  orphanStackTag,
  orphanRetainedResource,
  orphanLambdaLogGroup,
  orphanEbsVolume,
  orphanElasticIp,
  orphanEbsSnapshot,
  logGroupWithoutRetention,
  idleStoppedInstance,
  idleEc2Instance,
  idleNatGateway,
  idleLoadBalancer,
  idleClassicLoadBalancer,
  idleRdsInstance,
  idleOpensearchDomain,
  idleElasticacheCluster,
  idleDynamodbTable,
  idleKinesisStream,
  idleSqsQueue,
  idleSnsTopic,
  idleLambdaFunction,
];
