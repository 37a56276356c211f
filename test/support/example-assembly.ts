/**
 * The example app's Cloud Assembly (bin/app.ts, as cdk.json runs it from dist), synthesized once
 * and kept in node_modules/.cache under a hash of everything the synthesis reads: the compiled app,
 * examples and library, cdk.json and the lockfile. Synthesis takes half a minute on a busy machine;
 * a test in the unit loop reuses the assembly until the app changes.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { synthesize } from '../../lib/source/synthesize.js';
import { REPO_ROOT } from './paths.js';

const INPUTS = ['dist/bin/app.js', 'dist/examples', 'dist/lib', 'cdk.json', 'package-lock.json'];

function hashInputs(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(REPO_ROOT, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(path, name));
      return;
    }
    if (!/\.(js|json)$/.test(path)) return;
    hash.update(path).update('\0').update(readFileSync(full)).update('\0');
  };
  for (const input of INPUTS) add(input);
  return hash.digest('hex').slice(0, 16);
}

/** The assembly directory, synthesized now or reused from the cache. */
export async function exampleAssembly(): Promise<string> {
  const cacheRoot = join(REPO_ROOT, 'node_modules', '.cache', 'cdk-cost-example-assembly');
  const cached = join(cacheRoot, hashInputs());
  if (existsSync(join(cached, 'manifest.json'))) return cached;
  const { assemblyDir } = await synthesize(REPO_ROOT);
  mkdirSync(cacheRoot, { recursive: true });
  // Copied under a temporary name and renamed: a parallel run never sees half an assembly.
  const partial = `${cached}.${process.pid}.partial`;
  cpSync(assemblyDir, partial, { recursive: true });
  try {
    renameSync(partial, cached);
  } catch {
    rmSync(partial, { recursive: true, force: true }); // another run got there first
  }
  // Assemblies of earlier versions of the app are of no further use.
  for (const name of readdirSync(cacheRoot)) {
    if (!name.includes('.') && join(cacheRoot, name) !== cached) rmSync(join(cacheRoot, name), { recursive: true, force: true });
  }
  return cached;
}
