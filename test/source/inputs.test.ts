/**
 * Every input kind a user can give `cdk-cost estimate`: a CDK app directory, a Cloud Assembly,
 * a JSON template, a YAML template with short-form tags, and nested stacks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { fixtureAssembly } from '../support/example-assembly.js';
import { FIXTURES_DIR } from '../support/paths.js';
import { loadSource } from '../../lib/source/load-source.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';

const apps = join(FIXTURES_DIR, 'apps');
const templates = join(FIXTURES_DIR, 'templates');

async function estimateJson(...args: string[]): Promise<Estimate> {
  const result = await cli('estimate', ...args, '--format', 'json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Estimate;
}

describe('a CDK app directory', () => {
  let estimate: Estimate;
  beforeAll(async () => {
    estimate = await estimateJson(join(apps, 'minimal'));
  });

  it('is synthesized with cdk.json context and path metadata', () => {
    const queues = estimate.resources.filter((r) => r.type === 'AWS::SQS::Queue' && r.stack === 'Minimal');
    expect(queues.map((q) => q.path)).toEqual(['Minimal/Jobs0/Resource', 'Minimal/Jobs1/Resource']); // queueCount: 2 from cdk.json
  });

  it("prices each stack in its environment's region, and says when it had to choose", () => {
    expect(estimate.stacks.find((s) => s.name === 'Minimal')).toMatchObject({ region: 'eu-west-1', regionSource: 'assembly' });
    expect(estimate.stacks.find((s) => s.name === 'Agnostic')).toMatchObject({ region: 'us-east-1', regionSource: 'default' });
    expect(estimate.warnings.join('\n')).toMatch(/Agnostic has no region.*us-east-1.*--region/);
  });

  it('rolls resources up to the constructs the user wrote (tree.json)', () => {
    const bucket = estimate.resources.find((r) => r.type === 'AWS::S3::Bucket')!;
    expect(bucket.owner).toBe('Minimal/Assets');
    expect(estimate.constructs.find((c) => c.path === 'Minimal/Assets')?.fqn).toBe('aws-cdk-lib.aws_s3.Bucket');
    const fn = estimate.resources.find((r) => r.type === 'AWS::Lambda::Function')!;
    expect(fn.owner).toBe('Minimal/Handler');
    expect(estimate.resources.find((r) => r.type === 'AWS::IAM::Role')?.status).toBe('free');
  });

  it('takes --region for environment-agnostic stacks only', async () => {
    // Of the app's assembly (cached while the app is unchanged): the app itself was synthesized above.
    const e = await estimateJson(await fixtureAssembly('minimal'), '--region', 'ap-southeast-2');
    expect(e.stacks.find((s) => s.name === 'Agnostic')).toMatchObject({ region: 'ap-southeast-2', regionSource: 'flag' });
    expect(e.stacks.find((s) => s.name === 'Minimal')?.region).toBe('eu-west-1');
  });
});

describe('a Cloud Assembly (cdk.out)', () => {
  it('is read without synthesizing: stacks, regions, paths and tree', async () => {
    const estimate = await estimateJson(await fixtureAssembly('minimal')); // cached while the app is unchanged
    expect(estimate.source.kind).toBe('assembly');
    expect(estimate.stacks.map((s) => s.name).sort()).toEqual(['Agnostic', 'Minimal']);
    expect(estimate.resources.find((r) => r.type === 'AWS::S3::Bucket')?.owner).toBe('Minimal/Assets');
  });
});

describe('nested stacks', () => {
  it('are followed into their own templates, in the parent region, with construct paths', async () => {
    // Of the app's assembly, cached while the app is unchanged: synthesis of an app directory is the
    // test of 'a CDK app directory' above; nested stacks are read from the assembly either way.
    const assembly = await fixtureAssembly('nested');
    const architecture = await loadSource(assembly);
    const nested = architecture.stacks.find((s) => s.parent === 'Parent');
    expect(nested).toBeDefined();
    expect(nested!.region).toBe('us-west-2');
    const paths = nested!.resources.map((r) => r.path);
    expect(paths).toContain('Parent/Storage/NestedQueue/Resource');
    expect(paths).toContain('Parent/Storage/Items/Resource');
    const estimate = await estimateJson(assembly);
    const table = estimate.resources.find((r) => r.type === 'AWS::DynamoDB::Table')!;
    expect(table.status).toBe('priced'); // provisioned capacity is fixed cost
    expect(table.components.find((c) => c.name === 'Provisioned read capacity')?.quantity).toBe('3650'); // 5 RCU × 730 h
    expect(estimate.resources.find((r) => r.type === 'AWS::CloudFormation::Stack')?.status).toBe('free');
  });
});

describe('a JSON template', () => {
  it('resolves parameters from defaults, evaluates conditions, and lists unknown types', async () => {
    const estimate = await estimateJson(join(templates, 'queue-and-table.json'));
    expect(estimate.source.kind).toBe('template');
    const table = estimate.resources.find((r) => r.logicalId === 'Orders')!;
    expect(table.path).toBe('queue-and-table/Orders');
    expect(table.components.find((c) => c.name === 'Provisioned read capacity')?.quantity).toBe('7300'); // 10 × 730
    expect(estimate.resources.find((r) => r.logicalId === 'ProdOnlyGateway')).toBeUndefined(); // IsProd is false
    expect(estimate.resources.find((r) => r.logicalId === 'Jobs')?.components[0]?.name).toBe('Standard requests'); // Fn::If → NoValue
    expect(estimate.unsupportedTypes).toEqual([
      { type: 'AWS::Made::Up', count: 1, reason: 'no pricer for this resource type yet', paths: ['queue-and-table/Mystery'] },
    ]);
  });

  it('takes --parameter values over defaults', async () => {
    const estimate = await estimateJson(
      join(templates, 'queue-and-table.json'),
      '--parameter',
      'ReadCapacity=20',
      '--parameter',
      'Stage=prod',
    );
    const table = estimate.resources.find((r) => r.logicalId === 'Orders')!;
    expect(table.components.find((c) => c.name === 'Provisioned read capacity')?.quantity).toBe('14600');
    expect(estimate.resources.find((r) => r.logicalId === 'ProdOnlyGateway')?.status).toBe('priced');
    expect(estimate.resources.find((r) => r.logicalId === 'Jobs')?.components[0]?.name).toBe('FIFO requests');
  });
});

describe('a YAML template with short-form tags', () => {
  it('parses !Ref, !GetAtt, !Sub, !FindInMap, !If, !Select, !GetAZs, !Join, !Equals, !Not, !Condition', async () => {
    const architecture = await loadSource(join(templates, 'short-tags.yaml'));
    const resources = architecture.stacks[0]!.resources;
    const byId = (id: string) => resources.find((r) => r.logicalId === id)!;
    expect(byId('Bucket').properties.BucketName).toBe('staging-uploads-us-east-1');
    const worker = byId('Worker').properties as Record<string, any>;
    expect(worker.MemorySize).toBe(512); // FindInMap Sizes/staging/Memory
    expect(worker.Architectures).toEqual(['arm64']); // !If IsStaging
    expect(worker.Role).toEqual({ 'Fn::GetAtt': ['WorkerRole', 'Arn'] }); // unknown before deployment: kept
    expect(worker.Code.ZipFile).toBe('exports.handler = async () => {};\n// inline');
    expect(worker.Environment.Variables.AZ).toBe('us-east-1b');
    expect(worker.Environment.Variables.QUEUE).toEqual({ Ref: 'Queue' });
    expect(resources.find((r) => r.logicalId === 'ProductionGateway')).toBeUndefined(); // NotStaging is false
    expect(architecture.stacks[0]!.skippedByCondition).toEqual(['ProductionGateway']);
  });

  it('is estimated end to end', async () => {
    const estimate = await estimateJson(join(templates, 'short-tags.yaml'), '--parameter', 'Env=production');
    const fn = estimate.resources.find((r) => r.logicalId === 'Worker')!;
    expect(fn.components.map((c) => c.name)).toEqual(['Requests', 'Duration (2048 MB)']);
    expect(estimate.resources.find((r) => r.logicalId === 'ProductionGateway')?.status).toBe('priced');
  });
});
