/**
 * What cdk-cost says about what it did not price: in terms of AWS and the user's template — never
 * "[object Object]", never cdk-cost's own folders, never "no price in us-east-2" for a price AWS
 * lists in no region. And the summary and coverage lines count priced, usage missing and
 * unsupported separately.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { renderEstimate } from '../../lib/report/render.js';
import { coverageHeadline, coverage } from '../../lib/report/render-coverage.js';
import { UNSUPPORTED_TYPES } from '../../lib/resources/unsupported-types.js';
import { book, priceInline, resource } from '../resources/price-inline.js';
import { cli } from '../support/cli.js';
import { FIXTURES_DIR } from '../support/paths.js';

/** Internals a message must not show: JS object text, our folders and files, unfilled placeholders. */
const INTERNALS = /\[object |\.\.\/|shared\/aws-pricing|pricing\/snapshot|reshaped\/|metered-unit-maps|\.json\b|undefined|NaN/;

const SAM = 'Transform: AWS::Serverless-2016-10-31\n';

describe('a nested application from the Serverless Application Repository', () => {
  it('names the application and version the template gives, resolving parameters and mappings', async () => {
    const estimate = await priceInline(`${SAM}
Parameters:
  Version: { Type: String, Default: 1.2.3 }
Mappings:
  Apps: { us-east-1: { Id: 'arn:aws:serverlessrepo:us-east-1:123456789012:applications/thumbnails' } }
Resources:
  Thumbs:
    Type: AWS::Serverless::Application
    Properties:
      Location: { ApplicationId: !FindInMap [Apps, !Ref 'AWS::Region', Id], SemanticVersion: !Ref Version }
`);
    const nested = resource(estimate, 'Thumbs');
    expect(nested.status).toBe('unsupported');
    expect(nested.reason).toBe(
      'a nested application from the AWS Serverless Application Repository ' +
        '(arn:aws:serverlessrepo:us-east-1:123456789012:applications/thumbnails, version 1.2.3): ' +
        'CloudFormation fetches its template at deploy time, which cdk-cost cannot do offline, so its resources are not priced; ' +
        "estimate the application's template separately, or give its monthlyCost in the usage file",
    );
  });

  it('writes a part only deployment knows as the template writes it, not as "[object Object]"', async () => {
    const estimate = await priceInline(`${SAM}
Parameters:
  AppId: { Type: String }
Resources:
  Thumbs:
    Type: AWS::Serverless::Application
    Properties:
      Location: { ApplicationId: !Ref AppId, SemanticVersion: !ImportValue shared-version }
`);
    const reason = resource(estimate, 'Thumbs').reason!;
    expect(reason).toContain('(Ref "AppId", version Fn::ImportValue "shared-version")');
    expect(reason).not.toMatch(INTERNALS);
  });

  it('a template URL instead of the repository says where the template is', async () => {
    const estimate = await priceInline(`${SAM}
Resources:
  Nested: { Type: AWS::Serverless::Application, Properties: { Location: 'https://s3.amazonaws.com/bucket/app.yaml' } }
`);
    expect(resource(estimate, 'Nested').reason).toBe(
      'a nested SAM application whose template is at https://s3.amazonaws.com/bucket/app.yaml: ' +
        'cdk-cost does not fetch it, so its resources are not priced; ' +
        'estimate that template separately, or give its monthlyCost in the usage file',
    );
  });
});

describe('a price AWS does not list', () => {
  it('in no region: says so, not "no price in us-east-2"', async () => {
    const template = 'Resources:\n  Box: { Type: AWS::EC2::Instance, Properties: { InstanceType: x9.nonexistent, SubnetId: subnet-1 } }\n';
    const estimate = await priceInline(template, { region: 'us-east-2' });
    const box = resource(estimate, 'Box');
    const line = box.components.find((c) => c.status === 'no-price')!;
    expect(book.regions('AmazonEC2').some((r) => book.lookup('AmazonEC2', r, 'BoxUsage:x9.nonexistent'))).toBe(false);
    const data = `the AWS price data (Price List snapshot as of ${book.info().pricesAsOf})`;
    expect(line.problem).toBe(`no price for "BoxUsage:x9.nonexistent" (AmazonEC2) in any region of ${data}`);
    expect(line.problem).not.toContain('us-east-2');
    // The resource's reason names the line that has no price.
    expect(box.reason).toBe(`${line.name}: ${line.problem}`);
  });

  it('in this region only: names the region, and regions that list it', async () => {
    // A previous-generation type AWS lists in some regions but not in eu-north-1 (found in the data, not assumed).
    const key = 'BoxUsage:t2.small';
    const listed = book
      .regions('AmazonEC2')
      .filter((r) => book.lookup('AmazonEC2', r, key))
      .sort();
    expect(listed.length).toBeGreaterThan(3);
    expect(listed).not.toContain('eu-north-1');
    const template = 'Resources:\n  Box: { Type: AWS::EC2::Instance, Properties: { InstanceType: t2.small, SubnetId: subnet-1 } }\n';
    const estimate = await priceInline(template, { region: 'eu-north-1' });
    const line = resource(estimate, 'Box').components.find((c) => c.status === 'no-price')!;
    expect(line.problem).toBe(
      `no price for "${key}" (AmazonEC2) in eu-north-1; the AWS price data (Price List snapshot as of ${book.info().pricesAsOf}) ` +
        `has one in ${listed.slice(0, 3).join(', ')} and ${listed.length - 3} more`,
    );
  });

  it('a price that depends on a value the template leaves unknown says that, not a made-up key', async () => {
    const estimate = await priceInline(`
Parameters:
  Type: { Type: String }
Resources:
  Box: { Type: AWS::EC2::Instance, Properties: { InstanceType: !Ref Type, SubnetId: subnet-1 } }
`);
    const box = resource(estimate, 'Box');
    expect(box.reason).toBe(
      'Instance hours (instance type unknown): its price depends on a value the template leaves unknown before deployment (see the notes)',
    );
    expect(box.reason).not.toContain('<unknown>');
    expect(box.notes.join('\n')).toMatch(/InstanceType is Ref "?Type"?.*unknown before deployment/);
  });
});

describe('unsupported reasons speak of AWS and the template', () => {
  it('for types without a pricer', () => {
    for (const rule of UNSUPPORTED_TYPES) expect(rule.reason, rule.type).not.toMatch(INTERNALS);
  });

  it('for types a pricer declares unsupported (FSx, OpenSearch Serverless)', async () => {
    const estimate = await priceInline(`
Resources:
  Files: { Type: AWS::FSx::FileSystem, Properties: { FileSystemType: WINDOWS, StorageCapacity: 32, SubnetIds: [subnet-1] } }
  Search: { Type: AWS::OpenSearchServerless::Collection, Properties: { Name: logs } }
`);
    for (const id of ['Files', 'Search']) {
      const r = resource(estimate, id);
      expect(r.status, id).toBe('unsupported');
      expect(r.reason, id).not.toMatch(INTERNALS);
    }
    expect(resource(estimate, 'Search').reason).toMatch(/^AWS's public price data has no OpenSearch Serverless prices/);
  });
});

describe('status counts', () => {
  const template = join(FIXTURES_DIR, 'templates', 'coverage-mix.yaml');
  const partly = join(FIXTURES_DIR, 'templates', 'totals', 'instance-without-price.yaml');
  const json = async (path: string) => JSON.parse((await cli('estimate', path, '--format', 'json')).stdout) as Estimate;

  it('the coverage headline counts priced, usage missing and unsupported separately', async () => {
    const e = await json(template);
    expect(e.summary).toMatchObject({ priced: 1, usageMissing: 1, unsupported: 1 });
    expect(coverageHeadline(coverage(e), e.resources.length)).toBe(
      'Classified: 8 of 8 resources (100%) · cost-bearing: 3 — priced 1 (33.3%), usage missing 1 (33.3%), unsupported 1 (33.3%)',
    );
    const p = await json(partly);
    expect(coverageHeadline(coverage(p), p.resources.length)).toBe(
      'Classified: 1 of 1 resources (100%) · ' +
        'cost-bearing: 1 — priced 0 (0%), usage missing 0 (0%), unsupported 1 (100%), of which 1 partly priced',
    );
  });

  it('every format states the same separate counts', async () => {
    const e = await json(template);
    const line = 'Resources: 8 — 1 priced, 5 free, 1 usage missing, 1 unsupported';
    for (const format of ['table', 'markdown'] as const) expect(renderEstimate(e, format), format).toContain(line);
    const html = renderEstimate(e, 'html');
    expect(html).toContain(`<li>${line}</li>`);
    expect(html).toContain('<span class="muted">Resources</span><strong>1 priced, 5 free, 1 usage missing, 1 unsupported</strong>');
    expect(html).toContain('<summary>Coverage: Classified: 8 of 8 resources (100%) · cost-bearing: 3 — priced 1 (33.3%)');
    const markdown = (await cli('estimate', template, '--coverage', '--format', 'markdown')).stdout;
    expect(markdown).toContain('cost-bearing: 3 — priced 1 (33.3%), usage missing 1 (33.3%), unsupported 1 (33.3%)');
  });
});
