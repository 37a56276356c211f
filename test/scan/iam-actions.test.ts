/**
 * Each dataset declares the IAM actions it calls (`iamActions`), and the scan's policy is built from
 * those declarations: here each dataset's declaration is checked against the SDK commands its source
 * sends — every `new XCommand(…)` and `paginateX(…)` of its module is `service:X` (S3's ListBuckets is
 * authorised by s3:ListAllMyBuckets) — so a loader that starts calling a new API fails this test until
 * the policy allows it. The region listing and metric fetch are checked the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../lib/scan/datasets/dataset.js';
import { DATASETS } from '../../lib/scan/datasets/index.js';
import { REGIONS_IAM_ACTIONS } from '../../lib/scan/engine/regions.js';
import { SCAN_IAM_ACTIONS } from '../../lib/scan/iam-policy.js';
import { METRICS_IAM_ACTIONS } from '../../lib/scan/metrics/fetch-metrics.js';
import { REPO_ROOT } from '../support/paths.js';

const SCAN = join(REPO_ROOT, 'lib', 'scan');
/** Commands whose IAM action is not named like the API call. */
const ACTION_OF: Record<string, string> = { 's3:ListBuckets': 's3:ListAllMyBuckets' };

/** The IAM actions a module's source sends, for a client whose IAM prefix is `service`. */
function actionsIn(file: string, service: string): string[] {
  const source = readFileSync(file, 'utf8');
  const calls = [...source.matchAll(/new (\w+)Command\(/g), ...source.matchAll(/paginate(\w+)\(/g)].map((m) => `${service}:${m[1]}`);
  return [...new Set(calls.map((a) => ACTION_OF[a] ?? a))].sort();
}

describe('scan IAM actions', () => {
  it('every dataset declares exactly the actions of the SDK commands its loader sends', async () => {
    const seen = new Set<unknown>();
    const dir = join(SCAN, 'datasets');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const module = (await import(join(dir, name))) as Record<string, unknown>;
      for (const value of Object.values(module)) {
        const dataset = value as Partial<Dataset<unknown>>;
        if (typeof dataset !== 'object' || !dataset || typeof dataset.load !== 'function' || !dataset.iamActions) continue;
        seen.add(dataset);
        const sent = actionsIn(join(dir, name), dataset.service!);
        expect(sent.length, `${name} sends SDK commands`).toBeGreaterThan(0);
        expect([...dataset.iamActions].sort(), `${name}: declared iamActions vs commands sent`).toEqual(sent);
      }
    }
    for (const [name, dataset] of Object.entries(DATASETS)) expect(seen.has(dataset), `dataset ${name} checked`).toBe(true);
  });

  it('the region listing and the metric fetch declare theirs', () => {
    expect(REGIONS_IAM_ACTIONS).toEqual(actionsIn(join(SCAN, 'engine', 'regions.ts'), 'ec2'));
    expect(METRICS_IAM_ACTIONS).toEqual(actionsIn(join(SCAN, 'metrics', 'fetch-metrics.ts'), 'cloudwatch'));
  });

  it('the policy is the union of the declarations: read-only, sorted, no duplicates', () => {
    const declared = new Set([...Object.values(DATASETS).flatMap((d) => d.iamActions), ...REGIONS_IAM_ACTIONS, ...METRICS_IAM_ACTIONS]);
    expect(new Set(SCAN_IAM_ACTIONS)).toEqual(declared);
    expect(new Set(SCAN_IAM_ACTIONS).size).toBe(SCAN_IAM_ACTIONS.length);
    expect([...SCAN_IAM_ACTIONS]).toEqual([...SCAN_IAM_ACTIONS].sort());
    expect(SCAN_IAM_ACTIONS.every((a) => /^[a-z0-9-]+:(Describe|List|Get)[A-Za-z]+$/.test(a))).toBe(true);
  });
});
