/**
 * A user's CDK app that installs cdk-cost from its packed tarball, on another aws-cdk-lib 2.x than
 * this project's devDependency (the floor of the peer range, so the range is proven, not assumed).
 * The test installs it with `npm install --offline`: no test reaches the internet. What that
 * install needs (aws-cdk-lib at that version, and the registry metadata of cdk-cost's
 * dependencies, which `npm ci` does not keep) is put into npm's cache once by the vitest
 * globalSetup (consumer-deps-global-setup.ts), the way moto is installed into .venv.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

/** Another minor version than package.json's devDependency: the lowest the peer range allows. */
export const OTHER_CDK_LIB = '2.180.0';

interface PackageJson {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
}

const project = (): PackageJson => JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson;

/** The consumer's own dependencies: the CDK at OTHER_CDK_LIB, and constructs as the project uses it. */
export function consumerDependencies(): Record<string, string> {
  return { 'aws-cdk-lib': OTHER_CDK_LIB, constructs: project().devDependencies.constructs! };
}

/** npm flags for every install here: quiet, no audit or funding calls, and no install scripts. */
export const NPM_QUIET = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];

/** Where the warmed install of the consumer's dependencies is kept (outside node_modules, which `npm ci` empties). */
function warmDir(): string {
  const deps = { ...project().dependencies, ...consumerDependencies() };
  const key = createHash('sha256').update(JSON.stringify(deps)).digest('hex').slice(0, 16);
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cdk-cost-tests', `consumer-deps-${key}`);
}

/**
 * The node_modules a fresh install of the consumer's dependencies (aws-cdk-lib at OTHER_CDK_LIB,
 * constructs, and every dependency cdk-cost declares) produced once, online, in the globalSetup.
 * The test starts its app from a copy of it, so its offline `npm install` of the tarball resolves the
 * same tree a user's install would, without writing aws-cdk-lib's 20,000 files again on every run.
 */
export function warmNodeModules(): string {
  return join(warmDir(), 'node_modules');
}

/**
 * Puts what the offline install needs into npm's cache and keeps the installed tree (warmNodeModules),
 * unless a stamp says it is already there for this exact set of dependencies. One online
 * `npm install` of the same dependencies.
 */
export function warmConsumerCache(log: (line: string) => void = () => {}): void {
  const deps = { ...project().dependencies, ...consumerDependencies() };
  const dir = warmDir();
  const stamp = join(dir, 'stamp.json');
  if (existsSync(stamp) && existsSync(warmNodeModules())) return;
  log(`caching aws-cdk-lib@${OTHER_CDK_LIB} and the registry metadata of cdk-cost's dependencies for the offline install test`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'warm', private: true, dependencies: deps }));
  const npm = spawnSync('npm', ['install', '--prefer-offline', ...NPM_QUIET], { cwd: dir, encoding: 'utf8', timeout: 600_000 });
  if (npm.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`npm install in ${dir} failed (${npm.status ?? npm.signal}):\n${npm.stderr}`);
  }
  writeFileSync(stamp, `${JSON.stringify(deps, null, 2)}\n`);
}
