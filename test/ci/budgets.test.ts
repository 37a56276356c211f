/**
 * Budgets end to end through the CLI: `--fail-if-total-over`, `--fail-if-increase-over USD|PCT` and
 * the usage file's `budgets:` section on `estimate` and `diff` → exit code 2 with the reason, and
 * mistakes in either → exit code 1 naming the flag or file:line. Limits are set just below and just
 * above the amounts the estimate itself reports, so each check can fail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal, formatUsd } from '../../lib/money.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import type { CostDiff } from '../../lib/diff/diff-types.js';
import { cli } from '../support/cli.js';
import { fixtureAssembly } from '../support/example-assembly.js';
import { FIXTURES_DIR } from '../support/paths.js';

const APP = join(FIXTURES_DIR, 'apps', 'cost-review');
const USAGE = join(APP, 'usage.yml');
let baseOut: string;
let headOut: string;
let dir: string;
let head: Estimate;
let base: Estimate;
/** Head-only usage (the shared file names the archive table, which head no longer has). */
let headUsage: string;

const usd = (v: Decimal | string) => formatUsd(new Decimal(v));
const lineOf = (file: string, needle: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

beforeAll(async () => {
  // Cached across runs while the app is unchanged (test/support/example-assembly.ts).
  [baseOut, headOut] = await Promise.all([fixtureAssembly('cost-review/base'), fixtureAssembly('cost-review/head')]);
  dir = mkdtempSync(join(tmpdir(), 'cdk-cost-budgets-'));
  headUsage = join(dir, 'head-usage.yml');
  writeFileSync(
    headUsage,
    'version: 1\nresources:\n  Network/Vpc: { monthlyDataProcessedGB: 10 }\n  OrdersTable: { monthlyWriteRequestUnits: 1000000, ' +
      'monthlyReadRequestUnits: 2000000, storageGB: 5 }\n',
  );
  const h1 = await cli('estimate', headOut, '--usage', headUsage, '--format', 'json', '--out', join(dir, 'head.json'));
  const b1 = await cli('estimate', baseOut, '--usage', join(APP, 'usage-before.yml'), '--format', 'json', '--out', join(dir, 'base.json'));
  expect([h1.code, b1.code]).toEqual([0, 0]);
  head = JSON.parse(readFileSync(join(dir, 'head.json'), 'utf8')) as Estimate;
  base = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')) as Estimate;
});

describe('estimate', () => {
  it('--fail-if-total-over: exit 2 with the reason just below the total, 0 just above', async () => {
    const total = new Decimal(head.totals.monthly);
    const below = total.minus(1).toDecimalPlaces(2).toFixed();
    const over = await cli('estimate', headOut, '--usage', headUsage, '--fail-if-total-over', below);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain(`budget exceeded: total ${usd(total)}/month is over the limit of ${usd(below)} (--fail-if-total-over)`);
    expect(over.stdout).toContain('Total'); // the report is still printed
    const within = await cli('estimate', headOut, '--usage', headUsage, '--fail-if-total-over', total.plus(1).toFixed());
    expect(within.code).toBe(0);
    expect(within.stderr).toContain('budget ok: total');
  });

  it('--fail-if-increase-over needs a baseline; with --baseline it compares with the saved estimate', async () => {
    const alone = await cli('estimate', headOut, '--usage', headUsage, '--fail-if-increase-over', '10%');
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain('--fail-if-increase-over needs something to compare with');
    const percent = new Decimal(head.totals.monthly).minus(base.totals.monthly).div(base.totals.monthly).times(100);
    const over = await cli(
      'estimate',
      headOut,
      '--usage',
      headUsage,
      '--baseline',
      join(dir, 'base.json'),
      '--fail-if-increase-over',
      `${percent.floor().toFixed()}%`,
    );
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/budget exceeded: total change \+\d+% is over the limit of \+\d+% \(--fail-if-increase-over\)/);
    const within = await cli(
      'estimate',
      headOut,
      '--usage',
      headUsage,
      '--baseline',
      join(dir, 'base.json'),
      '--fail-if-increase-over',
      `${percent.ceil().toFixed()}%`,
    );
    expect(within.code).toBe(0);
  });

  it('a per-stack budget in the usage file: exit 2 naming the stack, the amount, and file:line', async () => {
    const search = new Decimal(head.stacks.find((s) => s.name === 'Search')!.monthly);
    const file = join(dir, 'budgeted.yml');
    writeFileSync(
      file,
      `${readFileSync(headUsage, 'utf8')}budgets:\n  total: { maxMonthlyUsd: ` +
        (`${new Decimal(head.totals.monthly).plus(100).toFixed(0)} }\n  Search:\n    maxMonthlyUsd: ${search.minus(10).toFixed(0)}\n  ` +
          `Network/Vpc: { maxIncreaseUsd: 1 }\n`),
    );
    const result = await cli('estimate', headOut, '--usage', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `budget exceeded: Search ${usd(search)}/month is over the limit of ${usd(search.minus(10).toFixed(0))} ` +
        `(${file}:${lineOf(file, 'maxMonthlyUsd: ' + search.minus(10).toFixed(0))})`,
    );
    expect(result.stderr).toContain('budget ok: total');
    // An increase limit needs a base: `estimate` alone leaves it to `diff`.
    expect(result.stderr).not.toContain('Network/Vpc');
  });
});

