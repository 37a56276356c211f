/**
 * `--free-tier` from the command line: estimate (every format names each allowance applied and what
 * it took off; totals stay the sum of the rows), diff and compare (the allowance applies per side and
 * per step). Expected amounts: quantities times the snapshot's unit prices.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, formatUsd } from '../../lib/money.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { cli } from '../support/cli.js';
import { writeTemp } from '../usage/load-support.js';
import { d, unit } from '../resources/price-inline.js';

const PROPS = 'Runtime: nodejs20.x, Handler: index.handler, Role: arn:aws:iam::123456789012:role/x, Code: { ZipFile: x }';
const fn = (id: string) => `  ${id}:\n    Type: AWS::Lambda::Function\n    Properties: { MemorySize: 1024, ${PROPS} }`;
const template = (ids: string[]) => `Resources:\n${ids.map(fn).join('\n')}\n`;
const usage = (stack: string, ids: string[]) =>
  `version: 1\nresources:\n${ids.map((id) => `  ${stack}/${id}:\n    monthlyRequests: 800000\n    avgDurationMs: 100\n`).join('')}`;

describe('estimate --free-tier', () => {
  const file = writeTemp('FreeTierCli.yaml', template(['One', 'Two']));
  const usageFile = writeTemp('usage.yml', usage('FreeTierCli', ['One', 'Two']));
  // 2 × 800,000 requests: 1,000,000 free; 2 × 80,000 GB-s (0.1 s × 1 GB): all free.
  const requestPrice = unit('AWSLambda', 'Lambda Requests');
  const expected = d(600000).times(requestPrice);
  const saved = d(1000000)
    .times(requestPrice)
    .plus(d(160000).times(unit('AWSLambda', 'Lambda Duration')));

  it('json: the free-tier lines are components, the allowances are listed, the total is their sum', async () => {
    const result = await cli('estimate', file, '--usage', usageFile, '--free-tier', '--format', 'json');
    expect(result.code, result.stderr).toBe(0);
    const estimate = JSON.parse(result.stdout) as Estimate;
    expect(estimate.totals.monthly).toBe(expected.toFixed());
    const rows = estimate.resources.flatMap((r) => r.components.map((c) => c.monthly));
    expect(rows.reduce((s, m) => s.plus(m), d(0)).toFixed()).toBe(estimate.totals.monthly);
    const taken = estimate.freeTierAllowances!.reduce((s, u) => s.plus(u.monthly), d(0));
    expect(taken.toFixed()).toBe(saved.negated().toFixed());
    expect(estimate.freeTierAllowances!.map((u) => u.id)).toEqual(['lambda-duration', 'lambda-requests']);
  });

  it('table and markdown: say the free tier was applied, name each allowance and what it took off', async () => {
    for (const format of ['table', 'markdown']) {
      const out = (await cli('estimate', file, '--usage', usageFile, '--free-tier', '--format', format)).stdout;
      expect(out, format).toContain(`Free tier: applied: ${formatUsd(saved.negated())} from 2 allowances`);
      const took = formatUsd(d(1000000).times(requestPrice).negated());
      expect(out, format).toContain(`Free tier Lambda requests: 1,000,000 of 1,000,000 requests used, ${took} (2 resources)`);
      // The table wraps long names; markdown keeps the line whole.
      const line = 'Free tier: Lambda requests (1,000,000 requests always free a month, shared: 200,000 of it used here)';
      expect(out, format).toContain(format === 'markdown' ? line : line.slice(0, 50));
      expect(out, format).toContain(formatUsd(expected));
    }
    const off = (await cli('estimate', file, '--usage', usageFile)).stdout;
    expect(off).toContain('Free tier: not applied');
    expect(off).not.toContain('Free tier: Lambda');
  });

  it('diff: each side subtracts its own allowances', async () => {
    const head = writeTemp('FreeTierCli.yaml', template(['One', 'Two', 'Three']));
    const headUsage = writeTemp('usage.yml', usage('FreeTierCli', ['One', 'Two', 'Three']));
    const result = await cli('diff', file, head, '--usage', headUsage, '--free-tier', '--format', 'json');
    expect(result.code, result.stderr).toBe(0);
    const diff = JSON.parse(result.stdout) as { totals: { before: string; after: string } };
    // Three functions: 2,400,000 requests less the one shared 1,000,000; 240,000 GB-s, all free.
    expect(diff.totals.after).toBe(d(1400000).times(requestPrice).toFixed());
    expect(diff.totals.before).toBe(expected.toFixed());
  });

  it('compare --scale: the allowance applies at each step', async () => {
    const result = await cli('compare', file, file, '--usage', usageFile, '--free-tier', '--scale', '0.5,1,4', '--format', 'json');
    expect(result.code, result.stderr).toBe(0);
    const comparison = JSON.parse(result.stdout) as { freeTier?: boolean; steps: Array<{ scale: string; a: { monthly: string } }> };
    expect(comparison.freeTier).toBe(true);
    const seconds = unit('AWSLambda', 'Lambda Duration');
    for (const step of comparison.steps) {
      const s = new Decimal(step.scale);
      const req = Decimal.max(0, d(1600000).times(s).minus(1000000)).times(requestPrice);
      const dur = Decimal.max(0, d(160000).times(s).minus(400000)).times(seconds);
      expect(step.a.monthly, `step ${step.scale}`).toBe(req.plus(dur).toFixed());
    }
  });
});
