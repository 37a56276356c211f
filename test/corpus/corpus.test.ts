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
import { requireShared } from '../support/paths.js';

/** The only unsupported types allowed across the corpus, and why each is. */
const ALLOWED_UNSUPPORTED: Record<string, RegExp> = {
  // No OpenSearch Serverless OCU prices in the data.
  'AWS::OpenSearchServerless::Collection': /^AWS's public price data has no OpenSearch Serverless prices/,
  // With EnvType=Provisioned: no AWS Private CA prices in the data.
  'AWS::ACMPCA::CertificateAuthority': new RegExp(
    '^AWS Private CA bills each certificate authority per month and each certificate issued; ' +
      'the AWS price data shipped with cdk-cost has no AWS Private CA prices$',
  ),
  'AWS::ACMPCA::Certificate':
    /^a private certificate is billed per certificate issued; the AWS price data shipped with cdk-cost has no AWS Private CA prices$/,
};

async function estimate(run: CorpusRun, ...extra: string[]): Promise<Estimate> {
  const result = await cli('estimate', ...runArgs(run), ...extra, '--format', 'json');
  expect(result.stderr, `${run.template} stderr`).toBe('');
  expect(result.code, `${run.template} exit code`).toBe(0);
  return JSON.parse(result.stdout) as Estimate;
}

describe('the template corpus (fails without ../shared/corpus)', () => {
  requireShared();
  it('has the 17 templates its README lists', () => {
    expect(corpusTemplates()).toHaveLength(17);
  });

  const unsupportedSeen = new Map<string, Set<string>>();

  describe.each(
    corpusRuns().map(
      (run) =>
        [
          `${run.template}${
            run.parameters
              ? ` (${Object.entries(run.parameters)
                  .map(([k, v]) => `${k}=${v}`)
                  .join(' ')})`
              : ''
          }`,
          run,
        ] as const,
    ),
  )('%s', (_name, run) => {
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

describe('previous-generation types in the corpus, end to end', () => {
  requireShared();
  const cases: Array<{ template: string; logicalId: string; key: string; service: string }> = [
    {
      template: 'awslabs__aws-cloudformation-templates/aws/services/AutoScaling/AutoScalingMultiAZWithNotifications.yaml',
      logicalId: 'WebServerGroup',
      key: 'BoxUsage:t2.small',
      service: 'AmazonEC2',
    },
    {
      template: 'awslabs__aws-cloudformation-templates/aws/services/RDS/RDS_MySQL_With_Read_Replica.yaml',
      logicalId: 'MasterDB',
      key: 'RDSInstance:MySQL:Single-AZ:db.t2.small',
      service: 'AmazonRDS',
    },
    {
      template: 'awslabs__aws-cloudformation-templates/aws/services/NeptuneDB/Neptune.yaml',
      logicalId: 'NeptuneDBInstance',
      key: 'NeptuneInstance:db.r4.large',
      service: 'AmazonNeptune',
    },
    {
      template: 'awslabs__aws-cloudformation-templates/aws/solutions/Elasticache-snapshot.template',
      logicalId: 'RedisReplicationGroup',
      key: 'CacheNode:Redis:cache.m3.medium',
      service: 'AmazonElastiCache',
    },
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

  it('m3.xlarge (EMR defaults): the previous-generation EC2 price from the reshaped data, and the EMR fee per instance-hour', async () => {
    const emr = 'awslabs__aws-cloudformation-templates/aws/services/EMR/EMRClusterWithAdditioanalSecurityGroups.json';
    const cluster = (await estimate({ template: emr })).resources.find((r) => r.logicalId === 'EMRCluster')!;
    expect(cluster.status).toBe('priced');
    const lines = (key: string) => cluster.components.filter((c) => c.price?.key === key).map((c) => [c.status, c.quantity]);
    expect(lines('BoxUsage:m3.xlarge')).toEqual([
      ['priced', '730'],
      ['priced', '1460'],
    ]); // master 1, core 2 (NumberOfCoreInstances)
    expect(lines('EMRInstance:m3.xlarge')).toEqual([
      ['priced', '730'],
      ['priced', '1460'],
    ]);
  });
});
