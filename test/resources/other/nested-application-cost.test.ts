/**
 * A nested SAM application (AWS::Serverless::Application → AWS::CloudFormation::Stack from the
 * Serverless Application Repository) cannot be read offline: it says so with the application id
 * and version, and a usage entry `monthlyCost` gives its cost — the user's figure, marked
 * "user-stated", never a Price List price.
 */
import { describe, expect, it } from 'vitest';
import { priceResource } from '../../../lib/estimate/price-resource.js';
import { renderTable } from '../../../lib/report/render-table.js';
import { PricerRegistry } from '../../../lib/resources/registry.js';
import { architectureOf, book, component, priceInline, resource } from '../price-inline.js';

const template = `Transform: AWS::Serverless-2016-10-31
Resources:
  Nested:
    Type: AWS::Serverless::Application
    Properties:
      Location: { ApplicationId: arn:aws:serverlessrepo:us-east-1:123456789012:applications/thumbnailer, SemanticVersion: 2.1.0 }
`;

describe('nested SAM application', () => {
  it('without monthlyCost: unsupported, naming the application, its version, and the usage key', async () => {
    const nested = resource(await priceInline(template), 'Nested');
    expect(nested.status).toBe('unsupported');
    expect(nested.reason).toContain('applications/thumbnailer, version 2.1.0');
    expect(nested.notes.join('\n')).toContain('give its monthlyCost in the usage file');
  });

  it('with monthlyCost: priced at exactly that amount, from the usage file, quality user-stated', async () => {
    const estimate = await priceInline(template, { usage: { Nested: { monthlyCost: 42.5 } } });
    const nested = resource(estimate, 'Nested');
    expect(nested.status).toBe('priced');
    expect(nested.monthly).toBe('42.5');
    const line = component(nested, 'Monthly cost of the SAM application arn:aws:serverlessrepo');
    expect(line.quantity).toBe('42.5');
    expect(line.price?.quality).toBe('user-stated');
    expect(line.price?.origin).toContain('not from the AWS Price List');
    expect(line.usage?.monthlyCost?.origin).toBe('inline-usage.yml:1 (Nested)');
    expect(nested.notes.join('\n')).toContain('not priced from the AWS Price List');
    expect(Object.values(estimate.prices.sources ?? {}).some((s) => s.quality === 'user-stated')).toBe(false);
    expect(renderTable(estimate)).toContain('[user-stated price]');
  });

  it('load sweeps (the costs-only pass) count the stated amount the same way', () => {
    const architecture = architectureOf(template);
    const stack = architecture.stacks[0]!;
    const nested = stack.resources.find((r) => r.logicalId === 'Nested')!;
    const origin = { kind: 'file' as const, file: 'u.yml', line: 1, selector: 'Nested' };
    const usage = new Map([['monthlyCost', { value: 42.5, origin }]]);
    const env = {
      architecture,
      priceBook: book,
      pricers: new PricerRegistry(),
      freeTier: false,
      usageFor: () => usage,
      ownerOf: () => 'x',
    };
    const full = priceResource(nested, env);
    const fast = priceResource(nested, { ...env, costsOnly: true });
    expect([fast.cost.status, fast.monthly.toFixed(), fast.fixed.toFixed()]).toEqual([full.cost.status, '42.5', '42.5']);
  });
});
