/**
 * WasteScanner's synthesized template, by structure: the schedule starts a state machine whose Distributed Map
 * reads the item file from the bucket (ItemReader) and hands each item to the function (ItemSelector) within
 * MaxConcurrency and ToleratedFailurePercentage; the bucket expires its reports and refuses plain HTTP and
 * public access; the function's IAM is read-only but for its own bucket objects, its topic and the member role.
 * The asset holds the handler, the snapshot and the packages the handler imports, and hashes the same twice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetFiles, forgetStagedAsset, HANDLER_FILE, stageScannerAsset, stageScannerZip } from '../../lib/cdk/waste-scanner/asset.js';
import { WASTE_METRIC_NAMESPACE, WasteScanner, type WasteScannerProps } from '../../lib/cdk/index.js';
import { METRIC_NAME } from '../../lib/scan/organization/summary-delivery.js';

// The staged asset lives in the temp directory, shared by fingerprint with every process that synthesizes the
// scanner (test/examples/cdk-deploy-emulator.test.ts deploys it meanwhile). This file removes and restages it on
// purpose, so it stages into a temp directory of its own (os.tmpdir() follows TMPDIR; this file has its own process).
const sharedTmp = tmpdir();
const privateTmp = mkdtempSync(join(sharedTmp, 'cdk-cost-scanner-tmp-'));
process.env.TMPDIR = privateTmp;
// Copies an earlier version staged: one two days ago (pruned when a new copy is staged), one today (kept).
const staleStage = join(privateTmp, 'cdk-cost-waste-scanner-0.0.1-0000000000000000');
const recentStage = join(privateTmp, 'cdk-cost-waste-scanner-0.0.2-0000000000000000');
for (const dir of [staleStage, recentStage]) mkdirSync(join(dir, 'code'), { recursive: true });
const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
utimesSync(staleStage, twoDaysAgo, twoDaysAgo);
// One output directory for every synth: CDK copies an asset it has not staged there yet, once.
const outdir = mkdtempSync(join(tmpdir(), 'cdk-cost-scanner-'));

const WEBHOOK_ARN = 'arn:aws:secretsmanager:us-east-1:111111111111:secret:chat/waste-webhook-AbCdEf';

function synth(props: WasteScannerProps | ((stack: Stack) => WasteScannerProps) = {}): Template {
  const app = new App({ outdir });
  const stack = new Stack(app, 'Scanner', { env: { account: '111111111111', region: 'us-east-1' } });
  new WasteScanner(stack, 'Scanner', typeof props === 'function' ? props(stack) : props);
  return Template.fromStack(stack);
}

type Json = Record<string, unknown>;
const resolveJoin = (v: unknown): string => {
  // Fn::Join of the definition: literal parts kept, tokens (partition, ARNs) replaced by TOKEN.
  const join = (v as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (!join) return v as string;
  return join[1].map((p) => (typeof p === 'string' ? p : 'TOKEN')).join(join[0]);
};

let template: Template;
let definition: Json;

beforeAll(() => {
  template = synth({ regions: ['us-east-1', 'eu-west-1'], concurrency: 25, toleratedFailurePercentage: 5, retentionDays: 30 });
  const machine = Object.values(template.findResources('AWS::StepFunctions::StateMachine'))[0] as { Properties: Json };
  definition = JSON.parse(resolveJoin(machine.Properties.DefinitionString)) as Json;
}, 300_000);

afterAll(() => {
  forgetStagedAsset();
  rmSync(outdir, { recursive: true, force: true });
  rmSync(privateTmp, { recursive: true, force: true });
  process.env.TMPDIR = sharedTmp;
});

describe('WasteScanner template', () => {
  it('lists, fans out over a Distributed Map reading the item file, then summarizes', () => {
    const states = definition.States as Record<string, Json>;
    expect(definition.StartAt).toBe('ListItems');
    expect(states.ListItems!.Next).toBe('ScanEachAccountRegion');
    const map = states.ScanEachAccountRegion!;
    expect(map.Type).toBe('Map');
    expect(map.Next).toBe('Summarize');
    expect(map.MaxConcurrency).toBe(25);
    expect(map.ToleratedFailurePercentage).toBe(5);
    expect(map.ResultPath).toBeNull();
    const processor = map.ItemProcessor as { ProcessorConfig: Json; StartAt: string; States: Record<string, Json> };
    expect(processor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
    expect(processor.StartAt).toBe('ScanItem');
    const reader = map.ItemReader as { Resource: string; ReaderConfig: Json; Parameters: Json };
    expect(reader.Resource).toBe('arn:TOKEN:states:::s3:getObject');
    expect(reader.ReaderConfig).toEqual({ InputType: 'JSON' });
    expect(reader.Parameters['Key.$']).toBe('$.key');
    expect(map.ItemSelector).toEqual({
      mode: 'scan',
      'runId.$': '$$.Execution.Name',
      'account.$': '$$.Map.Item.Value.account',
      'region.$': '$$.Map.Item.Value.region',
    });
    const scanItem = processor.States.ScanItem!;
    expect(scanItem.Parameters).toEqual({ mode: 'scan', 'runId.$': '$.runId', 'account.$': '$.account', 'region.$': '$.region' });
    expect(states.Summarize!.End).toBe(true);
    expect(states.Summarize!.Parameters).toEqual({ mode: 'summary', 'runId.$': '$$.Execution.Name' });
  });

  it('runs weekly by default through EventBridge Scheduler, or on the schedule given', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(7 days)',
      Target: { Arn: { Ref: Match.stringLikeRegexp('Run') } },
    });
    synth({ schedule: 'cron(0 6 ? * MON *)', accounts: ['222222222222'] }).hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 6 ? * MON *)',
    });
  }, 120_000);

  it('keeps the reports in an encrypted, private, TLS-only bucket that expires them', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [{ ExpirationInDays: 30, Status: 'Enabled' }] },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
  });

  it('grants only reads, except the bucket objects, the topic, the member role and starting its own runs', () => {
    const writes = new Map<string, unknown>();
    const readOnly = /^(organizations:List|s3:Get|s3:List|states:Describe|lambda:InvokeFunction|logs:|xray:)/;
    for (const policy of Object.values(template.findResources('AWS::IAM::Policy')) as { Properties: { PolicyDocument: Json } }[]) {
      for (const st of (policy.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement) {
        for (const action of [st.Action].flat()) if (!readOnly.test(action)) writes.set(action, st.Resource);
      }
    }
    expect([...writes.keys()].sort()).toEqual(
      ['s3:PutObject', 'sns:Publish', 'states:RedriveExecution', 'states:StartExecution', 'states:StopExecution', 'sts:AssumeRole'].sort(),
    );
    expect(JSON.stringify(writes.get('sts:AssumeRole'))).toContain(':iam::*:role/CdkCostScanRole');
    expect(JSON.stringify(writes.get('s3:PutObject'))).toContain('/runs/*');
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'dist/lib/scan/organization/lambda-handler.handler',
      Runtime: 'nodejs22.x',
      Environment: { Variables: Match.objectLike({ SCANNER_ROLE_NAME: 'CdkCostScanRole', SCANNER_REGIONS: 'us-east-1,eu-west-1' }) },
    });
  });

  it('without a budget: no alarm, no metric permission, the topic under the AWS-managed key', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 0);
    template.resourceCountIs('AWS::KMS::Key', 0);
    expect(JSON.stringify(template.findResources('AWS::IAM::Policy'))).not.toContain('cloudwatch:PutMetricData');
    const env = JSON.stringify(template.findResources('AWS::Lambda::Function'));
    expect(env).not.toContain('SCANNER_METRIC_NAMESPACE');
    expect(env).not.toContain('SCANNER_WEBHOOK_SECRET');
  });

  it('with a budget: MonthlyWaste published, an alarm at the budget notifies the topic; a webhook secret read at run time', () => {
    const t = synth((stack) => ({
      budget: 250,
      accountMetrics: true,
      webhookSecret: Secret.fromSecretCompleteArn(stack, 'Hook', WEBHOOK_ARN),
    }));
    const fn = Object.values(t.findResources('AWS::Lambda::Function'))[0] as { Properties: { Environment: { Variables: Json } } };
    const env = fn.Properties.Environment.Variables;
    expect(env).toMatchObject({
      SCANNER_METRIC_NAMESPACE: WASTE_METRIC_NAMESPACE,
      SCANNER_ACCOUNT_METRICS: 'true',
      SCANNER_WEBHOOK_SECRET: WEBHOOK_ARN,
    });
    const topic = Object.keys(t.findResources('AWS::SNS::Topic'))[0]!;
    const key = Object.keys(t.findResources('AWS::KMS::Key'))[0]!;
    t.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'CdkCost/WasteScanner',
      MetricName: METRIC_NAME,
      // The same dimension value the function is told to publish under.
      Dimensions: [{ Name: 'Scanner', Value: env.SCANNER_METRIC_SCANNER }],
      Statistic: 'Maximum',
      Period: 86_400,
      EvaluationPeriods: 1,
      Threshold: 250,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: topic }],
    });
    // A customer-managed key the alarm's publisher, CloudWatch, may use (alias/aws/sns does not let it).
    t.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [key, 'Arn'] } });
    t.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          }),
        ]),
      },
    });
    const statements = Object.values(t.findResources('AWS::IAM::Policy')).flatMap(
      (p) => (p as { Properties: { PolicyDocument: { Statement: Json[] } } }).Properties.PolicyDocument.Statement,
    );
    const metricGrant = statements.filter((st) => [st.Action].flat().includes('cloudwatch:PutMetricData'));
    expect(metricGrant).toEqual([
      {
        Action: 'cloudwatch:PutMetricData',
        Effect: 'Allow',
        Resource: '*',
        Condition: { StringEquals: { 'cloudwatch:namespace': 'CdkCost/WasteScanner' } },
      },
    ]);
    const secretGrant = statements.find((st) => [st.Action].flat().includes('secretsmanager:GetSecretValue'))!;
    expect(secretGrant.Resource).toBe(WEBHOOK_ARN);
    const keyGrant = statements.find((st) => [st.Action].flat().includes('kms:GenerateDataKey*'))!;
    expect(keyGrant.Resource).toEqual({ 'Fn::GetAtt': [key, 'Arn'] });
  });

  it('refuses a budget that is not a non-negative number, and per-account metrics without a budget', () => {
    expect(() => synth({ budget: -5 })).toThrow(/budget must be a number of USD per month, 0 or more \(got -5\)/);
    expect(() => synth({ budget: Number.NaN })).toThrow(/budget must be/);
    expect(() => synth({ accountMetrics: true })).toThrow(/accountMetrics .* give a budget too/);
  });

  it('ships the handler, the snapshot and the packages it imports, and hashes the same on every synth', () => {
    const files = new Set(assetFiles(stageScannerAsset()));
    expect(files.has(HANDLER_FILE)).toBe(true);
    expect(files.has('package.json')).toBe(true);
    expect([...files].some((f) => f.startsWith('pricing/snapshot/'))).toBe(true);
    for (const pkg of ['decimal.js', 'yaml', '@aws-sdk/client-organizations', '@aws-sdk/client-sts', '@aws-sdk/client-s3'])
      expect(files.has(`node_modules/${pkg}/package.json`), pkg).toBe(true);
    expect([...files].filter((f) => f.endsWith('.map') || f.startsWith('node_modules/aws-cdk-lib/'))).toEqual([]);
    const key = (t: Template) =>
      JSON.stringify((Object.values(t.findResources('AWS::Lambda::Function'))[0] as { Properties: { Code: unknown } }).Properties.Code);
    forgetStagedAsset();
    expect(key(synth({ regions: ['us-east-1', 'eu-west-1'] }))).toBe(key(template));
    expect(existsSync(stageScannerAsset())).toBe(true);
  }, 300_000);

  it('removes copies of other versions staged more than a day ago when it stages a new one, and keeps recent ones', () => {
    expect(existsSync(staleStage)).toBe(false);
    expect(existsSync(recentStage)).toBe(true);
  });

  it('deploys the staged files as one zip that other zip readers take: the same files, bytes and modes, 1980 time stamps', () => {
    const dir = stageScannerAsset();
    const zip = stageScannerZip();
    // The function's code is the zip (CDK uploads it as it is), not the directory.
    const code = (Object.values(template.findResources('AWS::Lambda::Function'))[0] as { Properties: { Code: { S3Key: string } } })
      .Properties.Code;
    expect(code.S3Key).toMatch(/\.zip$/);
    // Python's zipfile (the emulator's interpreter is there anyway) checks every entry's CRC and reads the headers.
    const script = [
      'import json, sys, zipfile',
      'z = zipfile.ZipFile(sys.argv[1])',
      'bad = z.testzip()',
      'entries = [[i.filename, oct(i.external_attr >> 16), list(i.date_time), i.file_size] for i in z.infolist()]',
      'print(json.dumps({"bad": bad, "entries": entries}))',
    ].join('\n');
    const run = spawnSync('python3', ['-c', script, zip], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    const { bad, entries } = JSON.parse(run.stdout) as { bad: null | string; entries: [string, string, number[], number][] };
    expect(bad).toBeNull();
    const files = assetFiles(dir);
    expect(entries.map(([name]) => name)).toEqual(files);
    expect(new Set(entries.map(([, , date]) => date.join('-')))).toEqual(new Set(['1980-1-1-0-0-0']));
    expect(new Set(entries.map(([, mode]) => mode)).has('0o100644')).toBe(true);
    for (const [name, mode, , size] of entries) {
      expect(['0o100644', '0o100755'], name).toContain(mode);
      expect(size, name).toBe(statSync(join(dir, name)).size);
    }
  }, 120_000);

  it('the staged handler loads from the asset alone (its own node_modules, outside this repository), in plain node', () => {
    const dir = stageScannerAsset();
    expect(dir.startsWith(tmpdir())).toBe(true);
    // As Lambda loads it: node imports the handler module from the asset directory, nothing else on the path.
    const script = `
      const h = await import(${JSON.stringify(pathToFileURL(join(dir, HANDLER_FILE)).href)});
      const root = await import(${JSON.stringify(pathToFileURL(join(dir, 'dist/lib/package-root.js')).href)});
      const mode = await h.handle({ mode: 'nope', runId: 'r1' }, { bucket: 'b', roleName: 'r', regions: ['all'] }).catch((e) => e.message);
      console.log(JSON.stringify({ mode, handler: typeof h.handler, snapshot: root.bundledSnapshotDir() }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8', env: { PATH: '' } });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      mode: 'WasteScanner handler: unknown mode "nope".',
      handler: 'function',
      snapshot: join(dir, 'pricing', 'snapshot'),
    });
  }, 120_000);
});
