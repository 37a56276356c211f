/**
 * The bundled snapshot is derived by this project's own code from the AWS data in
 * ../shared/aws-pricing: rebuilding it gives exactly the committed files. The whole build takes
 * seconds of CPU, so it runs in the full `npm test` only (test/vitest.unit.config.ts); what the
 * snapshot keeps is checked in the unit loop by snapshot-build.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSnapshot } from '../../lib/pricing/build/build-snapshot.js';
import { AWS_PRICING_DIR, BUNDLED_SNAPSHOT, requireShared } from '../support/paths.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// The shared AWS data sits beside the repository in every developer session and in CI.
describe('snapshot build', () => {
  requireShared();
  it('reproduces the committed snapshot byte for byte', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cdk-cost-snapshot-')), 'snapshot');
    try {
      buildSnapshot(AWS_PRICING_DIR, out);
      const built = files(out)
        .map((f) => relative(out, f))
        .sort();
      const committed = files(BUNDLED_SNAPSHOT)
        .map((f) => relative(BUNDLED_SNAPSHOT, f))
        .sort();
      expect(built).toEqual(committed);
      for (const file of built) {
        expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(BUNDLED_SNAPSHOT, file), 'utf8'));
      }
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
  });
});
