/**
 * The `Events` of an AWS::Serverless::Function → what the SAM transform generates for each, named
 * as SAM names them (`<Function><Event>`, `<Function><Event>Permission`, …):
 * - Api / HttpApi: a Lambda permission; without RestApiId / ApiId the event attaches to the implicit
 *   API (ServerlessRestApi / ServerlessHttpApi), which the expansion then creates.
 * - SQS, Kinesis, DynamoDB, MSK, MQ, DocumentDB, SelfManagedKafka: an event source mapping.
 * - Schedule, CloudWatchEvent, EventBridgeRule: an EventBridge rule + permission.
 * - ScheduleV2: an EventBridge Scheduler schedule (+ role).
 * - SNS: a subscription + permission; with SqsSubscription, a queue in between (that queue costs).
 * - S3: a permission, and the notification is added to the bucket; CloudWatchLogs: a subscription
 *   filter; IoTRule: a topic rule; Cognito, AlexaSkill: a permission.
 */
import type { TemplateResource } from '../template.js';
import { defined, getAtt, isRecord, passthrough, ref, type Properties, type SamContext } from './sam-context.js';

const PULL_SOURCE_PROPERTY: Record<string, string | undefined> = {
  SQS: 'Queue',
  Kinesis: 'Stream',
  DynamoDB: 'Stream',
  MSK: 'Stream',
  MQ: 'Broker',
  DocumentDB: 'Cluster',
  SelfManagedKafka: undefined,
};

/** Event-source-mapping properties SAM passes through unchanged. */
const MAPPING_PASSTHROUGH = [
  'BatchSize',
  'StartingPosition',
  'StartingPositionTimestamp',
  'Enabled',
  'MaximumBatchingWindowInSeconds',
  'MaximumRetryAttempts',
  'BisectBatchOnFunctionError',
  'MaximumRecordAgeInSeconds',
  'DestinationConfig',
  'ParallelizationFactor',
  'Topics',
  'Queues',
  'SourceAccessConfigurations',
  'TumblingWindowInSeconds',
  'FunctionResponseTypes',
  'FilterCriteria',
  'ScalingConfig',
];

export interface FunctionEventTarget {
  functionId: string;
  /** The alias AutoPublishAlias creates: events then invoke it instead of the function. */
  aliasId?: string;
  declared: TemplateResource;
}

export function expandFunctionEvents(ctx: SamContext, target: FunctionEventTarget, events: unknown): void {
  if (!isRecord(events)) return;
  const { functionId, declared } = target;
  const origin = { logicalId: functionId, type: 'AWS::Serverless::Function' };
  const attrs = passthrough(declared);
  const add = (logicalId: string, Type: string, Properties: Properties) =>
    ctx.add({ logicalId, origin, resource: { Type, Properties: defined(Properties), ...attrs } });
  // An alias's Ref is its ARN; a function's Ref is its name, its ARN a GetAtt.
  const invokeTarget = ref(target.aliasId ?? functionId);
  const functionArn = target.aliasId ? ref(target.aliasId) : getAtt(functionId, 'Arn');
  const permission = (suffix: string, principal: string, sourceArn?: unknown) =>
    add(`${functionId}${suffix}`, 'AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: invokeTarget,
      Principal: principal,
      SourceArn: sourceArn,
    });

  for (const [eventId, event] of Object.entries(events)) {
    if (!isRecord(event) || typeof event.Type !== 'string') {
      ctx.warn(`${functionId}: event "${eventId}" has no Type; the SAM transform would reject it, so it is ignored.`);
      continue;
    }
    const p = isRecord(event.Properties) ? event.Properties : {};
    const id = `${functionId}${eventId}`;
    switch (event.Type) {
      case 'Api':
        if (p.RestApiId === undefined) ctx.useImplicitApi('rest', declared.Condition);
        permission(`${eventId}Permission${p.RestApiId === undefined ? 'Prod' : ''}`, 'apigateway.amazonaws.com');
        break;
      case 'HttpApi':
        if (p.ApiId === undefined) ctx.useImplicitApi('http', declared.Condition);
        permission(`${eventId}Permission`, 'apigateway.amazonaws.com');
        break;
      case 'SQS':
      case 'Kinesis':
      case 'DynamoDB':
      case 'MSK':
      case 'MQ':
      case 'DocumentDB':
      case 'SelfManagedKafka': {
        const sourceProperty = PULL_SOURCE_PROPERTY[event.Type];
        add(id, 'AWS::Lambda::EventSourceMapping', {
          FunctionName: invokeTarget,
          EventSourceArn: sourceProperty ? p[sourceProperty] : undefined,
          ...pick(p, MAPPING_PASSTHROUGH),
        });
        break;
      }
      case 'Schedule':
        add(id, 'AWS::Events::Rule', {
          ScheduleExpression: p.Schedule,
          State: p.State ?? (p.Enabled === false ? 'DISABLED' : p.Enabled === true ? 'ENABLED' : undefined),
          Name: p.Name,
          Description: p.Description,
          Targets: [{ Arn: functionArn, Id: `${id}LambdaTarget`, ...pick(p, ['Input']) }],
        });
        permission(`${eventId}Permission`, 'events.amazonaws.com', getAtt(id, 'Arn'));
        break;
      case 'CloudWatchEvent':
      case 'EventBridgeRule':
        add(id, 'AWS::Events::Rule', {
          EventBusName: p.EventBusName,
          EventPattern: p.Pattern,
          State: p.State ?? (p.Enabled === false ? 'DISABLED' : undefined),
          Targets: [{ Arn: functionArn, Id: `${id}LambdaTarget`, ...pick(p, ['Input', 'InputPath']) }],
        });
        permission(`${eventId}Permission`, 'events.amazonaws.com', getAtt(id, 'Arn'));
        break;
      case 'ScheduleV2':
        add(id, 'AWS::Scheduler::Schedule', {
          ScheduleExpression: p.ScheduleExpression,
          ScheduleExpressionTimezone: p.ScheduleExpressionTimezone,
          FlexibleTimeWindow: p.FlexibleTimeWindow ?? { Mode: 'OFF' },
          GroupName: p.GroupName,
          State: p.State,
          Target: { Arn: functionArn, RoleArn: p.RoleArn ?? getAtt(`${id}Role`, 'Arn'), ...pick(p, ['Input']) },
        });
        if (p.RoleArn === undefined)
          add(`${id}Role`, 'AWS::IAM::Role', { AssumeRolePolicyDocument: assumeRole('scheduler.amazonaws.com') });
        break;
      case 'SNS':
        expandSnsEvent(id, eventId, invokeTarget, functionArn, p, add, permission);
        break;
      case 'S3':
        attachBucketNotification(ctx, functionId, eventId, p, functionArn);
        permission(`${eventId}Permission`, 's3.amazonaws.com');
        break;
      case 'CloudWatchLogs':
        add(id, 'AWS::Logs::SubscriptionFilter', {
          DestinationArn: functionArn,
          FilterPattern: p.FilterPattern,
          LogGroupName: p.LogGroupName,
        });
        permission(`${eventId}Permission`, 'logs.amazonaws.com');
        break;
      case 'IoTRule':
        add(id, 'AWS::IoT::TopicRule', {
          TopicRulePayload: {
            Sql: p.Sql,
            AwsIotSqlVersion: p.AwsIotSqlVersion,
            RuleDisabled: false,
            Actions: [{ Lambda: { FunctionArn: functionArn } }],
          },
        });
        permission(`${eventId}Permission`, 'iot.amazonaws.com');
        break;
      case 'Cognito':
        permission(`${eventId}Permission`, 'cognito-idp.amazonaws.com');
        break;
      case 'AlexaSkill':
        permission(`${eventId}Permission`, 'alexa-appkit.amazon.com');
        break;
      default:
        ctx.warn(
          `${functionId}: event "${eventId}" of type ${event.Type} is not expanded by cdk-cost; what it would create is not priced.`,
        );
    }
  }
}

