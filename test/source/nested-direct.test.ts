/**
 * A cdk.out written by running the app directly (no CDK CLI, so no asset metadata on the nested
 * stack resource): the nested stack's template is found through the asset manifest
 * (Parent.assets.json), whose object key the parent's TemplateURL ends with.
 *
 * Fixture test/fixtures/nested-direct.out: produced from test/fixtures/apps/nested with
 *   CDK_OUTDIR=<dir> node app.mjs   (aws-cdk-lib of this repo, no `cdk synth`)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateArchitecture } from '../../lib/estimate/estimate.js';
import { loadSource } from '../../lib/source/load-source.js';
import { nestedTemplatesByObjectKey, templateObjectKey } from '../../lib/source/nested-templates.js';
import { book } from '../resources/price-inline.js';
import { FIXTURES_DIR } from '../support/paths.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

const assembly = join(FIXTURES_DIR, 'nested-direct.out');

describe('nested stacks of an assembly written without the CDK CLI', () => {
  it('the fixture really lacks aws:asset:path (the CLI-only metadata)', () => {
    type Template = { Resources: Record<string, { Type: string; Metadata?: object }> };
    const parent = JSON.parse(readFileSync(join(assembly, 'Parent.template.json'), 'utf8')) as Template;
    const nested = Object.values(parent.Resources).find((r) => r.Type === 'AWS::CloudFormation::Stack')!;
    expect(JSON.stringify(nested.Metadata ?? {})).not.toContain('aws:asset:path');
  });

  it('finds the nested template through the asset manifest and prices its resources', async () => {
    const architecture = await loadSource(assembly);
    const nested = architecture.stacks.find((s) => s.parent === 'Parent');
    expect(nested?.templateFile).toBe(join(assembly, 'ParentStorageA9A98DC4.nested.template.json'));
    expect(nested!.region).toBe('us-west-2');
    expect(nested!.resources.map((r) => r.path).sort()).toEqual(['Parent/Storage/Items/Resource', 'Parent/Storage/NestedQueue/Resource']);
    expect(architecture.warnings.join('\n')).not.toContain('nested stack without a local template');
    const estimate = await estimateArchitecture(architecture, { pricers: new PricerRegistry(), priceBook: book, freeTier: false });
    const table = estimate.resources.find((r) => r.type === 'AWS::DynamoDB::Table')!;
    expect(table.status).toBe('priced');
    expect(table.components.find((c) => c.name === 'Provisioned read capacity')?.quantity).toBe('3650'); // 5 RCU × 730 h
    expect(estimate.resources.find((r) => r.type === 'AWS::CloudFormation::Stack')?.status).toBe('free');
  });

  it('object keys: the last part of a TemplateURL, plain or Fn::Join', () => {
    expect(templateObjectKey('https://s3.amazonaws.com/bucket/abc.json')).toBe('abc.json');
    expect(templateObjectKey({ 'Fn::Join': ['', ['https://s3.', { Ref: 'AWS::URLSuffix' }, '/b/abc.json']] })).toBe('abc.json');
    expect(templateObjectKey({ Ref: 'Url' })).toBeUndefined();
    const key = 'c70178e27038f1ceb461d620d26ca4cc0ccd71dd83116650d2144d84116a6ac2.json';
    expect(nestedTemplatesByObjectKey(assembly).get(key)).toBe('ParentStorageA9A98DC4.nested.template.json');
  });
});
