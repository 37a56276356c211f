/**
 * A synthetic Cloud Assembly of N resources, shaped like real CDK output: one stack per 2,000
 * resources, a mix of priced, free and usage-bearing types, aws:cdk:path metadata, tree.json,
 * and a usage file giving every usage-bearing resource its load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Shape {
  type: string;
  construct: string;
  properties: (i: number) => Record<string, unknown>;
  usage?: Record<string, number>;
}

/** A repeating unit of twelve resources — roughly the mix of a serverless CDK app. */
const UNIT: Shape[] = [
  {
    type: 'AWS::Lambda::Function',
    construct: 'Handler',
    properties: () => ({ MemorySize: 512, Architectures: ['arm64'], Runtime: 'nodejs22.x' }),
    usage: { monthlyRequests: 1_000_000, avgDurationMs: 120 },
  },
  { type: 'AWS::IAM::Role', construct: 'HandlerRole', properties: () => ({ AssumeRolePolicyDocument: {} }) },
  { type: 'AWS::IAM::Policy', construct: 'HandlerPolicy', properties: () => ({ PolicyDocument: {} }) },
  { type: 'AWS::Logs::LogGroup', construct: 'HandlerLogs', properties: () => ({ RetentionInDays: 30 }), usage: { monthlyIngestedGB: 2 } },
  { type: 'AWS::SQS::Queue', construct: 'Queue', properties: () => ({ VisibilityTimeout: 60 }), usage: { monthlyRequests: 3_000_000 } },
  { type: 'AWS::SQS::QueuePolicy', construct: 'QueuePolicy', properties: () => ({}) },
  {
    type: 'AWS::S3::Bucket',
    construct: 'Bucket',
    properties: () => ({}),
    usage: { storageGB: 250, monthlyPutRequests: 100_000, monthlyGetRequests: 1_000_000 },
  },
  {
    type: 'AWS::DynamoDB::Table',
    construct: 'Table',
    properties: () => ({ BillingMode: 'PAY_PER_REQUEST' }),
    usage: { monthlyWriteRequestUnits: 2_000_000, monthlyReadRequestUnits: 6_000_000, storageGB: 20 },
  },
  { type: 'AWS::SNS::Topic', construct: 'Topic', properties: () => ({}), usage: { monthlyRequests: 500_000 } },
  { type: 'AWS::Lambda::Permission', construct: 'Permission', properties: () => ({}) },
  { type: 'AWS::EC2::SecurityGroup', construct: 'SecurityGroup', properties: () => ({}) },
  { type: 'AWS::ApiGateway::RestApi', construct: 'Api', properties: () => ({}), usage: { monthlyRequests: 1_000_000 } },
];

const PER_STACK = 2_000;

/**
 * `perResource`: one usage entry per usage-bearing resource (the worst case for the usage file);
 * otherwise type defaults plus an entry per service construct, as a large app's usage file reads.
 */
export function generateAssembly(
  dir: string,
  resourceCount: number,
  usageShape: 'perResource' | 'defaults' = 'perResource',
): { usageFile: string } {
  mkdirSync(dir, { recursive: true });
  const artifacts: Record<string, unknown> = {};
  const treeStacks: Record<string, unknown> = {};
  const usageLines = ['version: 1', 'resources:'];
  const stackCount = Math.ceil(resourceCount / PER_STACK);
  for (let s = 0; s < stackCount; s++) {
    const stackName = `Bench${s}`;
    const resources: Record<string, unknown> = {};
    const constructs: Record<string, unknown> = {};
    const inStack = Math.min(PER_STACK, resourceCount - s * PER_STACK);
    for (let i = 0; i < inStack; i++) {
      const shape = UNIT[i % UNIT.length]!;
      const service = `Service${Math.floor(i / UNIT.length)}`;
      const constructPath = `${stackName}/${service}/${shape.construct}`;
      const path = `${constructPath}/Resource`;
      const logicalId = `${service}${shape.construct}${((i * 2654435761) >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
      resources[logicalId] = { Type: shape.type, Properties: shape.properties(i), Metadata: { 'aws:cdk:path': path } };
      const serviceNode = (constructs[service] ??= {
        id: service,
        path: `${stackName}/${service}`,
        constructInfo: { fqn: 'constructs.Construct' },
        children: {},
      }) as { children: Record<string, unknown> };
      serviceNode.children[shape.construct] = {
        id: shape.construct,
        path: constructPath,
        constructInfo: { fqn: 'aws-cdk-lib.Resource' },
        children: {
          Resource: {
            id: 'Resource',
            path,
            constructInfo: { fqn: 'aws-cdk-lib.CfnResource' },
            attributes: { 'aws:cdk:cloudformation:type': shape.type, 'aws:cdk:cloudformation:logicalId': logicalId },
          },
        },
      };
      if (shape.usage && usageShape === 'perResource') {
        usageLines.push(`  ${constructPath}:`);
        for (const [k, v] of Object.entries(shape.usage)) usageLines.push(`    ${k}: ${v}`);
      }
    }
    writeFileSync(join(dir, `${stackName}.template.json`), JSON.stringify({ Resources: resources }));
    artifacts[stackName] = {
      type: 'aws:cloudformation:stack',
      environment: 'aws://unknown-account/us-east-1',
      properties: { templateFile: `${stackName}.template.json` },
      displayName: stackName,
    };
    treeStacks[stackName] = { id: stackName, path: stackName, constructInfo: { fqn: 'aws-cdk-lib.Stack' }, children: constructs };
  }
  artifacts.Tree = { type: 'cdk:tree', properties: { file: 'tree.json' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '55.0.0', artifacts }));
  writeFileSync(join(dir, 'tree.json'), JSON.stringify({ version: 'tree-0.1', tree: { id: 'App', path: '', children: treeStacks } }));
  if (usageShape === 'defaults') {
    // Every type's load as a default, and one service in ten given its own (higher) request count.
    usageLines.splice(
      1,
      0,
      'defaults:',
      ...UNIT.filter((u) => u.usage).flatMap((u) => [`  ${u.type}:`, ...Object.entries(u.usage!).map(([k, v]) => `    ${k}: ${v}`)]),
    );
    for (let s = 0; s < stackCount; s++) {
      const services = Math.floor(Math.min(PER_STACK, resourceCount - s * PER_STACK) / UNIT.length);
      for (let i = 0; i < services; i += 10) usageLines.push(`  Bench${s}/Service${i}/Handler: { monthlyRequests: 5000000 }`);
    }
  }
  const usageFile = join(dir, 'usage.yml');
  writeFileSync(usageFile, usageLines.join('\n') + '\n');
  return { usageFile };
}
