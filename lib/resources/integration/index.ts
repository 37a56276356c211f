/**
 * Pricers for application integration: workflows, events, schedules, GraphQL APIs and user
 * directories. (SNS topics and SQS queues are in core/.)
 */
import type { Pricer } from '../pricer.js';
import { appSyncApiCache, appSyncEventApi, appSyncEventApiParts, appSyncGraphQLApi, appSyncParts } from './appsync-graphql-api.js';
import { cognitoUserPool } from './cognito-user-pool.js';
import { eventsEventBus } from './events-event-bus.js';
import { eventsRule } from './events-rule.js';
import { iotTopicRule } from './iot-topic-rule.js';
import { mwaaEnvironment } from './mwaa-environment.js';
import { schedulerSchedule } from './scheduler-schedule.js';
import { stepFunctionsStateMachine } from './stepfunctions-state-machine.js';

export const INTEGRATION_PRICERS: Pricer[] = [
  appSyncApiCache,
  appSyncEventApi,
  appSyncEventApiParts,
  appSyncGraphQLApi,
  appSyncParts,
  cognitoUserPool,
  eventsEventBus,
  eventsRule,
  iotTopicRule,
  mwaaEnvironment,
  schedulerSchedule,
  stepFunctionsStateMachine,
];
