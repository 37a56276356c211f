/**
 * Issue 2 figures:
 * - pricing a pre-synthesized assembly of 10,000 resources: ≤ 1 s and ≤ 300 MB peak, and time per
 *   resource at 10,000 within 1.5x of that at 1,000;
 * - `cdk-cost estimate` on the example app: ≤ 1.15x the time of synthesizing the same app alone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../lib/package-root.js';
import { readCdkJson, synthContext } from '../../lib/source/synthesize.js';
import type { Benchmark } from './registry.js';
import { generateAssembly } from './generate-assembly.js';

interface ChildResult {
  ms: number;
  maxRssMb: number;
  resources: number;
}

function runChild(source: string, usageFile: string): ChildResult {
  const out = execFileSync(process.execPath, [join(packageRoot(), 'dist', 'test', 'bench', 'estimate-child.js'), source, usageFile], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function pricingScale(): Promise<void> {
  // Usage as a large app writes it: type defaults and a few construct entries.
  await pricingScaleWith('defaults');
  // The worst case: an entry in the usage file for every usage-bearing resource (8,333 at 10,000).
  console.log('  with one usage-file entry per usage-bearing resource:');
  await pricingScaleWith('perResource');
}

async function pricingScaleWith(usageShape: 'perResource' | 'defaults'): Promise<void> {
  const results: Record<number, ChildResult> = {};
  for (const n of [1_000, 10_000]) {
    const dir = mkdtempSync(join(tmpdir(), `cdk-cost-bench-${n}-`));
    try {
      const { usageFile } = generateAssembly(dir, n, usageShape);
      runChild(dir, usageFile); // warm the file cache
      const runs = [0, 1, 2].map(() => runChild(dir, usageFile));
      const ms = median(runs.map((r) => r.ms));
      const rss = Math.max(...runs.map((r) => r.maxRssMb));
      results[n] = { ms, maxRssMb: rss, resources: runs[0]!.resources };
      console.log(
        `  ${n.toLocaleString('en-US')} resources: ${ms.toFixed(0)} ms (median of 3), peak RSS ${rss.toFixed(0)} MB, ` +
          `${((ms * 1000) / n).toFixed(1)} µs/resource`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const perSmall = results[1_000]!.ms / 1_000;
  const perLarge = results[10_000]!.ms / 10_000;
  console.log(
    `  target: 10,000 resources ≤ 1000 ms and ≤ 300 MB → ${results[10_000]!.ms.toFixed(0)} ms, ${results[10_000]!.maxRssMb.toFixed(0)} MB`,
  );
  console.log(`  target: per-resource time at 10,000 ≤ 1.5x that at 1,000 → ${(perLarge / perSmall).toFixed(2)}x`);
}

async function estimateVsSynth(): Promise<void> {
  const root = packageRoot();
  const usage = join(root, 'examples', 'upload-pipeline', 'usage.yml');
  const cdkJson = readCdkJson(root);
  const context = JSON.stringify(synthContext(root, cdkJson));
  const synthOnce = () => {
    const out = mkdtempSync(join(tmpdir(), 'cdk-cost-bench-synth-'));
    const started = performance.now();
    const r = spawnSync(cdkJson.app!, {
      cwd: root,
      shell: true,
      env: { ...process.env, CDK_OUTDIR: out, CDK_CONTEXT_JSON: context },
      stdio: 'ignore',
    });
    const ms = performance.now() - started;
    rmSync(out, { recursive: true, force: true });
    if (r.status !== 0) throw new Error('synth failed');
    return ms;
  };
  const estimateOnce = () => {
    const started = performance.now();
    const r = spawnSync(
      process.execPath,
      [join(root, 'dist', 'bin', 'cdk-cost.js'), 'estimate', root, '--usage', usage, '--format', 'json'],
      { cwd: root, stdio: 'ignore' },
    );
    const ms = performance.now() - started;
    if (r.status !== 0) throw new Error('estimate failed');
    return ms;
  };
  synthOnce();
  estimateOnce();
  const synth: number[] = [];
  const estimate: number[] = [];
  for (let i = 0; i < 5; i++) {
    synth.push(synthOnce());
    estimate.push(estimateOnce());
  }
  const s = median(synth);
  const e = median(estimate);
  console.log(
    `  synthesize alone: ${s.toFixed(0)} ms · cdk-cost estimate (synth + price + render): ${e.toFixed(0)} ms (medians of 5, interleaved)`,
  );
  console.log(`  target: ≤ 1.15x → ${(e / s).toFixed(3)}x`);
}

export const estimateBenchmarks: Benchmark[] = [
  { name: 'estimate-scale', description: 'pricing a pre-synthesized assembly of 1,000 and 10,000 resources', run: pricingScale },
  { name: 'estimate-vs-synth', description: 'cdk-cost estimate on the example app vs synthesizing it alone', run: estimateVsSynth },
];
