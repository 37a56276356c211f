/**
 * Bad input gets a clear error (exit 1): which file, where, what to do — never a stack trace,
 * never a silent zero.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { fixtureAssembly } from '../support/example-assembly.js';
import { FIXTURES_DIR } from '../support/paths.js';

const apps = join(FIXTURES_DIR, 'apps');
const templates = join(FIXTURES_DIR, 'templates');

function expectUserError(result: { code: number; stderr: string; stdout: string }, ...patterns: RegExp[]): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^error: /);
  expect(result.stderr).not.toMatch(/internal error/);
  expect(result.stderr).not.toMatch(/\n\s+at .*\/lib\/.+:\d+:\d+/); // no stack trace of cdk-cost's own
  for (const p of patterns) expect(result.stderr).toMatch(p);
}

describe('sources that are not what they claim', () => {
  it('a path that does not exist', async () => {
    expectUserError(await cli('estimate', join(FIXTURES_DIR, 'nope')), /nope: no such file or directory/, /hint: /);
  });

  it('a directory with neither cdk.json nor manifest.json', async () => {
    expectUserError(await cli('estimate', join(FIXTURES_DIR, 'not-an-app')), /neither cdk\.json .* nor manifest\.json/);
  });

  it('a cdk.json that is not JSON', async () => {
    expectUserError(await cli('estimate', join(apps, 'bad-cdk-json')), /bad-cdk-json\/cdk\.json is not valid JSON/);
  });

  it("an app that fails to synthesize: exit 1 with the app's own output and what to do", async () => {
    const result = await cli('estimate', join(apps, 'failing'));
    expectUserError(
      result,
      /failed to synthesize \(`node app\.mjs` exited with 1\)/,
      /loading configuration for stage "prod"/,
      /Missing required environment variable DEPLOY_STAGE/,
      /hint: Fix the app so that `cdk synth` succeeds/,
    );
  });
});

describe('malformed templates name the file and position', () => {
  it('JSON', async () => {
    expectUserError(await cli('estimate', join(templates, 'broken.json')), /broken\.json:3:\d+: invalid JSON/);
  });

  it('YAML', async () => {
    expectUserError(await cli('estimate', join(templates, 'broken.yaml')), /broken\.yaml:4:\d+: invalid YAML/);
  });

  it('a resource without a Type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-bad-'));
    const file = join(dir, 'no-type.yaml');
    writeFileSync(file, 'Resources:\n  Thing:\n    Properties: {}\n');
    expectUserError(await cli('estimate', file), /no-type\.yaml: Resources\.Thing has no Type/);
    rmSync(dir, { recursive: true });
  });

  it('an unknown --parameter', async () => {
    expectUserError(
      await cli('estimate', join(templates, 'queue-and-table.json'), '--parameter', 'ReadCapcity=3'),
      /declares no parameter "ReadCapcity"/,
      /Declared parameters: ReadCapacity, WriteCapacity, Stage/,
    );
  });
});

describe('an unreadable cdk.out names the file', () => {
  it('corrupt manifest.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-asm-'));
    writeFileSync(join(dir, 'manifest.json'), '{ "version": ');
    expectUserError(await cli('estimate', dir), new RegExp(`Cannot read ${dir}/manifest\\.json`));
    rmSync(dir, { recursive: true });
  });

  it('a template the manifest names is missing or corrupt', async () => {
    const assemblyDir = await fixtureAssembly('minimal');
    const copy = mkdtempSync(join(tmpdir(), 'cdk-cost-asm-'));
    cpSync(assemblyDir, copy, { recursive: true });
    rmSync(join(copy, 'Minimal.template.json'));
    expectUserError(await cli('estimate', copy), /Minimal\.template\.json named in the Cloud Assembly is missing/);
    writeFileSync(join(copy, 'Minimal.template.json'), '{"Resources": [');
    expectUserError(await cli('estimate', copy), /Minimal\.template\.json:1:\d+: invalid JSON/);
    rmSync(copy, { recursive: true });
  });
});

describe('options', () => {
  it('an unknown --format', async () => {
    expectUserError(
      await cli('estimate', join(templates, 'queue-and-table.json'), '--format', 'pdf'),
      /--format pdf: unknown format/,
      /table, json, markdown/,
    );
  });
});

describe('resource types cdk-cost does not price', () => {
  it('are listed as unsupported in the output, with exit 0, never dropped', async () => {
    const result = await cli('estimate', join(templates, 'queue-and-table.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Not priced \(unsupported\):\n\s+AWS::Made::Up ×1: no pricer for this resource type yet — queue-and-table\/Mystery/,
    );
    expect(result.stdout).toMatch(/1 unsupported/);
  });
});
