/**
 * An example deployed for real into an emulated account: the real CDK CLI (`aws-cdk`) bootstraps
 * moto and deploys this repo's SyncUploadPipeline stack from the current sources (bin/app.ts), then
 * `cdk-cost scan` finds the stack's resources owned by the live stack, idle until they are used and
 * in use afterwards. Nothing leaves the host (see test/support/cdk-cli.ts).
 *
 * Why this example: moto 5.2.5 deploys SyncUploadPipeline as synthesized. It does not create three of
 * its resources (AWS::ApiGateway::Stage, AWS::ApiGateway::Account, AWS::CDK::Metadata: moto's
 * CloudFormation skips types it does not implement and still reports CREATE_COMPLETE); nothing the
 * scan reads depends on them, and the test pins that list. WebApp deploys too, but without far more
 * (CloudFront, its bucket policy, the Secrets Manager secret of its database, security group egress).
 * The others fail in moto's CloudFormation: UploadPipeline (Fn::GetAtt on its OpenSearch domain, a
 * type moto cannot create), Payments ("MalformedPolicyDocument: Policy statement must contain
 * resources", presumably a policy on a resource of a type moto skips), CmsPublishing (moto's Ref to
 * an EventBridge bus, see test/support/emulator-template.ts).
 *
 * One moto workaround beyond cdk-cli.ts: `cdk deploy --method direct` (CreateStack) instead of the
 * default change set. moto 5.2.5 executes a change set by creating the added resources in template
 * order, ignoring DependsOn (its CreateStack honours it), so the API's AWS::ApiGateway::Deployment,
 * which depends on the PUT method only through DependsOn, is created first and fails with "The REST
 * API doesn't contain any methods". The template deployed is the same.
 *
 * The WasteScanner (cdk-cost/cdk) deploys the same way, at the same time, into the same bootstrapped account
 * (test/support/waste-scanner-app.ts: with a budget alarm and a webhook secret). moto 5.2.5 creates its bucket
 * (encrypted; its CloudFormation ignores the bucket's LifecycleConfiguration, so the expiry rule is checked in the
 * deployed template), function (its ~114 MB of code as the ~18 MB zip the construct stages, lib/cdk/waste-
 * scanner/zip.ts), state machine (Distributed Map and all, pointing at the deployed function), topic, customer-
 * managed key and IAM, and skips, reporting CREATE_COMPLETE all the same, the types it does not implement: the
 * schedule (AWS::Scheduler::Schedule: moto has the Scheduler API but not its CloudFormation type), the budget
 * alarm (AWS::CloudWatch::Alarm), the bucket policy (AWS::S3::BucketPolicy: TLS only) and AWS::CDK::Metadata. One
 * workaround after the deploy: the topic's KMS key gets its policy again (restoreKeyPolicies, below), or moto's
 * DescribeKey fails on it and every scan of the account reports a gap. The deployed function is not invoked: moto
 * runs Lambda code only inside Docker (a container of the runtime image), which this machine and CI do not have;
 * the handler itself runs against moto in test/cdk/waste-scanner.emulator.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cfn from '@aws-sdk/client-cloudformation';
import * as ddb from '@aws-sdk/client-dynamodb';
import * as lambda from '@aws-sdk/client-lambda';
import * as logs from '@aws-sdk/client-cloudwatch-logs';
import * as kms from '@aws-sdk/client-kms';
import * as s3 from '@aws-sdk/client-s3';
import * as sns from '@aws-sdk/client-sns';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAMBDA_HANDLER as HANDLER } from '../../lib/cdk/waste-scanner/asset.js';
import { runScan } from '../../lib/scan/engine/run-scan.js';
import type { ScanReport } from '../../lib/scan/types.js';
import { clientConfig, setupClients } from '../support/aws-test-clients.js';
import { cdk, EMULATOR_ACCOUNT, EMULATOR_REGION, type CdkCliTarget } from '../support/cdk-cli.js';
import type { ProcessResult } from '../support/child-process.js';
import { cli } from '../support/cli.js';
import { compileApp, type CompiledApp } from '../support/compile-app.js';
import { startMoto, type MotoServer } from '../support/moto-server.js';
import { REPO_ROOT } from '../support/paths.js';
import { CLOCK_OFFSET_DAYS } from '../support/scan-world.js';
import { recordUploads, type SyncPipelineIds } from '../support/upload-activity.js';
import { scanPricers } from '../../lib/scan/pricers/scan-pricers.js';

const STACK = 'SyncUploadPipeline';
const SCANNER_STACK = 'WasteScanner';
const SCANNER_APP = 'test/support/waste-scanner-app.ts';
/** The WasteScanner's types moto 5.2.5's CloudFormation does not implement (see above). */
const SCANNER_NOT_CREATED_BY_MOTO = ['AWS::CDK::Metadata', 'AWS::CloudWatch::Alarm', 'AWS::S3::BucketPolicy', 'AWS::Scheduler::Schedule'];
const DAY = 86_400_000;
/** Types moto 5.2.5's CloudFormation does not implement and leaves out of the stack (see above). */
const NOT_CREATED_BY_MOTO = ['AWS::ApiGateway::Account', 'AWS::ApiGateway::Stage', 'AWS::CDK::Metadata'];