function expandSnsEvent(
  id: string,
  eventId: string,
  invokeTarget: unknown,
  functionArn: unknown,
  p: Properties,
  add: (logicalId: string, type: string, properties: Properties) => void,
  permission: (suffix: string, principal: string, sourceArn?: unknown) => void,
): void {
  const sqs = p.SqsSubscription;
  if (sqs === true || isRecord(sqs)) {
    // SNS → a queue SAM creates (unless QueueArn is given) → the function: the queue is billed.
    const options = isRecord(sqs) ? sqs : {};
    const queueArn = options.QueueArn ?? getAtt(`${id}Queue`, 'Arn');
    if (options.QueueArn === undefined) add(`${id}Queue`, 'AWS::SQS::Queue', {});
    add(`${id}QueuePolicy`, 'AWS::SQS::QueuePolicy', { Queues: [options.QueueUrl ?? ref(`${id}Queue`)] });
    add(id, 'AWS::SNS::Subscription', {
      Protocol: 'sqs',
      Endpoint: queueArn,
      TopicArn: p.Topic,
      FilterPolicy: p.FilterPolicy,
      Region: p.Region,
    });
    add(`${id}EventSourceMapping`, 'AWS::Lambda::EventSourceMapping', {
      FunctionName: invokeTarget,
      EventSourceArn: queueArn,
      BatchSize: options.BatchSize,
      Enabled: options.Enabled,
    });
    return;
  }
  add(id, 'AWS::SNS::Subscription', {
    Protocol: 'lambda',
    Endpoint: functionArn,
    TopicArn: p.Topic,
    FilterPolicy: p.FilterPolicy,
    Region: p.Region,
  });
  permission(`${eventId}Permission`, 'sns.amazonaws.com', p.Topic);
}

/** SAM writes S3 events into the bucket's NotificationConfiguration (the bucket must be in the template). */
function attachBucketNotification(ctx: SamContext, functionId: string, eventId: string, p: Properties, functionArn: unknown): void {
  const bucketId = isRecord(p.Bucket) && typeof p.Bucket.Ref === 'string' ? p.Bucket.Ref : undefined;
  const bucket = bucketId ? ctx.declared[bucketId] : undefined;
  if (bucket?.Type !== 'AWS::S3::Bucket') {
    ctx.warn(`${functionId}: S3 event "${eventId}" must reference an AWS::S3::Bucket of the same template (SAM requires it).`);
    return;
  }
  const properties = (bucket.Properties ??= {});
  const notification = (
    isRecord(properties.NotificationConfiguration) ? properties.NotificationConfiguration : (properties.NotificationConfiguration = {})
  ) as Properties;
  const configurations = Array.isArray(notification.LambdaConfigurations)
    ? notification.LambdaConfigurations
    : (notification.LambdaConfigurations = []);
  const events = Array.isArray(p.Events) ? p.Events : [p.Events];
  for (const event of events) (configurations as unknown[]).push(defined({ Event: event, Function: functionArn, Filter: p.Filter }));
}

export function assumeRole(service: string): Properties {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: [service] }, Action: ['sts:AssumeRole'] }] };
}

function pick(from: Properties, keys: string[]): Properties {
  return Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]]));
}
