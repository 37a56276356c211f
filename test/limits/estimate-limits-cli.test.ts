/**
 * `estimate --limits` / `--fail-on-limits` on a template: a 10 GB body sent whole to a REST API is
 * over the payload maximum at any load (exit 2); JSON carries the `limits` array.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limitIn, loadCatalogue, sizeInKB } from '../../lib/limits/catalogue.js';
import { cli } from '../support/cli.js';

let dir = '';
let template = '';
let usage = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdk-cost-limits-'));
  template = join(dir, 'template.json');
  usage = join(dir, 'usage.yml');
  writeFileSync(template, JSON.stringify({ Resources: { Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'files' } } } }));
  const tenGB = 10 * sizeInKB(1, 'GB');
  writeFileSync(usage, `version: 1\nresources:\n  Api:\n    monthlyRequests: 1000\n    avgRequestSizeKB: ${tenGB}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('estimate --limits', () => {
  it('lists the payload limit with its AWS page and exits 2 with --fail-on-limits', async () => {
    const result = await cli('estimate', template, '--usage', usage, '--fail-on-limits');
    const limit = limitIn(loadCatalogue(), 'apigateway.rest-payload', 'us-east-1')!;
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Limits');
    expect(result.stdout).toContain('breaks at any load');
    expect(result.stdout).toContain(limit.url);
    expect(result.stdout).toMatch(/presigned URL/);
  });

  it('writes limits[] in JSON and exits 0 without --fail-on-limits', async () => {
    const result = await cli('estimate', template, '--usage', usage, '--limits', '--format', 'json', '--peak-factor', '5');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { limitsPeakFactor: number; limits: Array<{ limit: { id: string }; breaksAt: number }> };
    expect(json.limitsPeakFactor).toBe(5);
    expect(json.limits.map((f) => [f.limit.id, f.breaksAt])).toContainEqual(['apigateway.rest-payload', 0]);
  });

  it('adds a Limits section to the HTML page, with the AWS page linked and the crossed limit marked', async () => {
    const result = await cli('estimate', template, '--usage', usage, '--limits', '--format', 'html');
    const limit = limitIn(loadCatalogue(), 'apigateway.rest-payload', 'us-east-1')!;
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(result.stdout.trimEnd().endsWith('</html>')).toBe(true);
    const section = result.stdout.slice(
      result.stdout.indexOf('<h2 id="h-limits">'),
      result.stdout.indexOf('</section>', result.stdout.indexOf('h-limits')),
    );
    expect(section).toContain(`<a href="${limit.url}">${limit.name}</a>`);
    expect(section).toContain('<tr class="exceeded">');
    expect(section).toContain('at any load');
    expect(section).toContain('presigned URL');
    const plain = await cli('estimate', template, '--usage', usage, '--format', 'html');
    expect(plain.stdout).not.toContain('h-limits');
  });

  it('checks against the catalogue --limits-catalogue names (e.g. a refreshed one)', async () => {
    const catalogue = loadCatalogue();
    const raised = {
      ...catalogue,
      limits: catalogue.limits.map((l) => (l.id === 'apigateway.rest-payload' ? { ...l, value: 20, unit: 'GB' } : l)),
    };
    const file = join(dir, 'catalogue.json');
    writeFileSync(file, JSON.stringify(raised));
    const result = await cli('estimate', template, '--usage', usage, '--limits-catalogue', file, '--fail-on-limits');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Limits');
    expect(result.stdout).not.toContain('breaks at any load');
    const bad = await cli('estimate', template, '--usage', usage, '--limits-catalogue', join(dir, 'missing.json'));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--limits-catalogue');
  });

  it('leaves the output alone without the flags, and rejects a peak factor below 1', async () => {
    const plain = await cli('estimate', template, '--usage', usage);
    expect(plain.stdout).not.toContain('Limits');
    const bad = await cli('estimate', template, '--usage', usage, '--peak-factor', '0.5');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--peak-factor 0.5');
  });
});