let moto: MotoServer;
let work: string;
let app: CompiledApp | undefined;
let bootstrap: ProcessResult;
let deploy: ProcessResult;
let cdkOut: string;
let scannerDeploy: ProcessResult;
let scannerOut: string;
let client: ReturnType<typeof setupClients>;

const motoLogs = () => `--- moto (last lines) ---\n${moto.logs().split('\n').slice(-40).join('\n')}`;

beforeAll(async () => {
  const started = performance.now();
  work = mkdtempSync(join(tmpdir(), 'cdk-cost-deploy-'));
  cdkOut = join(work, 'cdk.out');
  scannerOut = join(work, 'cdk.out.scanner');
  // The app compiles while moto starts and the account is bootstrapped (which needs no app): the
  // three overlap instead of adding up. Each is kept as soon as it exists, so afterAll stops and
  // removes it if another failed.
  const compiling = compileApp(120_000, ['bin/app.ts', SCANNER_APP]).then((a) => {
    app = a;
    return performance.now();
  });
  const bootstrapping = startMoto().then(async (m) => {
    moto = m;
    const target: CdkCliTarget = { endpoint: moto.endpoint, port: moto.port, home: join(work, 'home') };
    // Bootstrap from an empty directory: with an explicit environment the CLI needs no app.
    const empty = mkdtempSync(join(work, 'empty-'));
    bootstrap = await cdk(['bootstrap', `aws://${EMULATOR_ACCOUNT}/${EMULATOR_REGION}`], {
      target,
      cwd: empty,
      timeoutMs: 90_000,
      context: motoLogs,
    });
    return target;
  });
  const [compiledApp, bootstrapped] = await Promise.allSettled([compiling, bootstrapping]);
  for (const r of [compiledApp, bootstrapped]) if (r.status === 'rejected') throw r.reason;
  const compiled = (compiledApp as PromiseFulfilledResult<number>).value;
  const target = (bootstrapped as PromiseFulfilledResult<CdkCliTarget>).value;
  // From the repo root so cdk.json's context applies; --app runs the freshly compiled app (cdk.json's
  // dist/bin/app.js may be stale); --output keeps cdk.out out of the checkout.
  const deployStack = (stack: string, appFile: string, output: string) =>
    cdk(['deploy', stack, '--method', 'direct', '--require-approval', 'never', '--app', appFile, '--output', output], {
      target,
      cwd: REPO_ROOT,
      timeoutMs: 240_000,
      context: motoLogs,
    });
  // The two stacks deploy at once: each CLI mostly waits on moto or on its app's synth, rarely on the same thing.
  const deploys = await Promise.allSettled([
    deployStack(STACK, app!.appFile, cdkOut),
    deployStack(SCANNER_STACK, app!.appFiles[1]!, scannerOut),
  ]);
  for (const r of deploys) if (r.status === 'rejected') throw r.reason;
  [deploy, scannerDeploy] = deploys.map((r) => (r as PromiseFulfilledResult<ProcessResult>).value) as [ProcessResult, ProcessResult];
  client = setupClients({ endpoint: moto.endpoint });
  await restoreKeyPolicies();
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    `[cdk-deploy-emulator] compile app ${ms(compiled - started)}, cdk bootstrap ${ms(bootstrap.durationMs)}, cdk deploy ` +
      `${ms(deploy.durationMs)}, cdk deploy ${SCANNER_STACK} ${ms(scannerDeploy.durationMs)}`,
  );
}, 420_000);

