/**
 * Input built to hurt — YAML alias bombs, 5,000-deep nesting — and outputs that cannot be written
 * (a full disk, a read-only place) end in a clear error (exit 1) in bounded time and memory.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { FIXTURES_DIR } from '../support/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-hostile-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const TEMPLATE = join(FIXTURES_DIR, 'templates', 'queue-and-table.json');

/** "Billion laughs": 9 levels of 9 aliases each expand to 9^9 strings. */
function laughs(): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n');
}
const DEEP = 5_000;
const nested = '['.repeat(DEEP) + ']'.repeat(DEEP);

async function clearError(args: string[], message: RegExp): Promise<void> {
  const started = performance.now();
  const heap = process.memoryUsage().heapUsed;
  const r = await cli(...args);
  expect(r.stderr).toMatch(message);
  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(performance.now() - started).toBeLessThan(10_000);
  expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200 * 1024 * 1024);
}

describe('hostile templates and usage files', () => {
  it('a YAML alias bomb in a template', async () => {
    const bomb = file('bomb.yaml', `${laughs()}\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: *a9\n`);
    await clearError(['estimate', bomb], /bomb\.yaml: too many YAML alias expansions/);
  });

  it('5,000-deep nesting in a YAML and a JSON template', async () => {
    const yaml = file('deep.yaml', `Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: ${nested}\n`);
    await clearError(['estimate', yaml], /deep\.yaml: nested more than 200 levels deep/);
    const json = file('deep.json', `{"Resources":{"Q":{"Type":"AWS::SQS::Queue","Properties":{"Tags":${nested}}}}}`);
    await clearError(['estimate', json], /deep\.json: nested more than 200 levels deep/);
    const keys = Array.from({ length: DEEP }, (_, i) => `${' '.repeat(2 * i + 2)}k${i}:`).join('\n');
    const block = file('deep-block.yaml', `Resources:\n${keys} 1\n`);
    await clearError(['estimate', block], /deep-block\.yaml: nested more than 200 levels deep/);
  });

  it('an alias bomb and deep nesting in a usage file', async () => {
    const aliases = laughs()
      .split('\n')
      .slice(1)
      .map((l) => `  ${l}`)
      .join('\n');
    const bomb = file('bomb.usage.yml', `version: 1\nload:\n  x: &a0 [1, 2, 3, 4, 5, 6, 7, 8, 9]\n${aliases}\n`);
    await clearError(['estimate', TEMPLATE, '--usage', bomb], /bomb\.usage\.yml: too many YAML alias expansions/);
    const deep = file('deep.usage.yml', `version: 1\nresources:\n  Q:\n    x: ${nested}\n`);
    await clearError(['estimate', TEMPLATE, '--usage', deep], /deep\.usage\.yml: nested more than 200 levels deep/);
  });

  it('a real template with quotes, apostrophes and brackets in strings is not mistaken for deep', async () => {
    const ok = file(
      'ok.yaml',
      `Description: "don't [ { worry"  # a comment with [[[\n` +
        `Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: it's-[fine\n`,
    );
    const r = await cli('estimate', ok);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('outputs that cannot be written', () => {
  it('--out /dev/full: the disk is full', async () => {
    await clearError(['estimate', TEMPLATE, '--out', '/dev/full'], /--out \/dev\/full: the disk is full \(ENOSPC\)/);
  });

  it('usage init --out into a read-only directory', async () => {
    // root writes through permission bits: there, use a read-only mount (/sys) instead.
    let target = join('/sys', 'cdk-cost.usage.yml');
    if (process.getuid?.() !== 0) {
      const readOnly = join(dir, 'read-only');
      mkdirSync(readOnly);
      chmodSync(readOnly, 0o555);
      target = join(readOnly, 'cdk-cost.usage.yml');
    }
    await clearError(['usage', 'init', TEMPLATE, '--out', target], /cannot write there \((EACCES|EROFS|EPERM)\)/);
  });
});
