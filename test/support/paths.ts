/**
 * Paths tests share: the repository root, the shared folder beside it (AWS price data, the
 * template corpus), and fixtures.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../lib/package-root.js';

// packageRoot(), not this file's location: benchmarks run this module compiled, from dist/test/support.
export const REPO_ROOT = packageRoot();
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');
export const AWS_PRICING_DIR = join(SHARED_DIR, 'aws-pricing');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus', 'cfn-templates');
export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures');
export const BUNDLED_SNAPSHOT = join(REPO_ROOT, 'pricing', 'snapshot');

/**
 * The shared folder (AWS price data, the template corpus) is beside the repository in every
 * developer session and in CI. A suite that reads it calls this first (in its describe body, before
 * anything reads the folder): without it the suite FAILS with this message instead of skipping, so
 * a run that could not check the data never reports green.
 */
export function requireShared(): void {
  for (const dir of [AWS_PRICING_DIR, CORPUS_DIR]) {
    if (!existsSync(dir)) {
      throw new Error(
        `This suite needs the shared folder beside the repository, and ${dir} is missing. ` +
          `Put the shared folder (aws-pricing/, corpus/) at ${SHARED_DIR}, or run only the suites that do not need it.`,
      );
    }
  }
}
