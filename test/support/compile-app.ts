/**
 * Compiles this repository's CDK app (bin/app.ts and what it imports: the examples, lib/cdk) from the
 * current sources, for tests that hand the app to the real CDK CLI. cdk.json runs the compiled
 * dist/bin/app.js, but dist/ may be older than the sources in a working copy, and a test must not
 * rebuild dist/ under other work in the same checkout. So the app is compiled with the repo's own
 * tsconfig into a fresh directory of its own, inside node_modules/.cache so that Node resolves
 * aws-cdk-lib and constructs from the repo's node_modules, and lib/package-root still finds the
 * package. Only the app's import graph is compiled, and not type-checked (see below).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess, succeeded } from './child-process.js';
import { REPO_ROOT } from './paths.js';

export interface CompiledApp {
  /** The directory holding bin/, examples/ and lib/ as JavaScript; remove it when done. */
  dir: string;
  /** bin/app.js, for the CDK CLI's --app (it runs .js files with node). */
  appFile: string;
  /** Each entry's compiled .js, in the order given. */
  appFiles: string[];
}

/**
 * `entries` are the apps to compile (paths from the repository root, .ts); the first one is `appFile`, and
 * `appFiles` holds each one's .js. One tsc run compiles them all (their shared lib/ is emitted once).
 */
export async function compileApp(timeoutMs = 120_000, entries: string[] = ['bin/app.ts']): Promise<CompiledApp> {
  const cache = join(REPO_ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'cdk-cost-app-'));
  const tsconfig = join(dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(REPO_ROOT, 'tsconfig.json'),
      compilerOptions: {
        rootDir: REPO_ROOT,
        outDir: dir,
        // Resolved from this config's directory otherwise, where there is no @types/node.
        typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
        declaration: false,
        sourceMap: false,
        // Emit only: type errors are `npm run build`'s and CI's to report (npm ci builds), and this
        // test should not fail on work in progress elsewhere in the checkout.
        noCheck: true,
      },
      files: entries.map((e) => join(REPO_ROOT, e)),
      include: [],
    }),
  );
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    succeeded(await runProcess(process.execPath, [tsc, '-p', tsconfig], { cwd: REPO_ROOT, env: process.env, timeoutMs }));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const appFiles = entries.map((e) => join(dir, e.replace(/\.ts$/, '.js')));
  return { dir, appFile: appFiles[0]!, appFiles };
}
