/**
 * The installed cdk-cost package's root (where pricing/ lives), found from this module's own
 * location so it works from the TypeScript sources (tests) and from the compiled dist/ alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'cdk-cost') {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cdk-cost package root not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export function bundledSnapshotDir(): string {
  return join(packageRoot(), 'pricing', 'snapshot');
}
