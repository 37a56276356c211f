/**
 * WasteScanner (cdk-cost/cdk): the organization scan deployed into the user's own AWS and run on a schedule.
 * EventBridge Scheduler starts a Step Functions state machine: a Lambda lists the accounts × regions into an item
 * file in S3, a Distributed Map runs the same Lambda once per item (bounded by maxConcurrency, tolerating some
 * failed items), each writing that item's JSON report to the bucket, and a summary step sums the reports and
 * publishes to SNS. The function may assume only the member role (by name, in any account) and read
 * Organizations; its writes are the bucket's objects and the topic's messages.
 * aws-cdk-lib is the app's own copy (a peer dependency, loaded by cdkLib() like CostGuard's), so importing
 * cdk-cost/cdk stays light for apps that do not use the scanner.
 */
import { Construct } from 'constructs';
import type * as CdkLib from 'aws-cdk-lib';
import { cdkLib } from '../cdk-lib.js';
import { LAMBDA_HANDLER, stageScannerAsset } from './asset.js';

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
}

export const DEFAULT_SCANNER_SCHEDULE = 'rate(7 days)';
export const DEFAULT_SCANNER_ROLE = 'CdkCostScanRole';

export class WasteScanner extends Construct {
  readonly bucket: CdkLib.aws_s3.Bucket;
  readonly topic: CdkLib.aws_sns.Topic;
  readonly scanFunction: CdkLib.aws_lambda.Function;
  readonly stateMachine: CdkLib.aws_stepfunctions.StateMachine;

  constructor(scope: Construct, id: string, props: WasteScannerProps = {}) {
    super(scope, id);
    const cdk = cdkLib();
    const { aws_s3: s3, aws_sns: sns, aws_lambda: lambda, aws_iam: iam, aws_kms: kms } = cdk;
    const { aws_stepfunctions: sfn, aws_stepfunctions_tasks: tasks, aws_scheduler: scheduler } = cdk;
    const roleName = props.roleName ?? DEFAULT_SCANNER_ROLE;
    const regions = props.regions ?? ['all'];
    if (props.accounts?.length && props.ouIds?.length)
      throw new Error('WasteScanner: give accounts or ouIds, not both (ouIds selects among the accounts Organizations lists).');

    this.bucket = new s3.Bucket(this, 'Reports', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ id: 'expire-reports', expiration: cdk.Duration.days(props.retentionDays ?? 90) }],
    });
    this.topic = new sns.Topic(this, 'Summary', { masterKey: kms.Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns') });

    const stack = cdk.Stack.of(this);
    this.scanFunction = new lambda.Function(this, 'Scan', {
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(stageScannerAsset()),
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
