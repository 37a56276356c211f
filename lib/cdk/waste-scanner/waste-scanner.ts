/**
 * WasteScanner (cdk-cost/cdk): the organization scan deployed into the user's own AWS and run on a schedule.
 * EventBridge Scheduler starts a Step Functions state machine: a Lambda lists the accounts × regions into an item
 * file in S3, a Distributed Map runs the same Lambda once per item (bounded by maxConcurrency, tolerating some
 * failed items), each writing that item's JSON report to the bucket, and a summary step sums the reports and
 * publishes to SNS. The function may assume only the member role (by name, in any account) and read
 * Organizations; its writes are the bucket's objects, the topic's messages and, with a budget, metric data in
 * its own namespace. With a budget the summary step publishes the run's monthly waste as a CloudWatch metric and
 * an alarm on it notifies the topic; with a webhook secret it also POSTs the summary to the URL the secret holds.
 * aws-cdk-lib is the app's own copy (a peer dependency, loaded by cdkLib() like CostGuard's), so importing
 * cdk-cost/cdk stays light for apps that do not use the scanner.
 */
import { Construct } from 'constructs';
import type * as CdkLib from 'aws-cdk-lib';
import { cdkLib } from '../cdk-lib.js';
import { LAMBDA_HANDLER, stageScannerZip } from './asset.js';

export interface WasteScannerProps {
  /** An EventBridge Scheduler expression. Default: weekly, `rate(7 days)`. */
  schedule?: string;
  /** Account ids to scan. Default: every ACTIVE account Organizations lists (under ouIds, if given). */
  accounts?: string[];
  /** OU or root ids whose accounts (and their child OUs' accounts) are scanned. */
  ouIds?: string[];
  /** Region codes, or ["all"] (each account's enabled regions, one item per account). Default: ["all"]. */
  regions?: string[];
  /** The member role (cdk-cost scan --print-role-template). Default: CdkCostScanRole. */
  roleName?: string;
  externalId?: string;
  /** Rule thresholds, as `cdk-cost scan --threshold key=value`. */
  thresholds?: Record<string, string | number>;
  /** Items scanned at once by the Distributed Map. Default: 40. */
  concurrency?: number;
  /** Failed items (e.g. a throttled region) tolerated before the run fails. Default: 10 (%). */
  toleratedFailurePercentage?: number;
  /** Days the reports stay in the bucket. Default: 90. */
  retentionDays?: number;
  /** The function's memory in MB. Default: 1024. */
  memorySize?: number;
  /**
   * Monthly waste in USD above which to alarm. The summary step publishes each run's total as the metric
   * MonthlyWaste (namespace CdkCost/WasteScanner, dimension Scanner), and an alarm with this threshold notifies
   * the topic. The topic is then encrypted with a customer-managed KMS key (CloudWatch alarms cannot use the
   * AWS-managed alias/aws/sns key). cdk-cost estimate prices the key and the alarm; the metric is a custom metric, billed monthly.
   */
  budget?: number;
  /** With a budget, also one MonthlyWaste per account (dimension Account): each a custom metric, billed monthly. */
  accountMetrics?: boolean;
  /**
   * A Secrets Manager secret whose value is a webhook URL (Slack or Teams incoming webhook, or any https
   * receiver): the summary step POSTs `{ text, summary }` to it. A secret, not a URL prop: a webhook URL is a
   * credential (anyone holding it can post to the channel), and a prop would put it in the template, the cloud
   * assembly and the function's configuration. It is read at run time; a failed POST is reported in the
   * summary and the logs and does not fail the run.
   */
  webhookSecret?: CdkLib.aws_secretsmanager.ISecret;
}

export const DEFAULT_SCANNER_SCHEDULE = 'rate(7 days)';
export const DEFAULT_SCANNER_ROLE = 'CdkCostScanRole';
/** The namespace of the MonthlyWaste metric (the function may put metric data in this namespace only). */
export const WASTE_METRIC_NAMESPACE = 'CdkCost/WasteScanner';

