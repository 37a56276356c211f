/**
 * action.yml: a composite action whose every `uses:` is pinned to a full commit SHA, whose inputs
 * reach scripts only through the environment (no `${{ }}` inside `run:`, where a crafted branch name
 * or input could inject shell), and whose commands exist in this CLI.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/paths.js';
import { cli } from '../support/cli.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, unknown>;
};

describe('action.yml', () => {
  it('is a composite action', () => {
    expect(action.runs.using).toBe('composite');
  });

  it('pins every action it uses to a full commit SHA', () => {
    const uses = action.runs.steps.filter((s) => s.uses).map((s) => s.uses!);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('keeps expressions out of scripts, and gives every script a shell', () => {
    for (const step of action.runs.steps.filter((s) => s.run)) {
      expect(step.run, step.name).not.toContain('${{');
      expect(step.shell, step.name).toBe('bash');
    }
  });

  it('runs commands and flags this CLI has', async () => {
    const diff = await cli('diff', '--help');
    for (const flag of ['--format', '--out', '--usage', '--fail-if-total-over', '--fail-if-increase-over'])
      expect(diff.stdout).toContain(flag);
    const comment = await cli('comment', 'github', '--help');
    for (const flag of ['--repo', '--pr', '--behavior', '--body-file', '--tag']) expect(comment.stdout).toContain(flag);
  });
});

/** Runs one step's script as the runner would (bash -e), with its env and the runner's variables. */
function runStep(name: string, cwd: string, env: Record<string, string>) {
  const step = action.runs.steps.find((s) => s.name === name)!;
  return spawnSync('bash', ['-e', '-c', step.run!], {
    cwd,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env },
    encoding: 'utf8',
  });
}

describe('action.yml steps, run as scripts on a fresh clone', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    }).trim();
  const root = mkdtempSync(join(tmpdir(), 'cdk-cost-action-'));
  const origin = join(root, 'origin');
  execFileSync('git', ['init', '-q', '-b', 'main', origin]);
  writeFileSync(join(origin, 'README.md'), 'base\n');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'base (no app yet)');
  const base = git(origin, 'rev-parse', 'HEAD');
  writeFileSync(join(origin, 'cdk.json'), '{"app": "true"}\n');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'head adds the app');

  it('checks out the base without making a full clone shallow', () => {
    const clone = join(root, 'full');
    execFileSync('git', ['clone', '-q', `file://${origin}`, clone]);
    const temp = mkdtempSync(join(root, 'runner-'));
    const r = runStep('Check out the base commit', clone, { BASE_REF: base, RUNNER_TEMP: temp });
    expect(r.stderr + r.stdout).not.toMatch(/fatal|error/i);
    expect(r.status).toBe(0);
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('false');
    expect(git(join(temp, 'cdk-cost-base'), 'rev-parse', 'HEAD')).toBe(base);
  });

  it('fetches a missing base shallowly into a shallow clone', () => {
    const clone = join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin}`, clone]);
    const temp = mkdtempSync(join(root, 'runner-'));
    const r = runStep('Check out the base commit', clone, { BASE_REF: base, RUNNER_TEMP: temp });
    expect(r.status, r.stderr).toBe(0);
    expect(git(join(temp, 'cdk-cost-base'), 'rev-parse', 'HEAD')).toBe(base);
  });

  it('a base without the app installs nothing there, and the default Node is 22 or newer', () => {
    const clone = join(root, 'install');
    execFileSync('git', ['clone', '-q', `file://${origin}`, clone]);
    const temp = mkdtempSync(join(root, 'runner-'));
    runStep('Check out the base commit', clone, { BASE_REF: base, RUNNER_TEMP: temp });
    const r = runStep("Install the app's dependencies (head and base)", clone, {
      APP_DIR: '.',
      INSTALL: 'echo installed in $PWD',
      RUNNER_TEMP: temp,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([`installed in ${clone}`]);
    expect(Number((action.inputs['node-version'] as { default: string }).default)).toBeGreaterThanOrEqual(22);
  });

  it('a pull request from a fork skips the comment with a notice instead of failing', () => {
    const r = runStep('Comment on the pull request', root, {
      HEAD_REPO: 'someone/fork',
      GITHUB_REPOSITORY: 'acme/infra',
      PR_NUMBER: '1',
      BEHAVIOR: 'update',
      MARKDOWN: '/nonexistent',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/::notice::cdk-cost: pull request from a fork \(someone\/fork\)/);
  });
});
