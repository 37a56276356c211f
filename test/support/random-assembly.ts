/**
 * Small random-ish Cloud Assemblies, the same for the same seed: one to three stacks in regions
 * where some previous-generation prices are missing, resources directly in a stack or one or two
 * constructs deep, mixing priced, usage-missing (or given, sometimes enough to cross price tiers),
 * free, unsupported and partly priced resources — what the totals invariant is checked against.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny deterministic generator (the same assemblies on every run and machine). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

interface Shape {
  kind: 'priced' | 'usage' | 'free' | 'unsupported' | 'partly';
  type: string;
  properties: (rng: Rng) => Record<string, unknown>;
  /** Usage the file may give (values scaled at random); absent keys stay "usage missing". */
  usage?: (rng: Rng) => Record<string, number>;
}

const SHAPES: Shape[] = [
  { kind: 'priced', type: 'AWS::EC2::NatGateway', properties: () => ({ SubnetId: 'subnet-1' }) },
  { kind: 'priced', type: 'AWS::EC2::EIP', properties: () => ({}) },
  { kind: 'priced', type: 'AWS::KMS::Key', properties: () => ({ KeyPolicy: {} }) },
  { kind: 'priced', type: 'AWS::SecretsManager::Secret', properties: () => ({}) },
  {
    kind: 'priced',
    type: 'AWS::CloudWatch::Alarm',
    properties: () => ({
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanThreshold',
    }),
  },
  {
    kind: 'priced',
    type: 'AWS::DynamoDB::Table',
    properties: (r) => ({
      BillingMode: 'PROVISIONED',
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      ProvisionedThroughput: { ReadCapacityUnits: 1 + Math.floor(r() * 50), WriteCapacityUnits: 1 + Math.floor(r() * 20) },
    }),
  },
  {
    kind: 'priced',
    type: 'AWS::EC2::Instance',
    properties: (r) => ({ InstanceType: pick(r, ['t3.micro', 'm5.large', 'c6g.xlarge']), SubnetId: 'subnet-1' }),
  },
  {
    kind: 'priced',
    type: 'AWS::RDS::DBInstance',
    properties: (r) => ({
      Engine: 'mysql',
      DBInstanceClass: pick(r, ['db.t3.micro', 'db.m5.large']),
      AllocatedStorage: 20 + Math.floor(r() * 200),
    }),
  },
  {
    kind: 'usage',
    type: 'AWS::Lambda::Function',
    properties: (r) => ({
      Runtime: 'nodejs22.x',
      Handler: 'i.h',
      MemorySize: pick(r, [128, 512, 1769]),
      Architectures: [pick(r, ['arm64', 'x86_64'])],
    }),
    usage: (r) => ({ monthlyRequests: Math.floor(r() * 50_000_000), avgDurationMs: 1 + Math.floor(r() * 900) }),
  },
  { kind: 'usage', type: 'AWS::SQS::Queue', properties: () => ({}), usage: (r) => ({ monthlyRequests: Math.floor(r() * 3_000_000_000) }) },
  // Sometimes past the first S3 storage tier (50 TB), so tier lines show.
  {
    kind: 'usage',
    type: 'AWS::S3::Bucket',
    properties: () => ({}),
    usage: (r) => ({
      storageGB: Math.floor(r() * 700_000),
      monthlyPutRequests: Math.floor(r() * 10_000_000),
      monthlyGetRequests: Math.floor(r() * 100_000_000),
    }),
  },
  { kind: 'usage', type: 'AWS::SNS::Topic', properties: () => ({}), usage: (r) => ({ monthlyRequests: Math.floor(r() * 20_000_000) }) },
  {
    kind: 'usage',
    type: 'AWS::DynamoDB::Table',
    properties: () => ({ BillingMode: 'PAY_PER_REQUEST', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] }),
    usage: (r) => ({
      monthlyWriteRequestUnits: Math.floor(r() * 1e8),
      monthlyReadRequestUnits: Math.floor(r() * 1e9),
      storageGB: Math.floor(r() * 500),
    }),
  },
  {
    kind: 'usage',
    type: 'AWS::Logs::LogGroup',
    properties: (r) => ({ RetentionInDays: pick(r, [7, 30, 365]) }),
    usage: (r) => ({ monthlyIngestedGB: Math.floor(r() * 300) }),
  },
  { kind: 'free', type: 'AWS::IAM::Role', properties: () => ({ AssumeRolePolicyDocument: {} }) },
  { kind: 'free', type: 'AWS::EC2::SecurityGroup', properties: () => ({ GroupDescription: 'sg' }) },
  { kind: 'free', type: 'AWS::SQS::QueuePolicy', properties: () => ({ PolicyDocument: {}, Queues: [] }) },
  { kind: 'unsupported', type: 'AWS::CodeBuild::Project', properties: () => ({}) },
  { kind: 'unsupported', type: 'AWS::Example::Gadget', properties: () => ({}) },
  { kind: 'unsupported', type: 'AWS::AppSync::GraphQLApi', properties: () => ({ Name: 'api', AuthenticationType: 'API_KEY' }) },
  // Partly priced: the instance hours (or io1 storage, or a previous-generation class outside the
  // regions that list it) have no price while the rest does.
  {
    kind: 'partly',
    type: 'AWS::EC2::Instance',
    properties: (r) => ({
      InstanceType: pick(r, ['x9.nonexistent', 't2.small', 'm3.medium']),
      SubnetId: 'subnet-1',
      Monitoring: r() < 0.5,
    }),
  },
  {
    kind: 'partly',
    type: 'AWS::OpenSearchService::Domain',
    properties: (r) => ({
      ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 1 + Math.floor(r() * 3) },
      EBSOptions: { EBSEnabled: true, VolumeType: 'io1', VolumeSize: 100, Iops: 3000 },
    }),
  },
  {
    kind: 'partly',
    type: 'AWS::RDS::DBInstance',
    properties: () => ({ Engine: 'mysql', DBInstanceClass: 'db.t2.small', AllocatedStorage: 50 }),
  },
];

