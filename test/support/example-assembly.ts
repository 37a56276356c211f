/**
 * Cloud Assemblies synthesized once and kept in node_modules/.cache under a hash of everything the
 * synthesis reads, for tests that price an app rather than test its synthesis:
 * - the example app (bin/app.ts, as cdk.json runs it from dist): the compiled app, examples and
 *   library, cdk.json and the lockfile. Synthesis takes half a minute on a busy machine;
 * - the small apps under test/fixtures/apps: every file there (an app may run `../app.mjs`), the
 *   built library (apps import 'cdk-cost/cdk'), and the lockfile (the aws-cdk-lib they load).
 * A test in the unit loop reuses the assembly until the app changes. Synthesis itself is proven by
 * the tests that call synthesize() or `cdk-cost estimate APP_DIR` directly.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { synthesize } from '../../lib/source/synthesize.js';
import { FIXTURES_DIR, REPO_ROOT } from './paths.js';

const EXAMPLE_INPUTS = ['dist/bin/app.js', 'dist/examples', 'dist/lib', 'cdk.json', 'package-lock.json'];
const FIXTURE_APPS = join(FIXTURES_DIR, 'apps');
const FIXTURE_INPUTS = [relative(REPO_ROOT, FIXTURE_APPS), 'dist/lib', 'package-lock.json'];

function hashInputs(inputs: string[], salt: string, files: RegExp): string {
  const hash = createHash('sha256').update(salt).update('\0');
  const add = (path: string) => {
    const full = join(REPO_ROOT, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(path, name));
      return;
    }
    if (!files.test(path)) return;
    hash.update(path).update('\0').update(readFileSync(full)).update('\0');
  };
  for (const input of inputs) add(input);
  return hash.digest('hex').slice(0, 16);
}

/** The assembly of appDir from the cache, or synthesized now and cached under `name/key`. */
async function cached(name: string, key: string, appDir: string, validate = false): Promise<string> {
  const cacheRoot = join(REPO_ROOT, 'node_modules', '.cache', 'cdk-cost-assemblies', name);
  const dir = join(cacheRoot, key);
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  const { assemblyDir } = await synthesize(appDir, { validate });
  mkdirSync(cacheRoot, { recursive: true });
  // Copied under a temporary name and renamed: a parallel run never sees half an assembly.
  const partial = `${dir}.${process.pid}.partial`;
  cpSync(assemblyDir, partial, { recursive: true });
  rmSync(assemblyDir, { recursive: true, force: true });
  try {
    renameSync(partial, dir);
  } catch {
    rmSync(partial, { recursive: true, force: true }); // another run got there first
  }
  // Assemblies of earlier versions of the app are of no further use.
  for (const entry of readdirSync(cacheRoot)) {
    if (!entry.includes('.') && join(cacheRoot, entry) !== dir) rmSync(join(cacheRoot, entry), { recursive: true, force: true });
  }
  return dir;
}

/**
 * The example app's assembly directory (bin/app.ts), synthesized now or reused from the cache. Synthesized with
 * the CDK's built-in validation on (cdk-cost turns it off to price): its report is what example-validation reads.
 */
export function exampleAssembly(): Promise<string> {
  return cached('example', hashInputs(EXAMPLE_INPUTS, 'validated', /\.(js|json)$/), REPO_ROOT, true);
}

/** The assembly of an app under test/fixtures/apps (e.g. 'cost-review/head'), synthesized now or reused from the cache. */
export function fixtureAssembly(app: string): Promise<string> {
  const name = app.replaceAll('/', '--');
  return cached(name, hashInputs(FIXTURE_INPUTS, app, /\.(m?js|cjs|json|html)$/), join(FIXTURE_APPS, app));
}
