/**
 * Synthesis cannot hang forever and leaves nothing behind: an app that never finishes is stopped
 * after --synth-timeout with its whole process group; the temporary Cloud Assembly is removed after
 * the estimate, after a failure and on Ctrl-C; --keep-assembly keeps it where asked. The apps here
 * are tiny shell/node programs (no CDK), so the test is fast.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';

/** An "app" that writes a one-queue Cloud Assembly into CDK_OUTDIR, as `cdk synth` would. */
const WRITE_ASSEMBLY = `
const { writeFileSync } = require('node:fs');
const out = process.env.CDK_OUTDIR;
writeFileSync(out + '/App.template.json', JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } }));
writeFileSync(out + '/manifest.json', JSON.stringify({ version: '36.0.0', artifacts: { App: {
  type: 'aws:cloudformation:stack', environment: 'aws://unknown-account/us-east-1', \
properties: { templateFile: 'App.template.json' } } } }));
`;

const APPS = mkdtempSync(join(tmpdir(), 'cdk-cost-apps-'));

function app(command: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(APPS, 'app-'));
  writeFileSync(join(dir, 'cdk.json'), JSON.stringify({ app: command }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Running, that is: a killed process whose parent is gone may linger as a zombie until init reaps it. */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

let temp: string;
const savedTmp = process.env.TMPDIR;
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'cdk-cost-tmp-'));
  process.env.TMPDIR = temp;
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

describe('synthesis lifecycle', () => {
  it('removes the temporary assembly after an estimate, and keeps it with --keep-assembly', async () => {
    const dir = app('node write.cjs', { 'write.cjs': WRITE_ASSEMBLY });
    const r = await cli('estimate', dir, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).resources.length).toBe(1);
    expect(readdirSync(temp)).toEqual([]);
    const keep = join(temp, 'kept');
    expect((await cli('estimate', dir, '--keep-assembly', keep)).code).toBe(0);
    expect(readdirSync(temp)).toEqual(['kept']);
    expect(existsSync(join(keep, 'manifest.json'))).toBe(true);
  });

  it('removes it when the app fails', async () => {
    const r = await cli('estimate', app('echo boom >&2; exit 3'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/failed to synthesize .*exited with 3/);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('stops an app that hangs after --synth-timeout, with everything it started', async () => {
    const dir = app("sh -c 'echo $$ > child.pid; sleep 120' & echo $! > shell.pid; wait");
    const started = performance.now();
    const r = await cli('estimate', dir, '--synth-timeout', '2s');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/did not finish synthesizing within 2 s .*its process group was killed/);
    expect(r.stderr).toMatch(/--synth-timeout or CDK_COST_SYNTH_TIMEOUT/);
    expect(performance.now() - started).toBeLessThan(15_000);
    const child = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    await new Promise((ok) => setTimeout(ok, 500));
    expect(alive(child)).toBe(false);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('CDK_COST_SYNTH_TIMEOUT sets the default; a bad value is a clear error', async () => {
    process.env.CDK_COST_SYNTH_TIMEOUT = 'soon';
    try {
      const r = await cli('estimate', app('true'));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/CDK_COST_SYNTH_TIMEOUT soon: not a duration/);
    } finally {
      delete process.env.CDK_COST_SYNTH_TIMEOUT;
    }
  });

  it('on Ctrl-C removes the assembly and ends the app (built CLI in dist/)', async () => {
    const dir = app('echo $$ > app.pid; sleep 120');
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'bin', 'cdk-cost.js'), 'estimate', dir], {
      env: { ...process.env, TMPDIR: temp },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 30_000;
    while (!existsSync(join(dir, 'app.pid')) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
    expect(readdirSync(temp).some((d) => d.startsWith('cdk-cost-synth-'))).toBe(true);
    const appPid = Number(readFileSync(join(dir, 'app.pid'), 'utf8'));
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    await new Promise((ok) => setTimeout(ok, 300));
    expect(alive(appPid)).toBe(false);
    expect(readdirSync(temp)).toEqual([]);
  });

  it("turns the CDK's built-in template validation off for pricing, unless the user set CDK_VALIDATION", async () => {
    const record = "writeFileSync(process.env.CDK_OUTDIR + '/../validation.txt', String(process.env.CDK_VALIDATION));";
    const recordEnv = `${WRITE_ASSEMBLY}\n${record}\n`;
    const dir = app('node write.cjs', { 'write.cjs': recordEnv });
    const seen = () => readFileSync(join(temp, 'validation.txt'), 'utf8');
    const saved = process.env.CDK_VALIDATION;
    try {
      delete process.env.CDK_VALIDATION;
      expect((await cli('estimate', dir, '--format', 'json')).code).toBe(0);
      expect(seen()).toBe('false');
      process.env.CDK_VALIDATION = 'true';
      expect((await cli('estimate', dir, '--format', 'json')).code).toBe(0);
      expect(seen()).toBe('true');
    } finally {
      if (saved === undefined) delete process.env.CDK_VALIDATION;
      else process.env.CDK_VALIDATION = saved;
    }
  });
});