const REGIONS = ['us-east-1', 'eu-west-1', 'eu-north-1'] as const;

export interface GeneratedAssembly {
  dir: string;
  /** The usage file, when the assembly has one. */
  usageFile?: string;
}

/** Writes assembly number `seed` under `root`. */
export function generateRandomAssembly(root: string, seed: number): GeneratedAssembly {
  const rng = random(seed * 7919 + 1);
  const dir = join(root, `assembly-${seed}`);
  mkdirSync(dir, { recursive: true });
  const artifacts: Record<string, unknown> = {};
  const treeStacks: Record<string, unknown> = {};
  const usage: string[] = [];
  const stackCount = 1 + Math.floor(rng() * 3);
  for (let s = 0; s < stackCount; s++) {
    const stack = `Stack${seed}x${s}`;
    const resources: Record<string, unknown> = {};
    const children: Record<string, TreeNode> = {};
    const count = 3 + Math.floor(rng() * 12);
    for (let i = 0; i < count; i++) {
      const shape = pick(rng, SHAPES);
      const logicalId = `R${i}${shape.type.split('::')[2]}`;
      // Directly in the stack (a plain CfnResource), or in a construct one or two levels deep.
      const depth = Math.floor(rng() * 3);
      const constructs = depth === 0 ? [] : [`Service${Math.floor(rng() * 3)}`, ...(depth === 2 ? [`Part${Math.floor(rng() * 2)}`] : [])];
      const owner = [stack, ...constructs, logicalId].join('/');
      const path = depth === 0 ? owner : `${owner}/Resource`;
      resources[logicalId] = { Type: shape.type, Properties: shape.properties(rng), Metadata: { 'aws:cdk:path': path } };
      let node = children;
      let nodePath = stack;
      for (const c of constructs) {
        nodePath += `/${c}`;
        node[c] ??= { id: c, path: nodePath, constructInfo: { fqn: 'constructs.Construct' }, children: {} };
        node = node[c].children!;
      }
      const attributes = { 'aws:cdk:cloudformation:type': shape.type, 'aws:cdk:cloudformation:logicalId': logicalId };
      const cfn = { id: depth === 0 ? logicalId : 'Resource', path, constructInfo: { fqn: 'aws-cdk-lib.CfnResource' }, attributes };
      if (depth === 0) children[logicalId] = cfn;
      else node[logicalId] = { id: logicalId, path: owner, constructInfo: { fqn: 'aws-cdk-lib.Resource' }, children: { Resource: cfn } };
      // Usage for about half of the usage-bearing resources; the others stay "usage missing".
      if (shape.usage && rng() < 0.5) usage.push(`  ${owner}:`, ...Object.entries(shape.usage(rng)).map(([k, v]) => `    ${k}: ${v}`));
    }
    writeFileSync(join(dir, `${stack}.template.json`), JSON.stringify({ Resources: resources }));
    const environment = `aws://unknown-account/${pick(rng, REGIONS)}`;
    const properties = { templateFile: `${stack}.template.json` };
    artifacts[stack] = { type: 'aws:cloudformation:stack', environment, properties, displayName: stack };
    treeStacks[stack] = { id: stack, path: stack, constructInfo: { fqn: 'aws-cdk-lib.Stack' }, children };
  }
  artifacts.Tree = { type: 'cdk:tree', properties: { file: 'tree.json' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '55.0.0', artifacts }));
  writeFileSync(join(dir, 'tree.json'), JSON.stringify({ version: 'tree-0.1', tree: { id: 'App', path: '', children: treeStacks } }));
  if (!usage.length) return { dir };
  const usageFile = join(dir, 'usage.yml');
  writeFileSync(usageFile, ['version: 1', 'resources:', ...usage].join('\n') + '\n');
  return { dir, usageFile };
}

interface TreeNode {
  id: string;
  path: string;
  constructInfo: { fqn: string };
  children?: Record<string, TreeNode>;
  attributes?: Record<string, string>;
}
