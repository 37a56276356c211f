/**
 * Usage files are checked against the app: unknown keys, wrong types and selectors that match
 * nothing are errors with file, line, key and a suggestion.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { FIXTURES_DIR } from '../support/paths.js';

const template = join(FIXTURES_DIR, 'templates', 'short-tags.yaml');
const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-usage-'));
function usageFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('usage file', () => {
  it('applies by logical id, by Stack/LogicalId and by type default, most specific first', async () => {
    const file = usageFile(
      'ok.yml',
      [
        'version: 1',
        'defaults:',
        '  AWS::Lambda::Function: { avgDurationMs: 100, monthlyRequests: 5 }',
        'resources:',
        '  short-tags/Worker: { monthlyRequests: 1000000 }',
        '  Queue: { monthlyRequests: 2000000 }',
      ].join('\n'),
    );
    const result = await cli('estimate', template, '--usage', file, '--format', 'json');
    expect(result.code).toBe(0);
    const estimate = JSON.parse(result.stdout);
    const worker = estimate.resources.find((r: any) => r.logicalId === 'Worker');
    expect(worker.components[0].quantity).toBe('1000000'); // resource entry beats the type default
    expect(worker.components[1].usage.avgDurationMs.origin).toMatch(/ok\.yml:3 \(default for AWS::Lambda::Function\)/);
    expect(worker.components[1].quantity).toBe('50000'); // 1,000,000 × 0.1 s × 0.5 GB (512 MB from the Sizes mapping)
    expect(estimate.resources.find((r: any) => r.logicalId === 'Queue').components[0].quantity).toBe('2000000');
    expect(estimate.usageFile).toBe(file);
  });

  it('reports every problem with file, line, key and a suggestion', async () => {
    const file = usageFile(
      'bad.yml',
      [
        'version: 1',
        'defaults:',
        '  AWS::Lambda::Functon: { avgDurationMs: 100 }',
        'resources:',
        '  Worker:',
        '    monthlyRequest: 1000',
        '    avgDurationMs: fast',
        '  Wroker: { monthlyRequests: 1 }',
        '  WorkerRole: { monthlyRequests: 1 }',
      ].join('\n'),
    );
    const result = await cli('estimate', template, '--usage', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${file}:3: defaults for "AWS::Lambda::Functon": not a type cdk-cost prices with usage. Did you mean "AWS::Lambda::Function"?`,
    );
    expect(result.stderr).toContain(`${file}:6: "Worker" → unknown key "monthlyRequest". Did you mean "monthlyRequests"?`);
    expect(result.stderr).toContain(`${file}:7: "Worker" → "avgDurationMs" must be a number (ms), got "fast".`);
    expect(result.stderr).toContain(`${file}:8: "Wroker" matches no resource in the app. Did you mean "Worker"?`);
    expect(result.stderr).toMatch(new RegExp(`${file}:9: "WorkerRole" → unknown key "monthlyRequests"\\. .*no usage keys`));
  });

  it('names the position of YAML errors and of unknown sections', async () => {
    const broken = usageFile('broken.yml', 'resources:\n  Worker: { monthlyRequests: 1\n');
    const r1 = await cli('estimate', template, '--usage', broken);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(new RegExp(`${broken}:\\d+:\\d+: invalid YAML`));
    const section = usageFile('section.yml', 'version: 1\nresource:\n  Worker: { monthlyRequests: 1 }\n');
    const r2 = await cli('estimate', template, '--usage', section);
    expect(r2.stderr).toContain(`${section}:2: unknown section "resource".`);
    expect(r2.stderr).toContain('Did you mean "resources"?');
  });

  it('rejects negative numbers and duplicate entries', async () => {
    const negative = usageFile('neg.yml', 'resources:\n  Worker: { monthlyRequests: -5 }\n');
    expect((await cli('estimate', template, '--usage', negative)).stderr).toContain(`${negative}:2: "Worker" → "monthlyRequests" is -5`);
    const dup = usageFile('dup.yml', 'resources:\n  Worker: { monthlyRequests: 5 }\n  Worker: { monthlyRequests: 6 }\n');
    expect((await cli('estimate', template, '--usage', dup)).stderr).toContain(
      `${dup}:3: "Worker" appears twice under "resources" (first at line 2).`,
    );
  });

  it('a missing usage file is a clear error', async () => {
    const result = await cli('estimate', template, '--usage', join(dir, 'absent.yml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('absent.yml: no such file');
  });
});
