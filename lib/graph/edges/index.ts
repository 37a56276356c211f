/**
 * Every edge kind, once. To follow a new kind of connection, add its file here.
 */
import type { EdgeKind } from '../edge-kind.js';
import { apiIntegrations } from './api-integrations.js';
import { cloudFrontOrigins } from './cloudfront-origins.js';
import { deadLetterQueues } from './dead-letter-queues.js';
import { eventBridgeTargets } from './eventbridge-targets.js';
import { eventSourceMappings } from './event-source-mappings.js';
import { iamGrants } from './iam-grants.js';
import { lambdaLogs } from './lambda-logs.js';
import { loadBalancerTargets } from './load-balancer-targets.js';
import { s3Notifications } from './s3-notifications.js';
import { snsSubscriptions } from './sns-subscriptions.js';
import { stateMachineTasks } from './state-machine-tasks.js';

export const EDGE_KINDS: EdgeKind[] = [
  s3Notifications,
  snsSubscriptions,
  eventSourceMappings,
  eventBridgeTargets,
  apiIntegrations,
  stateMachineTasks,
  cloudFrontOrigins,
  loadBalancerTargets,
  iamGrants,
  lambdaLogs,
  deadLetterQueues,
];
