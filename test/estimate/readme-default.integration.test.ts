/**
 * The README's main command — `cdk-cost estimate` in this repository — prices every example
 * completely: the usage file named in cdk.json plus the load the examples record in code.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli.js';
import { FIXTURES_DIR, REPO_ROOT } from '../support/paths.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';

describe('cdk-cost estimate with no arguments, in this repository', () => {
  it('prices every example stack with nothing missing or unsupported', async () => {
    const previous = process.cwd();
    process.chdir(REPO_ROOT);
    try {
      const result = await cli('estimate', '--format', 'json');
      expect(result.code).toBe(0);
      const estimate = JSON.parse(result.stdout) as Estimate;
      expect(estimate.usageFile).toBe(join(REPO_ROOT, 'examples', 'upload-pipeline', 'load.yml'));
      expect(estimate.stacks.map((s) => s.name).sort()).toEqual([
        'CmsPublishing',
        'Payments',
        'ShardedDatabase',
        'SingleDatabase',
        'SyncUploadPipeline',
        'UploadPipeline',
        'WebApp',
      ]);
      expect(estimate.summary.unsupported).toBe(0);
      expect(estimate.summary.usageMissing).toBe(0);
      expect(estimate.resources.filter((r) => r.missingUsage.length > 0).map((r) => `${r.path}: ${r.missingUsage.join(', ')}`)).toEqual([]);
      for (const stack of estimate.stacks) expect(Number(stack.monthly), stack.name).toBeGreaterThan(0);
      // Usage recorded in code (Usage.of) reaches the pricers, and says where it came from.
      const checkout = estimate.resources.find((r) => r.path === 'Payments/Checkout/Resource')!;
      const duration = checkout.components.find((c) => c.name.startsWith('Duration'))!;
      expect(duration.usage?.avgDurationMs?.origin).toMatch(/construct metadata of Payments\/Checkout/);
    } finally {
      process.chdir(previous);
    }
  });

  it('`npx cdk-cost` runs the built CLI in a fresh install (npm ci builds it and makes it executable)', () => {
    // npx runs this package's own bin file directly: without the executable bit, "Permission denied".
    expect(statSync(join(REPO_ROOT, 'dist', 'bin', 'cdk-cost.js')).mode & 0o111).not.toBe(0);
    const run = spawnSync('npx', ['--offline', 'cdk-cost', '--version'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe((JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('names a clear error when cdk.json points at a usage file that is not there', async () => {
    const app = mkdtempSync(join(tmpdir(), 'cdk-cost-app-'));
    cpSync(join(FIXTURES_DIR, 'apps', 'minimal'), app, { recursive: true });
    const cdkJson = JSON.parse(readFileSync(join(app, 'cdk.json'), 'utf8'));
    cdkJson.context['cdk-cost:usageFile'] = 'usage/missing.yml';
    writeFileSync(join(app, 'cdk.json'), JSON.stringify(cdkJson));
    const result = await cli('estimate', app);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${join(app, 'cdk.json')}: context "cdk-cost:usageFile" names "usage/missing.yml", which is not a file.`,
    );
  });
});
