/**
 * A synthetic Cloud Assembly for the load benchmark: N resources in units of 16 that connect the way
 * serverless CDK apps do — API → function, topic → queue → function (batches), bucket notification,
 * dead-letter queues, a table stream, log groups, and IAM grants to this unit's and the two previous
 * units' tables, topics, queues and buckets — about two edges per resource. The usage file states
 * the load once per unit (a flow entry on its API) with ratios on the functions' grants and logs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PER_STACK = 2_000;
const UNIT = 16;

export function generateLoadAssembly(dir: string, resourceCount: number): { usageFile: string } {
  mkdirSync(dir, { recursive: true });
  const artifacts: Record<string, unknown> = {};
  const entries: string[] = [];
  const ratios: string[] = [];
  const stackCount = Math.ceil(resourceCount / PER_STACK);
  for (let s = 0; s < stackCount; s++) {
    const stack = `Load${s}`;
    const resources: Record<string, unknown> = {};
    const units = Math.floor(Math.min(PER_STACK, resourceCount - s * PER_STACK) / UNIT);
    for (let u = 0; u < units; u++) {
      const id = (name: string, unit = u) => `U${unit}${name}`;
      const put = (name: string, type: string, properties: Record<string, unknown>) => {
        resources[id(name)] = { Type: type, Properties: properties, Metadata: { 'aws:cdk:path': `${stack}/U${u}/${name}/Resource` } };
      };
      const ref = (name: string, unit = u) => ({ Ref: id(name, unit) });
      const arn = (name: string, unit = u) => ({ 'Fn::GetAtt': [id(name, unit), 'Arn'] });
      const targets = [u, u - 1, u - 2].filter((x) => x >= 0);
      put('Api', 'AWS::ApiGateway::RestApi', {});
      put('Method', 'AWS::ApiGateway::Method', {
        RestApiId: ref('Api'),
        HttpMethod: 'POST',
        Integration: {
          Type: 'AWS_PROXY',
          Uri: { 'Fn::Join': ['', ['arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/', arn('FnA'), '/invocations']] },
        },
      });
      put('Role', 'AWS::IAM::Role', { AssumeRolePolicyDocument: {} });
      put('FnA', 'AWS::Lambda::Function', {
        MemorySize: 512,
        Architectures: ['arm64'],
        Role: arn('Role'),
        LoggingConfig: { LogGroup: ref('LogA') },
        DeadLetterConfig: { TargetArn: arn('Dlq') },
      });
      put('LogA', 'AWS::Logs::LogGroup', { RetentionInDays: 30 });
      put('FnB', 'AWS::Lambda::Function', {
        MemorySize: 1024,
        Architectures: ['arm64'],
        Role: arn('Role'),
        LoggingConfig: { LogGroup: ref('LogB') },
      });
      put('LogB', 'AWS::Logs::LogGroup', { RetentionInDays: 30 });
      put('Topic', 'AWS::SNS::Topic', {});
      put('Queue', 'AWS::SQS::Queue', { RedrivePolicy: { deadLetterTargetArn: arn('Dlq'), maxReceiveCount: 3 } });
      put('Dlq', 'AWS::SQS::Queue', {});
      put('Sub', 'AWS::SNS::Subscription', { TopicArn: ref('Topic'), Endpoint: arn('Queue'), Protocol: 'sqs' });
      put('Esm', 'AWS::Lambda::EventSourceMapping', { EventSourceArn: arn('Queue'), FunctionName: ref('FnB'), BatchSize: 10 });
      put('Table', 'AWS::DynamoDB::Table', { BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamViewType: 'NEW_IMAGE' } });
      put('Stream', 'AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [id('Table'), 'StreamArn'] },
        FunctionName: ref('FnB'),
        BatchSize: 100,
      });
      put('Bucket', 'AWS::S3::Bucket', {
        NotificationConfiguration: { TopicConfigurations: [{ Event: 's3:ObjectCreated:*', Topic: ref('Topic') }] },
        LifecycleConfiguration: { Rules: [{ Status: 'Enabled', ExpirationInDays: 30 }] },
      });
      put('Policy', 'AWS::IAM::Policy', {
        Roles: [ref('Role')],
        PolicyDocument: {
          Statement: targets.flatMap((t) => [
            { Effect: 'Allow', Action: ['dynamodb:PutItem', 'dynamodb:GetItem'], Resource: arn('Table', t) },
            { Effect: 'Allow', Action: 'sns:Publish', Resource: ref('Topic', t) },
            { Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'], Resource: arn('Queue', t) },
            { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: { 'Fn::Join': ['', [arn('Bucket', t), '/*']] } },
          ]),
        },
      });
      entries.push(`        ${stack}/U${u}/Api: 1`);
      // The API's function writes (no cycle: nothing feeds it but the API); the queue's function only reads.
      ratios.push(`    ${stack}/U${u}/FnA -> ${stack}: { writesPerInvocation: 1, kbPerInvocation: 2 }`);
      ratios.push(`    ${stack}/U${u}/FnB -> ${stack}: { readsPerRecord: 1, kbPerInvocation: 1 }`);
      ratios.push(`    ${stack}/U${u}/Bucket: { objectSizeGB: 0.001 }`);
    }
    writeFileSync(join(dir, `${stack}.template.json`), JSON.stringify({ Resources: resources }));
    artifacts[stack] = {
      type: 'aws:cloudformation:stack',
      environment: 'aws://unknown-account/us-east-1',
      properties: { templateFile: `${stack}.template.json` },
      displayName: stack,
    };
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '55.0.0', artifacts }));
  const usage = [
    'version: 1',
    'load:',
    '  flows:',
    '    requests:',
    '      perMonth: 1000000',
    '      entries:',
    ...entries,
    '  ratios:',
    ...ratios,
    'defaults:',
    '  AWS::Lambda::Function: { avgDurationMs: 120 }',
  ];
  const usageFile = join(dir, 'usage.yml');
  writeFileSync(usageFile, usage.join('\n') + '\n');
  return { usageFile };
}
