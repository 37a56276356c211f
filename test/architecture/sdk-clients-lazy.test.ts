/**
 * No AWS SDK client loads until a command calls AWS: every module the CLI (and the public API) loads at
 * start — its static, non-type imports, followed through lib/ — imports no `@aws-sdk/client-*`. The
 * clients are several MB of code; `cdk-cost estimate`, `--help` and every unit test file that imports
 * the CLI paid for all of them (3 s a start). A module that calls AWS imports its client where it calls
 * it (`await import('@aws-sdk/client-…')`), as the scan's loaders do (lib/scan/datasets/dataset.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

/** Static imports and re-exports that load at run time: `import type`/`export type` and all-`type` braces are erased by tsc. */
const STATIC = /^(?:import|export)\s+(?!type\s)([^'";]*?)\s*from\s*'([^']+)'|^import\s*'([^']+)'/gm;

function runtimeImports(file: string): string[] {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const out: string[] = [];
  for (const match of text.matchAll(STATIC)) {
    const [, clause = '', from, bare] = match;
    const braces = /^\{([^}]*)\}$/.exec(clause.trim());
    if (braces && braces[1]!.split(',').every((name) => !name.trim() || name.trim().startsWith('type '))) continue;
    out.push((from ?? bare)!);
  }
  return out;
}

/** Every file the entry loads, with the chain that led to it, and the SDK clients among their imports. */
function walk(entry: string): { loaded: Map<string, string[]>; clients: string[] } {
  const loaded = new Map<string, string[]>([[entry, [entry]]]);
  const clients: string[] = [];
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('@aws-sdk/client-')) clients.push(`${spec} ← ${loaded.get(file)!.toReversed().join(' ← ')}`);
      if (!spec.startsWith('.') || !spec.endsWith('.js')) continue;
      const next = relative(REPO_ROOT, resolve(REPO_ROOT, dirname(file), spec)).replace(/\.js$/, '.ts');
      if (loaded.has(next)) continue;
      loaded.set(next, [...loaded.get(file)!, next]);
      queue.push(next);
    }
  }
  return { loaded, clients };
}

describe('AWS SDK clients load on first use', () => {
  it('the CLI loads none at start (though it loads the scan: its policy, rules and loaders)', () => {
    const { loaded, clients } = walk('bin/cdk-cost.ts');
    expect(loaded.has('lib/scan/datasets/index.ts')).toBe(true);
    expect(loaded.has('lib/scan/datasets/ec2-volumes.ts')).toBe(true);
    expect(clients).toEqual([]);
  });

  it('the public API loads none at start', () => {
    expect(walk('lib/index.ts').clients).toEqual([]);
  });

  it('a loader imports its client where it calls it', () => {
    const source = readFileSync(join(REPO_ROOT, 'lib/scan/datasets/ec2-volumes.ts'), 'utf8');
    expect(source).toContain("await import('@aws-sdk/client-ec2')");
    expect(runtimeImports('lib/scan/datasets/ec2-volumes.ts').filter((s) => s.startsWith('@aws-sdk'))).toEqual([]);
  });
});
