/**
 * The WasteScanner function's code, staged at synth time without Docker or a bundler: a directory holding
 * - package.json (name cdk-cost, type module: the handler finds the package root and the snapshot as the CLI does),
 * - dist/lib (compiled JavaScript, no source maps or .d.ts) and dist/pricing,
 * - pricing/snapshot (the bundled AWS prices the findings are priced from),
 * - node_modules: the production packages the handler's import graph reaches (decimal.js, yaml, table, and
 *   @aws-sdk/* clients with their @smithy/@aws-crypto dependencies), each with its dependency closure.
 * Why bundle the AWS SDK although the nodejs runtimes ship one: the runtime's v3 SDK has whatever version AWS
 * last deployed (no pin, no changelog tied to this package), and the scan calls 19 clients — Organizations and
 * STS among them — whose commands and credential-provider behaviour it was tested against at the versions in
 * this package's lock file. Bundling pins them: about 100 MB unzipped (Lambda's limit is 250 MB), uploaded once
 * per version (CDK asset hashes are content hashes). Staging is deterministic — same files, same bytes, same
 * asset hash on every synth; nothing is generated (no timestamps, the package.json written with fixed content).
 * The staged directory (hard links to the package's files where the file system allows, see linkTree) is kept in
 * the temp directory under a fingerprint of its inputs and reused until they change, with a zip of it beside it
 * (stageScannerZip, zip.ts, ~18 MB): the construct hands CDK the zip, not the directory.
 */
import { builtinModules } from 'node:module';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { UserError } from '../../errors.js';
import { packageRoot } from '../../package-root.js';
import { zipFiles } from './zip.js';

/** The handler module inside the asset and the Lambda handler string for it. */
export const HANDLER_FILE = 'dist/lib/scan/organization/lambda-handler.js';
export const LAMBDA_HANDLER = 'dist/lib/scan/organization/lambda-handler.handler';

const BUILTINS = new Set(builtinModules);
/** Staged copies live in the temp directory as cdk-cost-waste-scanner-<version>-<fingerprint>/code. */
const STAGE_PREFIX = 'cdk-cost-waste-scanner-';
const DAY_MS = 86_400_000;
const IMPORT_PATTERNS = [
  /\b(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

let staged: string | undefined;

/** Stages the asset once per process (synths of several stacks share it) and returns its directory. */
export function stageScannerAsset(root: string = packageRoot()): string {
  if (staged && existsSync(staged)) return staged;
  const handler = join(root, HANDLER_FILE);
  if (!existsSync(handler)) {
    throw new UserError(
      `WasteScanner: ${HANDLER_FILE} is missing under ${root}.`,
      'The construct deploys the compiled package: build it first (npm run build), or install cdk-cost from the registry.',
    );
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const closure = packageClosure(handler);
  // Reused across synths and processes while the inputs are unchanged (a synth does not leave 100 MB behind each time).
  const cached = join(tmpdir(), `${STAGE_PREFIX}${version}-${fingerprint(root, closure)}`, 'code');
  if (existsSync(cached)) return (staged = cached);
  const out = mkdtempSync(join(tmpdir(), `${STAGE_PREFIX}work-`));
  const work = join(out, 'asset');
  const noMaps = (src: string) => !src.endsWith('.map');
  const keep = (src: string) => noMaps(src) && !src.endsWith('.d.ts');
  linkTree(join(root, 'dist', 'lib'), join(work, 'dist', 'lib'), keep);
  if (existsSync(join(root, 'dist', 'pricing'))) linkTree(join(root, 'dist', 'pricing'), join(work, 'dist', 'pricing'), keep);
  linkTree(join(root, 'pricing', 'snapshot'), join(work, 'pricing', 'snapshot'), () => true);
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'cdk-cost', version, type: 'module', private: true }, null, 2) + '\n');
  for (const [name, dir] of closure) linkTree(dir, join(work, 'node_modules', name), noMaps);
  mkdirSync(dirname(cached), { recursive: true });
  try {
    renameSync(work, cached);
  } catch (error) {
    // Another synth staged the same inputs first: use its copy.
    if (!existsSync(cached)) throw error;
  }
  rmSync(out, { recursive: true, force: true });
  pruneOldStages(dirname(cached));
  return (staged = cached);
}

/**
 * Staged copies of other versions or builds (a new one is staged when the package changes) are removed once a day
 * old: not at once, because another synth on this machine may be using an older version's copy right now.
 */
