/**
 * Lambda function with no invocations over the lookback (Cloud Custodian lambda metrics filter,
 * Invocations == 0). CDK's deployment-time handlers (custom resource providers, bucket notification
 * handlers) only run while a stack deploys, so they are not judged.
 */
import { cdkInternalReason } from '../../resources/cdk-internals.js';
import type { FunctionRecord } from '../datasets/lambda-functions.js';
import { zeroTrafficRule } from './zero-traffic-rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

// Cloud Custodian "unused" filters (lambda invocations, sqs/sns/kinesis/dynamodb metrics) use 0 over
// the period as the default idea of unused.
const LAMBDA_INVOCATIONS: ThresholdDefinition = {
  key: 'lambda.invocations',
  default: 0,
  unit: 'invocations',
  description: 'at most this many invocations over the lookback',
  source: 'Cloud Custodian lambda metrics filter (Invocations == 0)',
};

export const idleLambdaFunction = zeroTrafficRule<FunctionRecord>({
  id: 'idle-lambda-function',
  message: 'Lambda function with no invocations',
  dataset: 'functions',
  threshold: LAMBDA_INVOCATIONS,
  noun: 'invocations',
  queries: (f) => [{ namespace: 'AWS/Lambda', metric: 'Invocations', dimensions: { FunctionName: f.resource.name }, stat: 'Sum' }],
  action:
    'Delete the function (and its log group) if nothing calls it any more; an idle function costs nothing by itself but keeps code, ' +
    'roles and triggers alive.',
  idleUsage: { monthlyRequests: 0, avgDurationMs: 0 },
  skip: (c) =>
    Boolean(
      c.owner &&
        cdkInternalReason({
          logicalId: c.owner.logicalId,
          type: 'AWS::Lambda::Function',
          stack: c.owner.stack,
          region: '',
          path: c.owner.path ?? `${c.owner.stack}/${c.owner.logicalId}`,
          properties: {},
          metadata: {},
        }),
    ),
});
