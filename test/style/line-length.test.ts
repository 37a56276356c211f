/**
 * House style: no line over 140 characters in the code people read (lib, bin, test, examples). Biome
 * wraps code at 140 (biome.json lineWidth) but leaves long strings, template literals and comments
 * alone, so this test holds those too. Wrap one without changing its value: split a string or template
 * into concatenated pieces outside any `${…}`, end a line inside an untagged template with `\` (a line
 * continuation adds nothing to the value), or build a long regular expression with new RegExp.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../lib/package-root.js';

const MAX = 140;
const ROOTS = ['lib', 'bin', 'test', 'examples'];
const SKIP = new Set(['node_modules', 'fixtures', 'cdk.out']);
const root = packageRoot();

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

/** Every line over MAX, as `file:line (length)`. */
function longLines(): string[] {
  const found: string[] = [];
  for (const top of ROOTS) {
    for (const file of sourceFiles(join(root, top))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.length > MAX) found.push(`${relative(root, file)}:${i + 1} (${line.length})`);
        });
    }
  }
  return found;
}

describe('house style', () => {
  it(`has no line over ${MAX} characters in ${ROOTS.join(', ')}`, () => {
    expect(longLines()).toEqual([]);
  });

  it('finds the files it checks (a wrong root would pass vacuously)', () => {
    const files = ROOTS.flatMap((top) => [...sourceFiles(join(root, top))]);
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((f) => relative(root, f))).toEqual(expect.arrayContaining(['lib/money.ts', 'test/style/line-length.test.ts']));
  });
});
