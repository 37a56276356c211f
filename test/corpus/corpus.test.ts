/**
 * The template corpus (../shared/corpus/cfn-templates, real templates written by others) through
 * the CLI: every template estimates without error, every resource is classified, and across all
 * runs nothing is unsupported except the types named here with their reasons — each a service whose
 * prices the AWS data shipped with cdk-cost does not have. Previous-generation instance types
 * resolve where the data has them and get a "no price … in REGION" line where it does not.
 * Figures per template: `npm run bench -- corpus-coverage`.
 */
import { describe, expect, it } from 'vitest';
import type { ComponentCost, Estimate } from '../../lib/estimate/estimate-types.js';
import { cli } from '../support/cli.js';
import { corpusRuns, corpusTemplates, runArgs, type CorpusRun } from '../support/corpus.js';
import { HAS_SHARED } from '../support/paths.js';

/** The only unsupported types allowed across the corpus, and why each is. */
const ALLOWED_UNSUPPORTED: Record<string, RegExp> = {
  // No AWS IoT Core prices in the data (the rules engine bills rules triggered and actions run).
  'AWS::IoT::TopicRule': /^AWS IoT Core bills each rule triggered and each action run; the AWS price data shipped with cdk-cost has no AWS IoT Core prices$/,
  // No pricer reads the Firehose rates yet.
  'AWS::KinesisFirehose::DeliveryStream': /cdk-cost does not price Firehose delivery streams yet/,
  // No OpenSearch Serverless OCU prices in the data.
  'AWS::OpenSearchServerless::Collection': /OpenSearch Serverless OCU-hour and storage prices are not in the bundled price data/,
  // m3.xlarge (previous generation) has no EC2 price in any region of the data, and there are no
  // EMR fee prices (with current instance types only the fee lacks a price).
  'AWS::EMR::Cluster': new RegExp(
    '^(Instance hours [^;]*: no price for "BoxUsage:m3\\.xlarge" \\(AmazonEC2\\) in any region of the AWS price data [^;]*; )?' +
      'EMR fee [^;]*: no price for "EMRInstance:m[35]\\.xlarge" \\(ElasticMapReduce\\) in any region: ' +
      'the AWS price data .* has no ElasticMapReduce prices$',
  ),
  // With EnvType=Provisioned: no AWS Private CA prices in the data.
  'AWS::ACMPCA::CertificateAuthority': /^AWS Private CA bills each certificate authority per month and each certificate issued; the AWS price data shipped with cdk-cost has no AWS Private CA prices$/,
  'AWS::ACMPCA::Certificate': /^a private certificate is billed per certificate issued; the AWS price data shipped with cdk-cost has no AWS Private CA prices$/,
};

async function estimate(run: CorpusRun, ...extra: string[]): Promise<Estimate> {
  const result = await cli('estimate', ...runArgs(run), ...extra, '--format', 'json');
  expect(result.stderr, `${run.template} stderr`).toBe('');
  expect(result.code, `${run.template} exit code`).toBe(0);
  return JSON.parse(result.stdout) as Estimate;
}

