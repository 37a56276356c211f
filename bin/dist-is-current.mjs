#!/usr/bin/env node
/**
 * `prepare` runs this before building: exit 0 when dist/ is newer than every input of the build, 1 otherwise.
 * Why: npm runs `prepare` on `npm ci` (dist must be built) and again whenever `npx cdk-cost` runs inside this
 * repository — npm 11 installs a package that provides the command itself into the npx cache, running its
 * prepare — so the README's `npm ci && npx cdk-cost estimate` compiled everything twice (~20 s more for a new
 * user). The build itself (`npm run build`) always compiles; only `prepare` skips a build that would change nothing.
 * Inputs: the TypeScript under bin, lib, examples and test/bench (tsconfig.json's include), tsconfig.json and the
 * lock file. A checkout or edit gives a file a newer time, so it rebuilds; deleting a source also rebuilds.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const built = join(root, 'dist', 'bin', 'cdk-cost.js');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return path.endsWith('.ts') || path.endsWith('.json') ? stat.mtimeMs : 0;
  // A directory's own time changes when an entry is added, removed or renamed.
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'cdk.out') continue;
    latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}

try {
  const builtAt = statSync(built).mtimeMs;
  const inputs = ['bin', 'lib', 'examples', join('test', 'bench'), 'tsconfig.json', 'package-lock.json'];
  const latest = Math.max(...inputs.map((input) => newest(join(root, input))));
  process.exit(latest < builtAt ? 0 : 1);
} catch {
  process.exit(1); // no dist yet, or an input is unreadable: build
}
