/**
 * action.yml: a composite action whose every `uses:` is pinned to a full commit SHA, whose inputs
 * reach scripts only through the environment (no `${{ }}` inside `run:`, where a crafted branch name
 * or input could inject shell), and whose commands exist in this CLI.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] }; inputs: Record<string, unknown> };

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
    for (const flag of ['--format', '--out', '--usage', '--fail-if-total-over', '--fail-if-increase-over']) expect(diff.stdout).toContain(flag);
    const comment = await cli('comment', 'github', '--help');
    for (const flag of ['--repo', '--pr', '--behavior', '--body-file', '--tag']) expect(comment.stdout).toContain(flag);
  });
});