describe.skipIf(!HAS_SHARED)('the template corpus (skipped when ../shared/corpus is absent)', () => {
  it('has the 17 templates its README lists', () => {
    expect(corpusTemplates()).toHaveLength(17);
  });

  const unsupportedSeen = new Map<string, Set<string>>();

  describe.each(corpusRuns().map((run) => [`${run.template}${run.parameters ? ` (${Object.entries(run.parameters).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}`, run] as const))('%s', (_name, run) => {
    it('estimates through the CLI; every resource is classified with a stated reason', async () => {
      const e = await estimate(run);
      expect(e.resources.length).toBeGreaterThan(0);
      for (const r of e.resources) {
        expect(['priced', 'free', 'usage-missing', 'unsupported'], r.path).toContain(r.status);
        if (r.status === 'free' || r.status === 'unsupported') expect(r.reason, r.path).toBeTruthy();
        if (r.status === 'unsupported') {
          if (!unsupportedSeen.has(r.type)) unsupportedSeen.set(r.type, new Set());
          unsupportedSeen.get(r.type)!.add(r.reason!);
        }
      }
      expect(e.coverage?.classified, 'resources classified').toBe(e.resources.length);
      expect(e.summary.priced + e.summary.free + e.summary.usageMissing + e.summary.unsupported).toBe(e.resources.length);
    });
  });

  it('nothing is unsupported except the types named here, each for its stated reason', () => {
    expect([...unsupportedSeen.keys()].sort()).toEqual(Object.keys(ALLOWED_UNSUPPORTED).sort());
    for (const [type, reasons] of unsupportedSeen) for (const reason of reasons) expect(reason, type).toMatch(ALLOWED_UNSUPPORTED[type]!);
  });
});

describe.skipIf(!HAS_SHARED)('previous-generation types in the corpus, end to end', () => {
  const cases: Array<{ template: string; logicalId: string; key: string; service: string }> = [
    { template: 'awslabs__aws-cloudformation-templates/aws/services/AutoScaling/AutoScalingMultiAZWithNotifications.yaml', logicalId: 'WebServerGroup', key: 'BoxUsage:t2.small', service: 'AmazonEC2' },
    { template: 'awslabs__aws-cloudformation-templates/aws/services/RDS/RDS_MySQL_With_Read_Replica.yaml', logicalId: 'MasterDB', key: 'RDSInstance:MySQL:Single-AZ:db.t2.small', service: 'AmazonRDS' },
    { template: 'awslabs__aws-cloudformation-templates/aws/services/NeptuneDB/Neptune.yaml', logicalId: 'NeptuneDBInstance', key: 'NeptuneInstance:db.r4.large', service: 'AmazonNeptune' },
    { template: 'awslabs__aws-cloudformation-templates/aws/solutions/Elasticache-snapshot.template', logicalId: 'RedisReplicationGroup', key: 'CacheNode:Redis:cache.m3.medium', service: 'AmazonElastiCache' },
  ];
  const line = (e: Estimate, logicalId: string, key: string): ComponentCost => {
    const r = e.resources.find((x) => x.logicalId === logicalId)!;
    const found = r.components.find((c) => c.price?.key === key || c.problem?.includes(`"${key}"`));
    expect(found, `${logicalId}: a line for ${key} (have ${r.components.map((c) => c.name).join(' | ')})`).toBeDefined();
    return found!;
  };

  it.each(cases)('$key resolves in us-east-1, and says "no price … in eu-north-1" there', async ({ template, logicalId, key, service }) => {
    const here = line(await estimate({ template }), logicalId, key);
    expect(here.status).toBe('priced');
    expect(here.price?.region).toBe('us-east-1');
    const there = line(await estimate({ template }, '--region', 'eu-north-1'), logicalId, key);
    expect(there.status).toBe('no-price');
    expect(there.problem).toMatch(new RegExp(`^no price for "${key}" \\(${service}\\) in eu-north-1; the AWS price data .* has one in `));
  });

  it('m3.xlarge (EMR defaults) has no price in the data at all; with current types the instances are priced and only the EMR fee is not', async () => {
    const emr = 'awslabs__aws-cloudformation-templates/aws/services/EMR/EMRClusterWithAdditioanalSecurityGroups.json';
    const old = (await estimate({ template: emr })).resources.find((r) => r.logicalId === 'EMRCluster')!;
    expect(old).toMatchObject({ status: 'unsupported', monthly: '0' });
    expect(old.reason).toContain('no price for "BoxUsage:m3.xlarge" (AmazonEC2) in any region of the AWS price data');
    expect(old.notes.join(' ')).toMatch(/m3\.xlarge is a previous-generation type/);
    const current = (await estimate({ template: emr, parameters: { MasterInstanceType: 'm5.xlarge', CoreInstanceType: 'm5.xlarge' } })).resources.find((r) => r.logicalId === 'EMRCluster')!;
    const fees = 'EMR fee (master: 1 × m5.xlarge), EMR fee (core: 2 × m5.xlarge)';
    expect(current.reason).toContain(`${fees}: no price for "EMRInstance:m5.xlarge" (ElasticMapReduce) in any region: `);
    const instances = current.components.filter((c) => c.price?.key === 'BoxUsage:m5.xlarge');
    expect(instances.map((c) => [c.status, c.quantity])).toEqual([['priced', '730'], ['priced', '1460']]); // master 1, core 2 (NumberOfCoreInstances)
  });
});