function pruneOldStages(current: string): void {
  const temp = dirname(current);
  for (const name of readdirSync(temp)) {
    const dir = join(temp, name);
    if (!name.startsWith(STAGE_PREFIX) || dir === current) continue;
    try {
      if (Date.now() - statSync(dir).mtimeMs > DAY_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Removed by another synth meanwhile, or not ours to remove: leave it.
    }
  }
}

/** Errors for which a hard link is impossible but a copy works: another file system, a file system without links. */
const NO_LINK = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP']);

/**
 * Places src's files (symbolic links followed, as npm's links in node_modules must be) under dst as hard links:
 * the ~15,000 files of the asset staged in a fraction of a second instead of copied, where the temp directory is on
 * the same file system as the package; copied where it is not. The staged directory is only read (zipped, and the
 * zip is what deploys), and a change to a source file changes its modification time, so the fingerprint, so a
 * new directory is staged: a linked file that changed later is never used.
 */
function linkTree(src: string, dst: string, filter: (path: string) => boolean): void {
  mkdirSync(dst, { recursive: true });
  for (const entry of readdirSync(src, { withFileTypes: true })) {
    const from = join(src, entry.name);
    const to = join(dst, entry.name);
    if (!filter(from)) continue;
    const info = statSync(from);
    if (info.isDirectory()) linkTree(from, to, filter);
    else if (info.isFile()) {
      try {
        linkSync(realpathSync(from), to);
      } catch (error) {
        if (!NO_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        copyFileSync(from, to);
      }
    }
  }
}

/** The staged directory as one deterministic zip (code.zip beside it), made once per staged copy. */
export function stageScannerZip(root: string = packageRoot()): string {
  const dir = stageScannerAsset(root);
  const zip = join(dirname(dir), 'code.zip');
  if (existsSync(zip)) return zip;
  // Written aside and renamed: a concurrent synth sees either no zip or the whole one.
  const partial = `${zip}.${process.pid}.partial`;
  writeFileSync(partial, zipFiles(dir, assetFiles(dir)));
  renameSync(partial, zip);
  return zip;
}

/** Sizes and modification times of the staged inputs: a change to any of them stages a new copy. */
function fingerprint(root: string, closure: Map<string, string>): string {
  const hash = createHash('sha256');
  const dirs = [join(root, 'dist', 'lib'), join(root, 'dist', 'pricing'), join(root, 'pricing', 'snapshot'), ...closure.values()];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of assetFiles(dir)) {
      const info = statSync(join(dir, file));
      hash.update(`${dir}/${file}\u0000${info.size}\u0000${info.mtimeMs}\n`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Package name → directory of every package the handler's import graph reaches, with their dependencies. */
export function packageClosure(entry: string): Map<string, string> {
  const seenFiles = new Set<string>();
  const roots = new Map<string, string>(); // package name → the file that imports it
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seenFiles.has(file)) continue;
    seenFiles.add(file);
    const text = readFileSync(file, 'utf8');
    for (const pattern of IMPORT_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const spec = match[1]!;
        if (spec.startsWith('.')) {
          const target = join(dirname(file), spec);
          if (target.endsWith('.js') && existsSync(target)) queue.push(target);
        } else if (!spec.startsWith('node:') && !BUILTINS.has(spec.split('/')[0]!)) {
          const name = packageName(spec);
          if (!roots.has(name)) roots.set(name, file);
        }
      }
    }
  }
  const out = new Map<string, string>();
  const visit = (name: string, from: string) => {
    const dir = findPackage(name, from);
    if (!dir) throw new UserError(`WasteScanner: package ${name} (needed by ${from}) is not installed.`, 'Run npm install.');
    if ([...out.values()].includes(dir)) return;
    // A package nested inside another one's node_modules travels with that one.
    if ([...out.values()].some((d) => dir.startsWith(d + sep))) return;
    const key = topName(dir);
    if (out.has(key)) return; // a second copy of the same name elsewhere in the tree: the first one resolved wins
    out.set(key, dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(manifest.dependencies ?? {}).sort()) visit(dep, dir);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {}).sort()) if (findPackage(dep, dir)) visit(dep, dir);
  };
  for (const [name, from] of [...roots].sort(([a], [b]) => (a < b ? -1 : 1))) visit(name, dirname(from));
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** Node's lookup: node_modules/<name> in the directory and each of its parents. */
function findPackage(name: string, from: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The package's name as the path after its last node_modules/ (e.g. @smithy/types). */
function topName(dir: string): string {
  const parts = dir.split(sep);
  const at = parts.lastIndexOf('node_modules');
  return parts.slice(at + 1).join('/');
}

/** Files of a staged asset, relative and sorted (tests and the size note). */
export function assetFiles(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [relative(dir, join(d, e.name))]));
  return walk(dir).sort();
}

/** Removes the staged directory, so that the next call stages afresh (tests). */
export function forgetStagedAsset(): void {
  if (staged) rmSync(dirname(staged), { recursive: true, force: true });
  staged = undefined;
}
