/**
 * `cdk-cost diff` of two template files: a template's stack is named after its file, yet two
 * single-stack sources are two versions of one stack — their resources pair. And each changed
 * component names the usage key it reads as its cause ("Storage: usage storageGB 10 → 50"), not the
 * resource's first changed key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CostDiff } from '../../lib/diff/diff-types.js';
import { cli } from '../support/cli.js';

const TEMPLATE = {
  Resources: {
    Orders: {
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      },
    },
    Jobs: { Type: 'AWS::SQS::Queue' },
  },
};

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdk-cost-template-diff-'));
  writeFileSync(path('base.json'), JSON.stringify(TEMPLATE));
  writeFileSync(path('head.json'), JSON.stringify(TEMPLATE));
  writeFileSync(path('before.yml'), 'version: 1\nresources:\n  Orders: { monthlyReadRequestUnits: 200000, storageGB: 10 }\n');
  writeFileSync(path('after.yml'), 'version: 1\nresources:\n  Orders: { monthlyReadRequestUnits: 2000000, storageGB: 50 }\n');
});
afterAll(() => rmSync(dir, { recursive: true }));

async function diffJson(...args: string[]): Promise<CostDiff> {
  const result = await cli('diff', ...args, '--format', 'json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as CostDiff;
}

describe('two template files with different names', () => {
  it('pair their one stack each: nothing added or removed, and the pairing is said', async () => {
    const diff = await diffJson(path('base.json'), path('head.json'), '--usage', path('before.yml'));
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 2, moved: 0 });
    expect(diff.stacks.map((s) => [s.name, s.change])).toEqual([['head', 'unchanged']]);
    expect(diff.warnings[0]).toBe(
      'Each side has one stack: the base stack "base" is compared with the head stack "head" (shown under "head").',
    );
  });
});

describe('the cause of a changed component is the usage it reads', () => {
  it('Storage names storageGB, Read request units names monthlyReadRequestUnits', async () => {
    const saved = await cli(
      'estimate',
      path('base.json'),
      '--usage',
      path('before.yml'),
      '--format',
      'json',
      '--out',
      path('base-estimate.json'),
    );
    expect(saved.code).toBe(0);
    const diff = await diffJson(path('base-estimate.json'), path('head.json'), '--usage', path('after.yml'));
    expect(diff.summary.changed).toBe(1);
    const orders = diff.resources.find((r) => r.logicalId === 'Orders')!;
    expect(orders.change).toBe('changed');
    const storage = orders.components.find((c) => c.name === 'Storage')!;
    const reads = orders.components.find((c) => c.name === 'Read request units')!;
    expect(storage.usage).toEqual([{ key: 'storageGB', before: 10, after: 50 }]);
    expect(reads.usage).toEqual([{ key: 'monthlyReadRequestUnits', before: 200000, after: 2000000 }]);

    const table = await cli('diff', path('base-estimate.json'), path('head.json'), '--usage', path('after.yml'));
    expect(table.stdout).toContain('Storage: usage storageGB 10 → 50');
    expect(table.stdout).toContain('Read request units: usage monthlyReadRequestUnits 200,000 →');
    expect(table.stdout).not.toContain('Storage: usage monthlyReadRequestUnits');
    const markdown = await cli('diff', path('base-estimate.json'), path('head.json'), '--usage', path('after.yml'), '--format', 'markdown');
    expect(markdown.stdout).toContain('Storage: usage storageGB 10 → 50');
    expect(markdown.stdout).toContain('Read request units: usage monthlyReadRequestUnits 200,000 → 2,000,000');
  });
});
