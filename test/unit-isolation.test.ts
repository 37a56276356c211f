/**
 * The unit loop shares a worker's modules between files (test/vitest.unit.config.ts): a file that
 * changes what the process holds must be listed in OWN_PROCESS, or it could pass or fail depending on
 * which file ran before it in the same worker. This reads every unit file and names the ones that do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWN_PROCESS } from './test-groups.js';
import { REPO_ROOT } from './support/paths.js';

/**
 * What changes process state: env writes, cwd, faked timers, module mocks, globals, spies, the loopback server's credentials,
 * the SDK retry strategy.
 */
const CHANGES_PROCESS = new RegExp(
  [
    String.raw`process\.env(\.\w+|\[[^\]]+\])\s*(=[^=]|\?\?=)`,
    String.raw`delete\s+process\.env`,
    String.raw`process\.chdir`,
    String.raw`vi\.(mock|doMock|stubEnv|stubGlobal|spyOn|useFakeTimers|setSystemTime)`,
    String.raw`process\.exitCode\s*=`,
    String.raw`price-list-server\.js`,
    String.raw`price-list-test\.js`,
    String.raw`fast-sdk-retries\.js`,
    String.raw`setSdkRetryStrategy\(`,
  ].join('|'),
);

const SLOW = /emulator|\.browser\.test\.ts$|\.integration\.test\.ts$/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(REPO_ROOT, path)] : [];
  });
}

/** The test files (and test/support modules) a file imports by relative path, statically or dynamically. */
function relativeImports(file: string): string[] {
  const source = readFileSync(join(REPO_ROOT, file), 'utf8');
  const specifiers = [...source.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specifiers.filter((s) => s.endsWith('.js')).map((s) => join(dirname(file), s.replace(/\.js$/, '.ts')));
}

/** Whether `file` reaches `target` through its relative imports. */
function reaches(file: string, target: string, seen = new Set<string>()): boolean {
  if (file === target) return true;
  if (seen.has(file) || !file.startsWith('test/')) return false;
  seen.add(file);
  return relativeImports(file).some((next) => reaches(next, target, seen));
}

describe('unit files that share a worker', () => {
  const unit = testFiles(join(REPO_ROOT, 'test')).filter((file) => !SLOW.test(file));

  it('change nothing in the process (or are listed in OWN_PROCESS)', () => {
    const unlisted = unit.filter(
      (file) => !OWN_PROCESS.includes(file) && CHANGES_PROCESS.test(readFileSync(join(REPO_ROOT, file), 'utf8')),
    );
    expect(unlisted, 'add these to OWN_PROCESS in test/test-groups.ts').toEqual([]);
  });

  it('OWN_PROCESS names files that exist', () => {
    expect(OWN_PROCESS.filter((file) => !unit.includes(file))).toEqual([]);
  });

  // moto is installed into .venv and started by test/support/moto-server.ts: a test that needs it is an
  // emulator test (*emulator*.test.ts, full suite only), and the unit loop neither installs nor starts it.
  it('start no moto (an emulator test is named *emulator*.test.ts)', () => {
    expect(unit.filter((file) => reaches(file, 'test/support/moto-server.ts'))).toEqual([]);
  });
});
