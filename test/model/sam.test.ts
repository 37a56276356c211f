/**
 * SAM (Transform AWS::Serverless-2016-10-31): each AWS::Serverless::* resource becomes what the
 * transform creates, under SAM's logical ids and below the SAM resource's path, and is priced as
 * that; usage keyed by the SAM logical id reaches everything it generated.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { architectureOf, component, priceInline, resource } from '../resources/price-inline.js';
import { cli } from '../support/cli.js';
import { fixtureAssembly } from '../support/example-assembly.js';
import { CORPUS_DIR, requireShared } from '../support/paths.js';

const SAM = 'Transform: AWS::Serverless-2016-10-31\n';

function generated(templateText: string, options: { parameters?: Record<string, string> } = {}) {
  const architecture = architectureOf(templateText, options);
  const resources = architecture.stacks[0]!.resources;
  const byId = (id: string) => {
    const r = resources.find((x) => x.logicalId === id);
    if (!r) throw new Error(`no ${id}; have ${resources.map((x) => x.logicalId).join(', ')}`);
    return r;
  };
  return { architecture, resources, byId, ids: resources.map((r) => `${r.type} ${r.logicalId}`).sort() };
}

describe('AWS::Serverless::Function', () => {
  it('becomes the function, its role, and what each event creates, named as SAM names them', () => {
    const { ids, byId } = generated(`${SAM}
Resources:
  Jobs: { Type: AWS::SQS::Queue }
  Uploads: { Type: AWS::S3::Bucket }
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/
      MemorySize: 1024
      Architectures: [arm64]
      Events:
        Get: { Type: Api, Properties: { Path: /items, Method: get } }
        Post: { Type: HttpApi, Properties: { Path: /items, Method: post } }
        Queue: { Type: SQS, Properties: { Queue: !GetAtt Jobs.Arn, BatchSize: 10 } }
        Nightly: { Type: Schedule, Properties: { Schedule: rate(1 day) } }
        Upload: { Type: S3, Properties: { Bucket: !Ref Uploads, Events: s3:ObjectCreated:* } }
`);
    expect(ids).toEqual([
      expect.stringMatching(/^AWS::ApiGateway::Deployment ServerlessRestApiDeployment[0-9a-f]{10}$/),
      'AWS::ApiGateway::RestApi ServerlessRestApi',
      'AWS::ApiGateway::Stage ServerlessRestApiProdStage',
      'AWS::ApiGatewayV2::Api ServerlessHttpApi',
      'AWS::ApiGatewayV2::Stage ServerlessHttpApiApiGatewayDefaultStage',
      'AWS::Events::Rule WorkerNightly',
      'AWS::IAM::Role WorkerRole',
      'AWS::Lambda::EventSourceMapping WorkerQueue',
      'AWS::Lambda::Function Worker',
      'AWS::Lambda::Permission WorkerGetPermissionProd',
      'AWS::Lambda::Permission WorkerNightlyPermission',
      'AWS::Lambda::Permission WorkerPostPermission',
      'AWS::Lambda::Permission WorkerUploadPermission',
      'AWS::S3::Bucket Uploads',
      'AWS::SQS::Queue Jobs',
    ]);
    const fn = byId('Worker');
    expect(fn.properties).toMatchObject({ MemorySize: 1024, Architectures: ['arm64'], Role: { 'Fn::GetAtt': ['WorkerRole', 'Arn'] } });
    expect(fn.path).toBe('Inline/Worker/Worker');
    expect(byId('WorkerRole').path).toBe('Inline/Worker/WorkerRole');
    expect(byId('WorkerRole').generatedFrom).toEqual({ logicalId: 'Worker', type: 'AWS::Serverless::Function' });
    expect(byId('ServerlessRestApi').path).toBe('Inline/ServerlessRestApi/ServerlessRestApi');
    expect(byId('WorkerQueue').properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': ['Jobs', 'Arn'] },
      BatchSize: 10,
      FunctionName: { Ref: 'Worker' },
    });
    expect(byId('WorkerNightly').properties).toMatchObject({ ScheduleExpression: 'rate(1 day)' });
    // SAM writes S3 events into the bucket's notification configuration.
    expect(byId('Uploads').properties).toMatchObject({
      NotificationConfiguration: { LambdaConfigurations: [{ Event: 's3:ObjectCreated:*', Function: { 'Fn::GetAtt': ['Worker', 'Arn'] } }] },
    });
    expect(byId('Uploads').generatedFrom).toBeUndefined();
  });

  it('merges Globals (scalars: the resource wins; maps merge; lists concatenate)', () => {
    const { byId } = generated(`${SAM}
Globals:
  Function:
    MemorySize: 512
    Timeout: 10
    Environment: { Variables: { STAGE: prod, TABLE: t } }
    Layers: [arn:aws:lambda:us-east-1:123456789012:layer:base:1]
Resources:
  A: { Type: AWS::Serverless::Function, Properties: { Runtime: python3.13, Handler: a.h, InlineCode: x, MemorySize: 2048, \
Environment: { Variables: { TABLE: mine } }, Layers: [arn:aws:lambda:us-east-1:123456789012:layer:own:2] } }
  B: { Type: AWS::Serverless::Function, Properties: { Runtime: python3.13, Handler: b.h, InlineCode: y } }
`);
    expect(byId('A').properties).toMatchObject({
      MemorySize: 2048,
      Timeout: 10,
      Environment: { Variables: { STAGE: 'prod', TABLE: 'mine' } },
      Layers: ['arn:aws:lambda:us-east-1:123456789012:layer:base:1', 'arn:aws:lambda:us-east-1:123456789012:layer:own:2'],
      Code: { ZipFile: 'x' },
    });
    expect(byId('B').properties).toMatchObject({ MemorySize: 512, Timeout: 10 });
  });

  it('AutoPublishAlias puts provisioned concurrency on the alias, and events invoke the alias', () => {
    const { byId, ids } = generated(`${SAM}
Parameters:
  Alias: { Type: String, Default: live }
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: s3://artifacts/fn.zip
      AutoPublishAlias: !Ref Alias
      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 5 }
      FunctionUrlConfig: { AuthType: NONE }
      Events:
        Jobs: { Type: SQS, Properties: { Queue: arn:aws:sqs:us-east-1:123456789012:jobs } }
`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'AWS::Lambda::Alias FnAliaslive',
        'AWS::Lambda::Url FnUrl',
        'AWS::Lambda::Permission FnUrlPublicPermissions',
      ]),
    );
    expect(ids.some((id) => /^AWS::Lambda::Version FnVersion[0-9a-f]{10}$/.test(id))).toBe(true);
    expect(byId('FnAliaslive').properties).toMatchObject({
      Name: 'live',
      FunctionName: { Ref: 'Fn' },
      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 5 },
    });
    expect(byId('FnJobs').properties).toMatchObject({ FunctionName: { Ref: 'FnAliaslive' } });
    expect(byId('Fn').properties).toMatchObject({ Code: { S3Bucket: 'artifacts', S3Key: 'fn.zip' } });
  });

  it('prices the provisioned concurrency SAM puts on the alias, on the function', async () => {
    const estimate = await priceInline(`${SAM}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: nodejs22.x, Handler: i.h, InlineCode: x, MemorySize: 1024, AutoPublishAlias: live, \
ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 5 } }
`);
    const fn = resource(estimate, 'Fn');
    expect(fn.status).toBe('priced');
    expect(component(fn, 'Provisioned concurrency (5 ×').status).toBe('priced');
    expect(resource(estimate, 'FnAliaslive').status).toBe('free');
  });

  it('an SNS event with SqsSubscription creates the queue in between (a billed resource)', () => {
    const { ids } = generated(`${SAM}
Resources:
  Topic: { Type: AWS::SNS::Topic }
  Fn: { Type: AWS::Serverless::Function, Properties: { Runtime: nodejs22.x, Handler: i.h, InlineCode: x, Events: { Fan: { Type: SNS, \
Properties: { Topic: !Ref Topic, SqsSubscription: true } } } } }
`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'AWS::SQS::Queue FnFanQueue',
        'AWS::SQS::QueuePolicy FnFanQueuePolicy',
        'AWS::SNS::Subscription FnFan',
        'AWS::Lambda::EventSourceMapping FnFanEventSourceMapping',
      ]),
    );
  });

  it('keeps the Condition on everything it generates; the implicit API exists when any user does', () => {
    const { architecture, ids } = generated(`${SAM}
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Equals [!Ref Env, dev]
Resources:
  ProdFn: { Type: AWS::Serverless::Function, Condition: IsProd, Properties: { Runtime: nodejs22.x, Handler: i.h, InlineCode: x, \
Events: { A: { Type: Api, Properties: { Path: /, Method: get } } } } }
  DevFn: { Type: AWS::Serverless::Function, Condition: IsDev, Properties: { Runtime: nodejs22.x, Handler: i.h, InlineCode: x, \
Events: { A: { Type: Api, Properties: { Path: /d, Method: get } } } } }
`);
    expect(architecture.stacks[0]!.skippedByCondition.sort()).toEqual(['ProdFn', 'ProdFnAPermissionProd', 'ProdFnRole']);
    expect(ids).toEqual(expect.arrayContaining(['AWS::Lambda::Function DevFn', 'AWS::ApiGateway::RestApi ServerlessRestApi']));
  });
});

describe('the other SAM resource types', () => {
  it(
    'SimpleTable: on-demand unless ProvisionedThroughput; Api: a stage with its cache; HttpApi; StateMachine; LayerVersion; ' +
      'Application',
    () => {
      const { ids, byId } = generated(`${SAM}
Globals:
  Api: { CacheClusterEnabled: true }
Resources:
  OnDemand: { Type: AWS::Serverless::SimpleTable }
  Provisioned: { Type: AWS::Serverless::SimpleTable, Properties: { PrimaryKey: { Name: pk, Type: Number }, \
ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 2 } } }
  Rest: { Type: AWS::Serverless::Api, Properties: { StageName: v1, CacheClusterSize: '1.6' } }
  Http: { Type: AWS::Serverless::HttpApi }
  Flow:
    Type: AWS::Serverless::StateMachine
    Properties:
      Type: EXPRESS
      Definition: { StartAt: Done, States: { Done: { Type: Pass, End: true } } }
      Events: { Tick: { Type: Schedule, Properties: { Schedule: rate(5 minutes) } } }
  Libs: { Type: AWS::Serverless::LayerVersion, Properties: { ContentUri: layer/ } }
  Nested: { Type: AWS::Serverless::Application, \
Properties: { Location: { ApplicationId: arn:aws:serverlessrepo:us-east-1:123456789012:applications/x, SemanticVersion: 1.0.0 } } }
`);
      expect(byId('OnDemand').properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      });
      expect(byId('Provisioned').properties).toMatchObject({
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 2 },
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'N' }],
      });
      expect(byId('Provisioned').properties.BillingMode).toBeUndefined();
      expect(byId('Restv1Stage').properties).toMatchObject({ StageName: 'v1', CacheClusterEnabled: true, CacheClusterSize: '1.6' });
      expect(byId('HttpApiGatewayDefaultStage').type).toBe('AWS::ApiGatewayV2::Stage');
      expect(byId('Flow').properties).toMatchObject({ StateMachineType: 'EXPRESS', RoleArn: { 'Fn::GetAtt': ['FlowRole', 'Arn'] } });
      expect(ids).toEqual(
        expect.arrayContaining([
          'AWS::Events::Rule FlowTick',
          'AWS::IAM::Role FlowTickRole',
          'AWS::IAM::Role FlowRole',
          'AWS::CloudFormation::Stack Nested',
        ]),
      );
      expect(ids.some((id) => /^AWS::Lambda::LayerVersion Libs[0-9a-f]{10}$/.test(id))).toBe(true);
    },
  );

  it('prices them as what they became: the API cache, the provisioned table, and the application listed as unsupported', async () => {
    const estimate = await priceInline(`${SAM}
Resources:
  Rest: { Type: AWS::Serverless::Api, Properties: { StageName: prod, CacheClusterEnabled: true, CacheClusterSize: '0.5' } }
  Table: { Type: AWS::Serverless::SimpleTable, Properties: { ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } } }
  Nested: { Type: AWS::Serverless::Application, \
Properties: { Location: { ApplicationId: arn:aws:serverlessrepo:us-east-1:123456789012:applications/x, SemanticVersion: 2.1.0 } } }
`);
    expect(resource(estimate, 'RestprodStage').status).toBe('priced');
    expect(component(resource(estimate, 'RestprodStage'), 'Cache cluster').quantity).toBe('730');
    expect(component(resource(estimate, 'Table'), 'Provisioned read capacity').quantity).toBe('3650');
    const nested = resource(estimate, 'Nested');
    expect(nested.status).toBe('unsupported');
    expect(nested.reason).toMatch(/^a nested application from the AWS Serverless Application Repository \(arn:aws:serverlessrepo:/);
    expect(nested.reason).toMatch(/applications\/x, version 2\.1\.0\).*not priced/);
  });

  it('says what it does not expand, instead of dropping it', () => {
    const { architecture } = generated(`${SAM}
Resources:
  Fn: { Type: AWS::Serverless::Function, Properties: { Runtime: nodejs22.x, Handler: i.h, InlineCode: x, \
Events: { Odd: { Type: SomethingNew, Properties: {} } } } }
`);
    expect(architecture.warnings.join('\n')).toMatch(/Fn: event "Odd" of type SomethingNew is not expanded by cdk-cost/);
  });
});

describe('SAM templates of the corpus, through the CLI', () => {
  requireShared();
  const template = join(CORPUS_DIR, 'aws-samples__serverless-patterns/apigw-lambda-dynamodb/template.yaml');

  async function estimate(...args: string[]): Promise<Estimate> {
    const result = await cli('estimate', ...args, '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Estimate;
  }

  it('apigw-lambda-dynamodb: function + role + implicit REST API + on-demand table, rolled up to the SAM resources', async () => {
    const e = await estimate(template);
    expect(e.resources.map((r) => `${r.path} ${r.status}`).sort()).toEqual([
      'apigw-lambda-dynamodb/DynamoDBTable/DynamoDBTable usage-missing',
      'apigw-lambda-dynamodb/LambdaFunction/LambdaFunction usage-missing',
      'apigw-lambda-dynamodb/LambdaFunction/LambdaFunctionApiEventPermissionProd free',
      'apigw-lambda-dynamodb/LambdaFunction/LambdaFunctionRole free',
      'apigw-lambda-dynamodb/ServerlessRestApi/ServerlessRestApi usage-missing',
      expect.stringMatching(/^apigw-lambda-dynamodb\/ServerlessRestApi\/ServerlessRestApiDeployment[0-9a-f]{10} free$/),
      'apigw-lambda-dynamodb/ServerlessRestApi/ServerlessRestApiProdStage free',
    ]);
    expect(e.constructs.find((c) => c.path === 'apigw-lambda-dynamodb/LambdaFunction')?.fqn).toBe('AWS::Serverless::Function');
    expect(resource(e, 'DynamoDBTable').components.map((c) => c.name)).toEqual(['Write request units', 'Read request units', 'Storage']);
  });

  it('usage keyed by the SAM logical ids reaches the generated resources', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-sam-'));
    const usage = join(dir, 'usage.yml');
    writeFileSync(
      usage,
      [
        'version: 1',
        'resources:',
        '  LambdaFunction: { monthlyRequests: 2000000, avgDurationMs: 120 }',
        '  ServerlessRestApi: { monthlyRequests: 2000000 }',
        '  apigw-lambda-dynamodb/DynamoDBTable: { monthlyWriteRequestUnits: 2000000, monthlyReadRequestUnits: 0, storageGB: 1 }',
        '',
      ].join('\n'),
    );
    const e = await estimate(template, '--usage', usage);
    const fn = resource(e, 'LambdaFunction');
    expect(fn.status).toBe('priced');
    expect(component(fn, 'Requests').quantity).toBe('2000000');
    expect(component(fn, 'Requests').usage?.monthlyRequests?.origin).toContain('LambdaFunction');
    expect(component(resource(e, 'ServerlessRestApi'), 'REST API requests').quantity).toBe('2000000');
    expect(component(resource(e, 'DynamoDBTable'), 'Write request units').quantity).toBe('2000000');
    expect(e.summary.usageMissing).toBe(0);
  });

  it('a usage entry for the SAM function also reaches what its events generated (the enclosing construct)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-sam-'));
    const templateFile = join(dir, 'scheduled.yaml');
    writeFileSync(
      templateFile,
      `${SAM}
Resources:
  Fn: { Type: AWS::Serverless::Function, Properties: { Runtime: nodejs22.x, Handler: i.h, InlineCode: x, Events: { Fan: { Type: SNS, \
Properties: { Topic: arn:aws:sns:us-east-1:123456789012:t, SqsSubscription: true } } } } }
`,
    );
    const usage = join(dir, 'usage.yml');
    writeFileSync(usage, 'version: 1\nresources:\n  Fn: { monthlyRequests: 1000, avgDurationMs: 100 }\n');
    const e = await estimate(templateFile, '--usage', usage);
    // The queue SAM put between the topic and the function reads monthlyRequests too: it is under Fn.
    expect(component(resource(e, 'FnFanQueue'), 'Standard requests').quantity).toBe('1000');
    expect(component(resource(e, 'Fn'), 'Requests').quantity).toBe('1000');
  });
});

describe('SAM resources in a CDK app (aws-cdk-lib/aws-sam)', () => {
  it('are expanded the same way, below the construct the user wrote', async () => {
    // The app's assembly, cached while the app is unchanged: expansion happens when it is read.
    const result = await cli('estimate', await fixtureAssembly('sam-in-cdk'), '--format', 'json');
    expect(result.code).toBe(0);
    const e = JSON.parse(result.stdout) as Estimate;
    expect(e.resources.map((r) => `${r.type} ${r.path} ${r.owner}`).sort()).toEqual([
      'AWS::ApiGatewayV2::Api SamInCdk/ServerlessHttpApi/ServerlessHttpApi SamInCdk/ServerlessHttpApi',
      'AWS::ApiGatewayV2::Stage SamInCdk/ServerlessHttpApi/ServerlessHttpApiApiGatewayDefaultStage SamInCdk/ServerlessHttpApi',
      'AWS::DynamoDB::Table SamInCdk/Items/Items SamInCdk/Items',
      'AWS::IAM::Role SamInCdk/Api/ApiRole SamInCdk/Api',
      'AWS::Lambda::Function SamInCdk/Api/Api SamInCdk/Api',
      'AWS::Lambda::Permission SamInCdk/Api/ApiGetPermission SamInCdk/Api',
    ]);
    expect(component(resource(e, 'Api'), 'Duration').name).toBe('Duration (256 MB)');
    expect(e.constructs.find((c) => c.path === 'SamInCdk/Api')?.fqn).toBe('aws-cdk-lib.aws_sam.CfnFunction');
  });
});
