/**
 * Payments: an HTTP API starts a checkout; a Step Functions workflow verifies the card, asks a
 * partner's fraud API, transfers the funds, and on failure compensates and tells the customer.
 * Settlements are queued for a batch worker; what fails three times lands in a dead-letter queue
 * that an alarm watches. The partner API key lives in Secrets Manager, payment records in a
 * DynamoDB table encrypted with a customer-managed KMS key.
 *
 * Its load lives next to the code (Load.entry, Load.ratio, Usage.of — recorded as construct
 * metadata): 200,000 payments a month; 3% rejected by the fraud check; settlements in batches of 25.
 */
import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { Load, Usage } from '../../lib/cdk/index.js';
import { inlineHandler } from '../shared/inline-handler.js';

export class PaymentsStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const key = new kms.Key(this, 'PaymentsKey', { enableKeyRotation: true });
    const payments = new dynamodb.Table(this, 'Payments', {
      partitionKey: { name: 'paymentId', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    });
    const partnerKey = new secretsmanager.Secret(this, 'FraudPartnerApiKey');

    const fn = (name: string, memorySize: number, extra: Partial<lambda.FunctionProps> = {}) =>
      new lambda.Function(this, name, {
        runtime: lambda.Runtime.NODEJS_24_X,
        architecture: lambda.Architecture.ARM_64,
        memorySize,
        timeout: Duration.seconds(30),
        handler: 'index.handler',
        code: inlineHandler(name),
        logGroup: new logs.LogGroup(this, `${name}Logs`, { retention: logs.RetentionDays.THREE_MONTHS }),
        ...extra,
      });

    const verifyCard = fn('VerifyCard', 256);
    const fraudCheck = fn('FraudCheck', 256, { environment: { PARTNER_KEY_ARN: partnerKey.secretArn } });
    partnerKey.grantRead(fraudCheck);
    const transfer = fn('TransferFunds', 512);
    const compensate = fn('Compensate', 256);
    payments.grantReadWriteData(transfer);
    payments.grantReadWriteData(compensate);

    const customerNotices = new sns.Topic(this, 'CustomerNotices');
    const settlementDlq = new sqs.Queue(this, 'SettlementFailures', {
      retentionPeriod: Duration.days(14),
      encryption: sqs.QueueEncryption.KMS_MANAGED,
    });
    const settlements = new sqs.Queue(this, 'Settlements', {
      visibilityTimeout: Duration.minutes(2),
      deadLetterQueue: { queue: settlementDlq, maxReceiveCount: 3 },
      encryption: sqs.QueueEncryption.KMS_MANAGED,
    });

    const failed = new tasks.LambdaInvoke(this, 'Compensate failed payment', { lambdaFunction: compensate, outputPath: '$.Payload' })
      .next(new tasks.SnsPublish(this, 'Tell the customer', { topic: customerNotices, message: sfn.TaskInput.fromJsonPathAt('$') }))
      .next(new sfn.Fail(this, 'Payment failed'));
    const definition = new tasks.LambdaInvoke(this, 'Verify card', { lambdaFunction: verifyCard, outputPath: '$.Payload' })
      .next(
        new tasks.LambdaInvoke(this, 'Ask fraud partner', { lambdaFunction: fraudCheck, outputPath: '$.Payload' }).addRetry({
          maxAttempts: 2,
        }),
      )
      .next(
        new sfn.Choice(this, 'Fraud verdict').when(sfn.Condition.stringEquals('$.verdict', 'reject'), failed).otherwise(
          new tasks.LambdaInvoke(this, 'Transfer funds', { lambdaFunction: transfer, outputPath: '$.Payload' })
            .addCatch(failed)
            .next(
              new tasks.SqsSendMessage(this, 'Queue settlement', { queue: settlements, messageBody: sfn.TaskInput.fromJsonPathAt('$') }),
            )
            .next(new sfn.Succeed(this, 'Paid')),
        ),
      );
    const workflow = new sfn.StateMachine(this, 'PaymentWorkflow', {
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      stateMachineType: sfn.StateMachineType.STANDARD,
      timeout: Duration.minutes(5),
    });

    const checkout = fn('Checkout', 256, { environment: { WORKFLOW_ARN: workflow.stateMachineArn } });
    workflow.grantStartExecution(checkout);
    const api = new apigwv2.HttpApi(this, 'Api');
    api.addRoutes({
      path: '/payments',
      methods: [apigwv2.HttpMethod.POST],
      integration: new HttpLambdaIntegration('CheckoutIntegration', checkout),
    });

    const settle = fn('SettlementWorker', 512);
    settle.addEventSource(new SqsEventSource(settlements, { batchSize: 25, maxBatchingWindow: Duration.seconds(30) }));
    payments.grantReadWriteData(settle);

    // Load: 200,000 checkouts a month enter through the API; each starts one workflow execution.
    Load.entry(api, { flow: 'payments', unit: 'payment', perMonth: 200_000 });
    Load.ratio(checkout, workflow, { writesPerInvocation: 1 });
    // Off the default path: 3% of payments are rejected or fail, and are compensated and notified.
    Load.ratio(workflow, compensate, { perExecution: 0.03 });
    Load.ratio(workflow, customerNotices, { perExecution: 0.03 });
    // Each payment writes its record twice (transfer, settlement) and reads it once while settling.
    Load.ratio(transfer, payments, { writesPerInvocation: 1 });
    Load.ratio(settle, payments, { writesPerRecord: 1, readsPerRecord: 1 });
    Load.ratio(compensate, payments, { writesPerInvocation: 1 });
    // The fraud check reads the partner key on every call (no caching); every DynamoDB request uses the KMS key.
    Load.ratio(fraudCheck, partnerKey, { readsPerInvocation: 1 });
    Usage.of(key).set({ monthlyRequests: 800_000 });
    Usage.of(payments).set({ storageGB: 2 });
    for (const [name, ms] of [
      ['Checkout', 80],
      ['VerifyCard', 150],
      ['FraudCheck', 400],
      ['TransferFunds', 250],
      ['Compensate', 200],
      ['SettlementWorker', 1200],
    ] as const) {
      const handler = this.node.findChild(name);
      Usage.of(handler).set({ avgDurationMs: ms });
      Load.ratio(handler, this.node.findChild(`${name}Logs`), { kbPerInvocation: 2 });
    }
    // About 0.5% of settlements fail three times and land in the dead-letter queue.
    Load.ratio(settlements, settlementDlq, { share: 0.005 });

    new cloudwatch.Alarm(this, 'SettlementFailuresAlarm', {
      metric: settlementDlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
    });
  }
}
