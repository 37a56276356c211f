/**
 * `diff --limits` and the PR comment: a change that makes a function need more concurrent
 * executions than the default names it ("this change makes … need 1,400 concurrent executions; the
 * default is 1,000"); the markdown and JSON diff carry it; a limit the change brings back under is
 * listed too. Both sides are saved estimates, so the limits come from the usage they recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limitIn, loadCatalogue } from '../../lib/limits/catalogue.js';
import { DEFAULT_PEAK_FACTOR, SECONDS_PER_MONTH, round } from '../../lib/limits/load-math.js';
import { cli } from '../support/cli.js';

const quota = limitIn(loadCatalogue(), 'lambda.concurrent-executions', 'us-east-1')!;
/** Monthly requests of 1 s invocations whose peak concurrency is `concurrency`. */
const monthlyFor = (concurrency: number) => (concurrency * SECONDS_PER_MONTH) / DEFAULT_PEAK_FACTOR;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let dir = '';
const saved: Record<string, string> = {};
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cdk-cost-diff-limits-'));
  const template = join(dir, 'template.json');
  const fn = {
    Type: 'AWS::Lambda::Function',
    Properties: { Runtime: 'nodejs20.x', MemorySize: 1024, Handler: 'i.h', Code: { ZipFile: 'x' } },
  };
  writeFileSync(template, JSON.stringify({ Resources: { Worker: fn } }));
  for (const [name, concurrency] of [
    ['base', quota.value * 0.9],
    ['head', quota.value * 1.4],
  ] as const) {
    const usage = join(dir, `${name}.yml`);
    writeFileSync(usage, `version: 1\nresources:\n  Worker:\n    monthlyRequests: ${monthlyFor(concurrency)}\n    avgDurationMs: 1000\n`);
    saved[name] = join(dir, `${name}.json`);
    const result = await cli('estimate', template, '--usage', usage, '--format', 'json', '--out', saved[name]!);
    expect(result.code, result.stderr).toBe(0);
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('diff --limits', () => {
  it('names the limit the head crosses and the base did not, in the PR comment markdown', async () => {
    const result = await cli('diff', saved['base']!, saved['head']!, '--limits', '--format', 'markdown');
    expect(result.code, result.stderr).toBe(0);
    const need = round(quota.value * 1.4);
    const was = round(quota.value * 0.9);
    // The template's stack is named after its folder: the path is STACK/Worker.
    const sentence = `need ${need} ${quota.unit} (was ${was}); the default is ${round(quota.value)} (${quota.name})`;
    expect(result.stdout).toMatch(new RegExp(`this change makes \`[^\`]*/Worker\` ${escapeRegExp(sentence)}`));
    expect(result.stdout).toContain(`[AWS](${quota.url})`);
    // Right under the summary line, before the largest changes.
    expect(result.stdout.indexOf('**Limit:**')).toBeLessThan(result.stdout.indexOf('| Construct'));
  });

  it('lists a limit the change brings back under, and carries limits in the JSON diff', async () => {
    const back = await cli('diff', saved['head']!, saved['base']!, '--limits', '--format', 'markdown');
    expect(back.stdout).toMatch(/\*\*Limit no longer crossed:\*\* `[^`]*\/Worker`/);
    expect(back.stdout).not.toContain('⚠️ **Limit:**');
    const json = await cli('diff', saved['base']!, saved['head']!, '--limits', '--format', 'json');
    const diff = JSON.parse(json.stdout) as { limits: { newlyCrossed: Array<{ resource: string; limit: { id: string } }> } };
    const crossed = diff.limits.newlyCrossed.map((f) => [f.resource.split('/').pop(), f.limit.id]);
    expect(crossed).toContainEqual(['Worker', 'lambda.concurrent-executions']);
  });

  it('leaves the diff alone without --limits', async () => {
    const plain = await cli('diff', saved['base']!, saved['head']!, '--format', 'markdown');
    expect(plain.stdout).not.toContain('Limit');
  });
});