/**
 * moto 5.2.5 keeps the KeyPolicy of a KMS key created by CloudFormation as an object where its KMS API expects
 * the JSON text: DescribeKey then fails with an HTML error page (a TypeError inside moto), and every scan of the
 * account reports a gap. PutKeyPolicy with the template's own policy, as text, gives moto what AWS would hold.
 */
async function restoreKeyPolicies(): Promise<void> {
  const template = synthesizedTemplate(scannerOut, SCANNER_STACK);
  const resolve = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(resolve);
    if (!v || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    if ('Ref' in o) return { 'AWS::Partition': 'aws', 'AWS::AccountId': EMULATOR_ACCOUNT, 'AWS::Region': EMULATOR_REGION }[o.Ref as string];
    if ('Fn::Join' in o) {
      const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
      return parts.map(resolve).join(sep);
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, resolve(x)]));
  };
  for (const r of await stackResources(SCANNER_STACK)) {
    if (r.ResourceType !== 'AWS::KMS::Key') continue;
    const policy = JSON.stringify(resolve(template.Resources[r.LogicalResourceId!]!.Properties!.KeyPolicy));
    await client(kms.KMSClient).send(new kms.PutKeyPolicyCommand({ KeyId: r.PhysicalResourceId!, PolicyName: 'default', Policy: policy }));
  }
}

afterAll(async () => {
  await moto?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
  if (app) rmSync(app.dir, { recursive: true, force: true });
});

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;
function synthesizedTemplate(out = cdkOut, stack = STACK): { Resources: Resources } {
  return JSON.parse(readFileSync(join(out, `${stack}.template.json`), 'utf8')) as { Resources: Resources };
}

async function stackResources(stack: string): Promise<cfn.StackResourceSummary[]> {
  return (
    (await client(cfn.CloudFormationClient).send(new cfn.ListStackResourcesCommand({ StackName: stack }))).StackResourceSummaries ?? []
  );
}

async function pipelineIds(): Promise<SyncPipelineIds> {
  const resources = await stackResources(STACK);
  const physical = (type: string) => {
    const found = resources.filter((r) => r.ResourceType === type);
    expect(found, type).toHaveLength(1);
    return found[0]!.PhysicalResourceId!;
  };
  return { bucket: physical('AWS::S3::Bucket'), table: physical('AWS::DynamoDB::Table'), functionName: physical('AWS::Lambda::Function') };
}