export class WasteScanner extends Construct {
  readonly bucket: CdkLib.aws_s3.Bucket;
  readonly topic: CdkLib.aws_sns.Topic;
  readonly scanFunction: CdkLib.aws_lambda.Function;
  readonly stateMachine: CdkLib.aws_stepfunctions.StateMachine;
  /** The alarm on the run's monthly waste, when a budget is given. */
  readonly budgetAlarm?: CdkLib.aws_cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: WasteScannerProps = {}) {
    super(scope, id);
    const cdk = cdkLib();
    const { aws_s3: s3, aws_sns: sns, aws_lambda: lambda, aws_iam: iam, aws_kms: kms } = cdk;
    const { aws_stepfunctions: sfn, aws_stepfunctions_tasks: tasks, aws_scheduler: scheduler } = cdk;
    const { aws_cloudwatch: cloudwatch, aws_cloudwatch_actions: actions } = cdk;
    const roleName = props.roleName ?? DEFAULT_SCANNER_ROLE;
    const regions = props.regions ?? ['all'];
    if (props.accounts?.length && props.ouIds?.length)
      throw new Error('WasteScanner: give accounts or ouIds, not both (ouIds selects among the accounts Organizations lists).');
    const budget = props.budget;
    if (budget !== undefined && !(Number.isFinite(budget) && budget >= 0))
      throw new Error(`WasteScanner: budget must be a number of USD per month, 0 or more (got ${budget}).`);
    if (props.accountMetrics && budget === undefined)
      throw new Error('WasteScanner: accountMetrics publishes the per-account waste beside the budget metric: give a budget too.');
    // The Scanner dimension: several scanners in one account keep their metrics apart (a plain string, no token).
    const scannerId = cdk.Names.uniqueId(this);

    this.bucket = new s3.Bucket(this, 'Reports', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ id: 'expire-reports', expiration: cdk.Duration.days(props.retentionDays ?? 90) }],
    });
    // CloudWatch alarms cannot publish to a topic under the AWS-managed key (its policy does not let CloudWatch use it).
    const topicKey =
      budget === undefined
        ? kms.Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns')
        : new kms.Key(this, 'SummaryKey', {
            enableKeyRotation: true,
            description: 'WasteScanner summary topic (its budget alarm publishes)',
          });
    this.topic = new sns.Topic(this, 'Summary', { masterKey: topicKey });

    const stack = cdk.Stack.of(this);
    this.scanFunction = new lambda.Function(this, 'Scan', {
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(stageScannerZip()),
      handler: LAMBDA_HANDLER,
      memorySize: props.memorySize ?? 1024,
      timeout: cdk.Duration.minutes(15),
      environment: {
        SCANNER_BUCKET: this.bucket.bucketName,
        SCANNER_TOPIC_ARN: this.topic.topicArn,
        SCANNER_ROLE_NAME: roleName,
        SCANNER_REGIONS: regions.join(','),
        ...(props.accounts?.length ? { SCANNER_ACCOUNTS: props.accounts.join(',') } : {}),
        ...(props.ouIds?.length ? { SCANNER_OU_IDS: props.ouIds.join(',') } : {}),
        ...(props.externalId ? { SCANNER_EXTERNAL_ID: props.externalId } : {}),
        ...(props.thresholds
          ? { SCANNER_THRESHOLDS: JSON.stringify(Object.fromEntries(Object.entries(props.thresholds).map(([k, v]) => [k, String(v)]))) }
          : {}),
        ...(budget !== undefined ? { SCANNER_METRIC_NAMESPACE: WASTE_METRIC_NAMESPACE, SCANNER_METRIC_SCANNER: scannerId } : {}),
        ...(props.accountMetrics ? { SCANNER_ACCOUNT_METRICS: 'true' } : {}),
        ...(props.webhookSecret ? { SCANNER_WEBHOOK_SECRET: props.webhookSecret.secretArn } : {}),
      },
    });
    const policy = (actions: string[], resources: string[]) => new iam.PolicyStatement({ actions, resources });
    this.scanFunction.addToRolePolicy(policy(['sts:AssumeRole'], [`arn:${stack.partition}:iam::*:role/${roleName}`]));
    if (!props.accounts?.length)
      this.scanFunction.addToRolePolicy(
        policy(['organizations:ListAccounts', 'organizations:ListAccountsForParent', 'organizations:ListChildren'], ['*']),
      );
    this.scanFunction.addToRolePolicy(policy(['s3:PutObject', 's3:GetObject'], [this.bucket.arnForObjects('runs/*')]));
    this.scanFunction.addToRolePolicy(policy(['s3:ListBucket'], [this.bucket.bucketArn]));
    this.scanFunction.addToRolePolicy(policy(['sns:Publish'], [this.topic.topicArn]));
    if (topicKey instanceof kms.Key) topicKey.grant(this.scanFunction, 'kms:Decrypt', 'kms:GenerateDataKey*');
    props.webhookSecret?.grantRead(this.scanFunction);
    if (budget !== undefined) {
      // PutMetricData has no resource-level permission: the namespace condition key is what limits it.
      this.scanFunction.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['cloudwatch:PutMetricData'],
          resources: ['*'],
          conditions: { StringEquals: { 'cloudwatch:namespace': WASTE_METRIC_NAMESPACE } },
        }),
      );
      if (topicKey instanceof kms.Key) {
        topicKey.addToResourcePolicy(
          new iam.PolicyStatement({
            principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
            actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            resources: ['*'],
          }),
        );
      }
      // One data point per run (weekly by default): a day's period holds it; the days without a run are not breaching,
      // so the alarm notifies once per run over budget and returns to OK the day after.
      this.budgetAlarm = new cloudwatch.Alarm(this, 'BudgetAlarm', {
        alarmDescription: `cdk-cost WasteScanner: the last scan found more than $${budget}/month of waste`,
        metric: new cloudwatch.Metric({
          namespace: WASTE_METRIC_NAMESPACE,
          metricName: 'MonthlyWaste',
          dimensionsMap: { Scanner: scannerId },
          statistic: cloudwatch.Stats.MAXIMUM,
          period: cdk.Duration.days(1),
        }),
        threshold: budget,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      this.budgetAlarm.addAlarmAction(new actions.SnsAction(this.topic));
    }

    const runId = sfn.JsonPath.stringAt('$$.Execution.Name');
    const invoke = (name: string, payload: Record<string, unknown>) =>
      new tasks.LambdaInvoke(this, name, {
        lambdaFunction: this.scanFunction,
        payload: sfn.TaskInput.fromObject(payload),
        payloadResponseOnly: true,
        retryOnServiceExceptions: true,
      });
    const list = invoke('ListItems', { mode: 'list', runId });
    list.addRetry({ errors: ['States.TaskFailed'], maxAttempts: 2 });
    const fanOut = new sfn.DistributedMap(this, 'ScanEachAccountRegion', {
      itemReader: new sfn.S3JsonItemReader({ bucket: this.bucket, key: sfn.JsonPath.stringAt('$.key') }),
      itemSelector: {
        mode: 'scan',
        runId,
        account: sfn.JsonPath.stringAt('$$.Map.Item.Value.account'),
        region: sfn.JsonPath.stringAt('$$.Map.Item.Value.region'),
      },
      maxConcurrency: props.concurrency ?? 40,
      toleratedFailurePercentage: props.toleratedFailurePercentage ?? 10,
      resultPath: sfn.JsonPath.DISCARD,
      mapExecutionType: sfn.StateMachineType.STANDARD,
    });
    const scanItem = invoke('ScanItem', {
      mode: 'scan',
      runId: sfn.JsonPath.stringAt('$.runId'),
      account: sfn.JsonPath.stringAt('$.account'),
      region: sfn.JsonPath.stringAt('$.region'),
    });
    // AWS throttling surfaces as a failed item; a later attempt usually succeeds.
    scanItem.addRetry({ errors: ['States.TaskFailed'], maxAttempts: 2, interval: cdk.Duration.seconds(30), backoffRate: 2 });
    fanOut.itemProcessor(scanItem);
    const summary = invoke('Summarize', { mode: 'summary', runId });
    this.stateMachine = new sfn.StateMachine(this, 'Run', {
      definitionBody: sfn.DefinitionBody.fromChainable(list.next(fanOut).next(summary)),
      timeout: cdk.Duration.hours(12),
    });

    const schedulerRole = new iam.Role(this, 'ScheduleRole', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
    this.stateMachine.grantStartExecution(schedulerRole);
    new scheduler.CfnSchedule(this, 'Schedule', {
      scheduleExpression: props.schedule ?? DEFAULT_SCANNER_SCHEDULE,
      flexibleTimeWindow: { mode: 'FLEXIBLE', maximumWindowInMinutes: 60 },
      target: { arn: this.stateMachine.stateMachineArn, roleArn: schedulerRole.roleArn, input: '{}' },
    });
  }
}
