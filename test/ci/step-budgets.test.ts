/**
 * Budgets mean what they say at every load: `estimate --scale 1,10 --fail-if-total-over X` fails
 * when the 10× step is over X, naming the step; `compare` checks both designs at every step. Input
 * errors found after pricing (a budget scope typo, --fail-if-increase-over without a baseline) come
 * before any output: `--out` keeps its previous report, and nothing is printed. `--out` is replaced
 * atomically. `SOURCE#STACK` on a template says what its one stack is called. Limits sit between
 * the amounts the sweep itself reports, so each check can fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from '../../lib/money.js';
import type { Sweep } from '../../lib/load/sweep/sweep.js';
import { cli } from '../support/cli.js';

let dir: string;
const path = (name: string) => join(dir, name);
let at1: Decimal;
let at10: Decimal;
/** Between the 1× and the 10× totals: within at 1×, over at 10×. */
let between: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cdk-cost-step-budgets-'));
  writeFileSync(
    path('shop.json'),
    JSON.stringify({ Resources: { Orders: { Type: 'AWS::DynamoDB::Table', Properties: { BillingMode: 'PAY_PER_REQUEST' } } } }),
  );
  writeFileSync(path('cdk-cost.usage.yml'), 'version: 1\nresources:\n  Orders: { monthlyReadRequestUnits: 2000000, storageGB: 10 }\n');
  const sweep = await cli('estimate', path('shop.json'), '--scale', '1,10', '--format', 'json');
  expect(sweep.code).toBe(0);
  const steps = (JSON.parse(sweep.stdout) as Sweep).steps;
  at1 = new Decimal(steps[0]!.totals.monthly);
  at10 = new Decimal(steps[1]!.totals.monthly);
  expect(at10.greaterThan(at1.plus(1))).toBe(true);
  between = at1.plus(at10).div(2).toDecimalPlaces(2).toFixed();
});
afterAll(() => rmSync(dir, { recursive: true }));

describe('a budget holds at every step of a sweep', () => {
  it('estimate --scale 1,10: over at 10× → exit 2, naming the step; the sweep is still printed', async () => {
    const result = await cli('estimate', path('shop.json'), '--scale', '1,10', '--fail-if-total-over', between);
    expect(result.stderr).toMatch(/budget ok: total at 1× \$[\d.,]+\/month is within the limit of/);
    expect(result.stderr).toMatch(
      new RegExp(`budget exceeded: total at 10× \\$${at10.toFixed(2)}/month is over the limit of \\$${between}`),
    );
    expect(result.stdout).not.toBe('');
    expect(result.code).toBe(2);
    const within = await cli('estimate', path('shop.json'), '--scale', '1,10', '--fail-if-total-over', at10.plus(1).toFixed(0));
    expect(within.code).toBe(0);
  });

  it("the usage file's budgets too", async () => {
    writeFileSync(
      path('budgeted.yml'),
      `${readFileSync(path('cdk-cost.usage.yml'), 'utf8')}budgets:\n  shop: { maxMonthlyUsd: ${between} }\n`,
    );
    const result = await cli('estimate', path('shop.json'), '--usage', path('budgeted.yml'), '--scale', '1,10');
    expect(result.stderr).toContain(
      `budget exceeded: shop at 10× $${at10.toFixed(2)}/month is over the limit of $${between} (${path('budgeted.yml')}:5)`,
    );
    expect(result.code).toBe(2);
  });

  it('compare: both designs at every step', async () => {
    const result = await cli(
      'compare',
      path('shop.json'),
      path('shop.json'),
      '--usage',
      path('cdk-cost.usage.yml'),
      '--scale',
      '1,10',
      '--fail-if-total-over',
      between,
    );
    expect(result.stderr).toContain(`budget exceeded: total at 10× (A: ${path('shop.json')})`);
    expect(result.stderr).toContain(`budget exceeded: total at 10× (B: ${path('shop.json')})`);
    expect(result.stderr).toContain(`budget ok: total at 1× (B: ${path('shop.json')})`);
    expect(result.code).toBe(2);
  });
});

describe('every input is checked before any output', () => {
  const previous = 'the previous report\n';

  it('a budget scope typo in the usage file: exit 1, nothing printed, --out untouched', async () => {
    writeFileSync(path('typo.yml'), `${readFileSync(path('cdk-cost.usage.yml'), 'utf8')}budgets:\n  shopp: { maxMonthlyUsd: 1 }\n`);
    writeFileSync(path('report.txt'), previous);
    const result = await cli('estimate', path('shop.json'), '--usage', path('typo.yml'), '--out', path('report.txt'));
    expect(result.stderr).toMatch(/typo\.yml:5: budgets → "shopp" is neither "total", a stack, nor a construct path/);
    expect(result.stderr).not.toContain('Wrote');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(readFileSync(path('report.txt'), 'utf8')).toBe(previous);
  });

  it('--fail-if-increase-over without --baseline: exit 1 before pricing, --out untouched', async () => {
    writeFileSync(path('report.txt'), previous);
    const result = await cli('estimate', path('shop.json'), '--fail-if-increase-over', '10%', '--out', path('report.txt'));
    expect(result.stderr).toContain('--fail-if-increase-over needs something to compare with');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(readFileSync(path('report.txt'), 'utf8')).toBe(previous);
  });

  it('--out is replaced whole, with no temporary file left beside it', async () => {
    writeFileSync(path('report.txt'), previous);
    const result = await cli('estimate', path('shop.json'), '--format', 'json', '--out', path('report.txt'));
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(path('report.txt'), 'utf8'))).toHaveProperty('totals');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('SOURCE#STACK on a template', () => {
  it('says what the one stack of a template is called', async () => {
    const result = await cli('estimate', `${path('shop.json')}#Payments`);
    expect(result.stderr).toContain(
      `${path('shop.json')} is a template; its one stack is called "shop" (after the file name), not "Payments".`,
    );
    expect(result.stderr).toContain(`hint: Drop "#Payments" (a template is one stack), or write ${path('shop.json')}#shop.`);
    expect(result.code).toBe(1);
  });
});