describe(`cdk bootstrap + cdk deploy ${STACK} into the emulator`, () => {
  it('bootstraps the account: CDKToolkit stack, staging bucket, bootstrap version parameter', async () => {
    expect(bootstrap.stderr).toMatch(/Environment aws:\/\/123456789012\/us-east-1 bootstrapped/);
    const toolkit = (await client(cfn.CloudFormationClient).send(new cfn.DescribeStacksCommand({ StackName: 'CDKToolkit' }))).Stacks![0]!;
    expect(toolkit.StackStatus).toBe('CREATE_COMPLETE');
    const version = (await client(SSMClient).send(new GetParameterCommand({ Name: '/cdk-bootstrap/hnb659fds/version' }))).Parameter!.Value!;
    // The deploy checks this parameter against the version the template requires (6 or later).
    expect(Number(version)).toBeGreaterThanOrEqual(6);
    const staging = `cdk-hnb659fds-assets-${EMULATOR_ACCOUNT}-${EMULATOR_REGION}`;
    await client(s3.S3Client).send(new s3.HeadBucketCommand({ Bucket: staging }));
    // The deploy published the stack's template to the staging bucket as an asset.
    const objects = (await client(s3.S3Client).send(new s3.ListObjectsV2Command({ Bucket: staging }))).Contents ?? [];
    expect(objects.some((o) => o.Key?.endsWith('.json'))).toBe(true);
  });

  it('creates the stack from the template the CLI synthesized, and its resources exist', async () => {
    expect(deploy.stderr).toMatch(new RegExp(`✅ +${STACK}`));
    const stack = (await client(cfn.CloudFormationClient).send(new cfn.DescribeStacksCommand({ StackName: STACK }))).Stacks![0]!;
    expect(stack.StackStatus).toBe('CREATE_COMPLETE');
    const template = synthesizedTemplate();
    const deployed = JSON.parse(
      (await client(cfn.CloudFormationClient).send(new cfn.GetTemplateCommand({ StackName: STACK }))).TemplateBody!,
    ) as unknown;
    expect(deployed).toEqual(template);

    const created = (await stackResources(STACK)).filter((r) => r.LogicalResourceId && r.ResourceStatus === 'CREATE_COMPLETE');
    const missing = Object.entries(template.Resources).filter(([id]) => !created.some((r) => r.LogicalResourceId === id));
    expect(missing.map(([, r]) => r.Type).sort()).toEqual(NOT_CREATED_BY_MOTO);

    const ids = await pipelineIds();
    await client(s3.S3Client).send(new s3.HeadBucketCommand({ Bucket: ids.bucket }));
    const table = (await client(ddb.DynamoDBClient).send(new ddb.DescribeTableCommand({ TableName: ids.table }))).Table!;
    expect(table.TableStatus).toBe('ACTIVE');
    expect(table.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    const fn = (await client(lambda.LambdaClient).send(new lambda.GetFunctionCommand({ FunctionName: ids.functionName }))).Configuration!;
    // (Not Architectures: moto's CloudFormation ignores that property and reports x86_64.)
    expect(fn.Runtime).toBe('nodejs24.x');
    expect(fn.MemorySize).toBe(512);
    expect(fn.Environment?.Variables).toEqual({ BUCKET: ids.bucket, TABLE: ids.table });
    const logGroup = (await stackResources(STACK)).find((r) => r.ResourceType === 'AWS::Logs::LogGroup')!.PhysicalResourceId!;
    const groups =
      (await client(logs.CloudWatchLogsClient).send(new logs.DescribeLogGroupsCommand({ logGroupNamePrefix: logGroup }))).logGroups ?? [];
    expect(groups.map((g) => [g.logGroupName, g.retentionInDays])).toEqual([[logGroup, 30]]);
  });

  it('cdk-cost scan: the stack owns its resources; idle without traffic, in use with it', async () => {
    const ids = await pipelineIds();
    // Weeks after the deploy, so the resources are old enough for the idle rules to judge.
    const clock = new Date(Date.now() + CLOCK_OFFSET_DAYS * DAY);
    const scan = () =>
      runScan({
        pricers: scanPricers(),
        regions: [EMULATOR_REGION],
        access: { clientConfig: clientConfig({ endpoint: moto.endpoint }) },
        now: () => clock,
      });
    // The scanner's stack is in the same account (described below): this test judges the pipeline's resources.
    const summary = (r: ScanReport) =>
      r.findings
        .filter((f) => f.stack === STACK)
        .map((f) => `${f.rules.join('+')} ${f.resource.name} stack=${f.stack}`)
        .sort();

    const quiet = await scan();
    expect(quiet.gaps).toEqual([]);
    // Nothing is orphaned: the live stack owns all it created. Untouched, its function and table are idle.
    expect(summary(quiet)).toEqual(
      [`idle-dynamodb-table ${ids.table} stack=${STACK}`, `idle-lambda-function ${ids.functionName} stack=${STACK}`].sort(),
    );

    await recordUploads({ endpoint: moto.endpoint }, ids, clock, 40);
    const busy = await scan();
    expect(busy.gaps).toEqual([]);
    expect(summary(busy)).toEqual([]);
    // The same resources were judged again (one Lambda and two DynamoDB metric queries), not skipped.
    expect(busy.apiCalls.metricQueries).toBe(quiet.apiCalls.metricQueries);
    expect(busy.apiCalls.metricQueries).toBeGreaterThanOrEqual(3);
  });

  it('cdk-cost scan CLI, scoped to the cloud assembly the CDK CLI deployed: no orphans, everything owned by the stack', async () => {
    const ids = await pipelineIds();
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: EMULATOR_REGION,
    });
    delete process.env.AWS_PROFILE;
    try {
      const run = await cli('scan', cdkOut, '--format', 'json');
      expect(run.code, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as ScanReport;
      expect(report.scope.stacks).toContain(STACK);
      expect(report.gaps).toEqual([]);
      expect(report.totals.orphaned).toBe(0);
      // The real clock, minutes after the deploy: nothing is old enough to judge. DynamoDB gives the
      // table's creation time; the Lambda API gives none, so the stack's record of creating the
      // function (ListStackResources, status CREATE_COMPLETE) stands in for it.
      expect(report.findings.map((f) => f.resource.name)).toEqual([]);
      expect(ids.table).toBeTruthy();
    } finally {
      process.env = saved;
    }
  });
});

