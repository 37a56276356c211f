/**
 * House style: no line over 140 characters in the code people read. Biome wraps code at 140 but
 * leaves long strings, template literals and comments alone, so this test holds those too. The lines
 * still over the limit (mostly inside multi-line template literals: CSS, HTML and Markdown) are
 * counted per file in long-lines-baseline.json: a file may only lose long lines, never gain one, and
 * a file that is not listed may have none. Wrap one, lower its count (or drop the file) in the baseline.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../lib/package-root.js';

const MAX = 140;
const ROOTS = ['lib', 'bin', 'test', 'examples'];
const SKIP = new Set(['node_modules', 'fixtures', 'cdk.out']);
const root = packageRoot();
const baseline = JSON.parse(readFileSync(join(root, 'test', 'style', 'long-lines-baseline.json'), 'utf8')) as Record<string, number>;

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

function longLines(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const top of ROOTS) {
    for (const file of sourceFiles(join(root, top))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      const long = lines.flatMap((line, i) => (line.length > MAX ? [`${i + 1} (${line.length})`] : []));
      if (long.length) found.set(relative(root, file), long);
    }
  }
  return found;
}

describe('house style', () => {
  const found = longLines();

  it(`adds no line over ${MAX} characters (files may only lose the ones in the baseline)`, () => {
    const grown = [...found].filter(([file, lines]) => lines.length > (baseline[file] ?? 0));
    expect(grown.map(([file, lines]) => `${file}: ${lines.join(', ')} (baseline ${baseline[file] ?? 0})`)).toEqual([]);
  });

  it('keeps the baseline tight (a file that lost long lines lowers its count)', () => {
    const stale = Object.entries(baseline).filter(([file, count]) => (found.get(file)?.length ?? 0) < count);
    expect(stale.map(([file, count]) => `${file}: ${found.get(file)?.length ?? 0} now, baseline ${count}`)).toEqual([]);
  });
});