describe('diff', () => {
  it('--fail-if-increase-over in USD and in percent, and --fail-if-total-over on the head total', async () => {
    const json = await cli('diff', baseOut, headOut, '--usage', USAGE, '--format', 'json');
    expect(json.code).toBe(0);
    const diff = JSON.parse(json.stdout) as CostDiff;
    const delta = new Decimal(diff.totals.delta);
    const percent = new Decimal(diff.totals.percent!);

    const usdOver = await cli('diff', baseOut, headOut, '--usage', USAGE, '--fail-if-increase-over', delta.minus(1).toFixed(0));
    expect(usdOver.code).toBe(2);
    expect(usdOver.stderr).toContain(
      `budget exceeded: total change +${usd(delta)}/month is over the limit of +${usd(delta.minus(1).toFixed(0))} ` +
        `(--fail-if-increase-over)`,
    );
    expect((await cli('diff', baseOut, headOut, '--usage', USAGE, '--fail-if-increase-over', delta.plus(1).toFixed(0))).code).toBe(0);

    const pctOver = await cli(
      'diff',
      baseOut,
      headOut,
      '--usage',
      USAGE,
      '--fail-if-increase-over',
      `${percent.floor().toFixed()}%`,
      '--format',
      'json',
    );
    expect(pctOver.code).toBe(2);
    const checks = (JSON.parse(pctOver.stdout) as CostDiff).budgets;
    expect(checks).toEqual([
      {
        scope: 'total',
        rule: 'max-increase-percent',
        limit: percent.floor().toFixed(),
        actual: diff.totals.percent,
        exceeded: true,
        origin: '--fail-if-increase-over',
      },
    ]);

    const totalOver = await cli(
      'diff',
      baseOut,
      headOut,
      '--usage',
      USAGE,
      '--fail-if-total-over',
      new Decimal(diff.totals.after).minus(1).toFixed(0),
      '--format',
      'markdown',
    );
    expect(totalOver.code).toBe(2);
    expect(totalOver.stdout).toContain('❌ **Budget exceeded:** total');
  });

  it('increase limits from the usage file apply per construct', async () => {
    const file = join(dir, 'diff-budgets.yml');
    writeFileSync(
      file,
      `${readFileSync(USAGE, 'utf8')}budgets:\n  Network/Vpc: { maxIncreaseUsd: 50 }\n  Search: { maxIncreasePercent: 200 }\n`,
    );
    const result = await cli('diff', baseOut, headOut, '--usage', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `budget exceeded: Network/Vpc change \\+\\$73\\.\\d\\d/month is over the limit of \\+\\$50\\.00 ` +
          `\\(${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:${lineOf(file, 'maxIncreaseUsd: 50')}\\)`,
      ),
    );
    expect(result.stderr).toMatch(/budget ok: Search change \+9\d% is within the limit of \+200%/);
  });
});

describe('mistakes are exit 1 with the flag or file:line', () => {
  const write = (name: string, budgets: string) => {
    const file = join(dir, name);
    writeFileSync(file, `${readFileSync(headUsage, 'utf8')}budgets:\n${budgets}`);
    return file;
  };

  it.each([
    ['--fail-if-total-over', 'lots', '--fail-if-total-over lots: expected an amount in USD per month'],
    ['--fail-if-increase-over', 'ten', '--fail-if-increase-over ten: expected an amount in USD per month (e.g. 50) or a percentage'],
    ['--fail-if-increase-over', '10 %', 'expected a percentage such as 10%'],
  ])('%s %s', async (flag, value, message) => {
    const result = await cli('estimate', headOut, flag, value);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it('an unknown limit, with a suggestion', async () => {
    const file = write('typo.yml', '  total:\n    maxMontlyUsd: 10\n');
    const result = await cli('estimate', headOut, '--usage', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${file}:${lineOf(file, 'maxMontlyUsd')}: budgets → "total" → unknown limit "maxMontlyUsd". Did you mean "maxMonthlyUsd"?`,
    );
  });

  it('a scope that is no stack or construct, with a suggestion', async () => {
    const file = write('scope.yml', '  Serch: { maxMonthlyUsd: 10 }\n');
    const result = await cli('estimate', headOut, '--usage', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${file}:${lineOf(file, 'Serch')}: budgets → "Serch" is neither "total", a stack, nor a construct path of the app. Did you ` +
        `mean "Search"?`,
    );
  });

  it('a limit that is not a number', async () => {
    const file = write('nan.yml', '  total: { maxMonthlyUsd: "a lot" }\n');
    const result = await cli('estimate', headOut, '--usage', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${file}:${lineOf(file, 'a lot')}: budgets → "total" → "maxMonthlyUsd" must be a number ≥ 0, got "a lot"`,
    );
  });
});