/**
 * Step Functions' DescribeStateMachine as a plain JSON-protocol request (the repository has no SFN client and
 * needs none elsewhere); moto routes it by the Authorization header's service name and does not check signatures.
 */
async function describeStateMachine(stateMachineArn: string): Promise<{ definition?: string }> {
  const response = await fetch(moto.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'AWSStepFunctions.DescribeStateMachine',
      authorization: `AWS4-HMAC-SHA256 Credential=testing/20260101/${EMULATOR_REGION}/states/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: JSON.stringify({ stateMachineArn }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as { definition?: string };
}

describe(`cdk deploy ${SCANNER_STACK} (WasteScanner with a budget and a webhook secret) into the same emulated account`, () => {
  const physical = async (type: string) => {
    const found = (await stackResources(SCANNER_STACK)).filter((r) => r.ResourceType === type);
    expect(found, type).toHaveLength(1);
    return found[0]!.PhysicalResourceId!;
  };

  it('creates the stack; what moto skips is exactly the pinned list', async () => {
    expect(scannerDeploy.stderr).toMatch(new RegExp(`✅ +${SCANNER_STACK}`));
    const stack = (await client(cfn.CloudFormationClient).send(new cfn.DescribeStacksCommand({ StackName: SCANNER_STACK }))).Stacks![0]!;
    expect(stack.StackStatus).toBe('CREATE_COMPLETE');
    const template = synthesizedTemplate(scannerOut, SCANNER_STACK);
    // (moto lists each skipped resource as a row of empty names.)
    const created = (await stackResources(SCANNER_STACK)).filter((r) => r.LogicalResourceId && r.ResourceStatus === 'CREATE_COMPLETE');
    const missing = Object.entries(template.Resources).filter(([id]) => !created.some((r) => r.LogicalResourceId === id));
    expect(missing.map(([, r]) => r.Type).sort()).toEqual(SCANNER_NOT_CREATED_BY_MOTO);
    // What was created, by type: the scanner's parts and their IAM.
    expect([...new Set(created.map((r) => r.ResourceType))].sort()).toEqual([
      'AWS::IAM::Policy',
      'AWS::IAM::Role',
      'AWS::KMS::Key',
      'AWS::Lambda::Function',
      'AWS::S3::Bucket',
      'AWS::SNS::Topic',
      'AWS::StepFunctions::StateMachine',
    ]);
  });

  it('bucket encrypted (its lifecycle rule deployed, not applied by moto), topic under the customer-managed key', async () => {
    const bucket = await physical('AWS::S3::Bucket');
    // moto's CloudFormation creates a bucket with its BucketEncryption and Tags only: the expiry rule is in the
    // deployed template but not on moto's bucket. Pinned, so that a moto that applies it is noticed.
    await expect(client(s3.S3Client).send(new s3.GetBucketLifecycleConfigurationCommand({ Bucket: bucket }))).rejects.toThrow(
      /lifecycle configuration does not exist/,
    );
    const deployed = JSON.parse(
      (await client(cfn.CloudFormationClient).send(new cfn.GetTemplateCommand({ StackName: SCANNER_STACK }))).TemplateBody!,
    ) as { Resources: Resources };
    const logical = (await stackResources(SCANNER_STACK)).find((r) => r.ResourceType === 'AWS::S3::Bucket')!.LogicalResourceId!;
    expect(deployed.Resources[logical]!.Properties!.LifecycleConfiguration).toEqual({
      Rules: [{ Id: 'expire-reports', ExpirationInDays: 30, Status: 'Enabled' }],
    });
    expect(deployed).toEqual(synthesizedTemplate(scannerOut, SCANNER_STACK));
    const encryption = (await client(s3.S3Client).send(new s3.GetBucketEncryptionCommand({ Bucket: bucket })))
      .ServerSideEncryptionConfiguration!.Rules!;
    expect(encryption.map((r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm)).toEqual(['AES256']);
    const topicArn = await physical('AWS::SNS::Topic');
    const keyId = await physical('AWS::KMS::Key');
    const attributes = (await client(sns.SNSClient).send(new sns.GetTopicAttributesCommand({ TopicArn: topicArn }))).Attributes!;
    expect(attributes.KmsMasterKeyId).toContain(keyId);
    expect((await client(kms.KMSClient).send(new kms.DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata!.KeyManager).toBe('CUSTOMER');
  });

  it('the function holds the uploaded asset and the configuration the handler reads', async () => {
    const name = await physical('AWS::Lambda::Function');
    const fn = (await client(lambda.LambdaClient).send(new lambda.GetFunctionCommand({ FunctionName: name }))).Configuration!;
    expect([fn.Runtime, fn.Handler, fn.MemorySize, fn.Timeout]).toEqual(['nodejs22.x', HANDLER, 1024, 900]);
    // The staged zip (handler, snapshot, node_modules), uploaded to the staging bucket as it is.
    expect(fn.CodeSize).toBeGreaterThan(5_000_000);
    const env = fn.Environment!.Variables!;
    expect(env).toMatchObject({
      SCANNER_BUCKET: await physical('AWS::S3::Bucket'),
      SCANNER_TOPIC_ARN: await physical('AWS::SNS::Topic'),
      SCANNER_ROLE_NAME: 'CdkCostScanRole',
      SCANNER_REGIONS: 'us-east-1,eu-west-1,eu-central-1',
      SCANNER_METRIC_NAMESPACE: 'CdkCost/WasteScanner',
      SCANNER_WEBHOOK_SECRET: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:cdk-cost/scanner-webhook-AbCdEf',
    });
    expect(env.SCANNER_METRIC_SCANNER).toMatch(/^WasteScanner[0-9A-F]{8}$/);
  });

  it('the state machine lists, fans out over a Distributed Map, and summarizes, each step invoking the deployed function', async () => {
    const arn = await physical('AWS::StepFunctions::StateMachine');
    const machine = await describeStateMachine(arn);
    const definition = JSON.parse(machine.definition!) as { StartAt: string; States: Record<string, Record<string, unknown>> };
    expect(definition.StartAt).toBe('ListItems');
    const map = definition.States.ScanEachAccountRegion!;
    expect((map.ItemProcessor as { ProcessorConfig: unknown }).ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
    expect([map.MaxConcurrency, map.ToleratedFailurePercentage]).toEqual([40, 10]);
    // Every task invokes the function moto created (payloadResponseOnly: its ARN is the Resource), nothing else.
    const fnArn = (
      await client(lambda.LambdaClient).send(new lambda.GetFunctionCommand({ FunctionName: await physical('AWS::Lambda::Function') }))
    ).Configuration!.FunctionArn!;
    const named = [...machine.definition!.matchAll(/"Resource"\s*:\s*"(arn:aws:lambda:[^"]+)"/g)].map((m) => m[1]);
    expect(named).toEqual([fnArn, fnArn, fnArn]);
  });
});
