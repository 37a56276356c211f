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

/** The shared folder is present in every developer session and in CI; tests that need it say so when it is not. */
export const HAS_SHARED = existsSync(AWS_PRICING_DIR) && existsSync(CORPUS_DIR);
