/**
 * Issue 6 figures:
 * - importing 'cdk-cost/cdk' into a CDK app: a few tens of ms (the pricing engine loads only when a
 *   CostGuard first checks);
 * - a CostGuard on the example app: its share of `app.synth()` time;
 * - diffing two 10,000-resource estimates and rendering the PR comment: well under a second.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../lib/package-root.js';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import type { Estimate, ResourceCost } from '../../lib/estimate/estimate-types.js';
import { diffEstimates } from '../../lib/diff/diff-estimates.js';
import { renderDiffMarkdown } from '../../lib/report/diff/render-diff-markdown.js';
import { generateAssembly } from './generate-assembly.js';
import type { Benchmark } from './registry.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timedImport(specifier: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: packageRoot(), encoding: 'utf8' }).trim());
}

async function importCost(): Promise<void> {
  const root = packageRoot();
  for (const [label, specifier] of [
    ["'cdk-cost/cdk' (Usage, Load, CostGuard)", 'cdk-cost/cdk'],
    ['the guard engine (loaded on the first check)', join(root, 'dist', 'lib', 'cdk', 'guard-engine.js')],
    ["'cdk-cost' (the whole library)", 'cdk-cost'],
  ] as const) {
    timedImport(specifier); // warm the file cache
    const ms = median([0, 1, 2, 3, 4].map(() => timedImport(specifier)));
    console.log(`  import ${label}: ${ms.toFixed(0)} ms (median of 5, fresh process each)`);
  }
  console.log("  target: 'cdk-cost/cdk' ≤ 100 ms");
}

async function guardOverhead(): Promise<void> {
  const root = packageRoot();
  const usage = join(root, 'examples', 'upload-pipeline', 'usage.yml');
  const run = (mode: 'plain' | 'guard' | 'evaluate') => {
    const out = mkdtempSync(join(tmpdir(), 'cdk-cost-bench-guard-'));
    try {
      // stderr: the examples' own CloudFormation validation warnings.
      const text = execFileSync(process.execPath, [join(root, 'dist', 'test', 'bench', 'guard-child.js'), mode, out, usage], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      return JSON.parse(text.trim().split('\n').pop()!) as { ms: number; guardMs?: number };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  };
  run('plain');
  const plain: number[] = [];
  const guarded: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < 3; i++) {
    plain.push(run('plain').ms);
    guarded.push(run('guard').ms);
    check.push(run('evaluate').guardMs!);
  }
  const p = median(plain);
  const g = median(guarded);
  const c = median(check);
  console.log(
    `  example app (4 stacks) synth: ${p.toFixed(0)} ms plain, ${g.toFixed(0)} ms with CostGuard (median of 3; machine noise included)`,
  );
  console.log(
    `  the guard's check alone (engine load + pricing the app): ${c.toFixed(0)} ms (median of 3) = ${((c / p) * 100).toFixed(0)}% of ` +
      `the plain synth`,
  );
  console.log('  target: the check ≤ 30% of synthesis time');
}

async function diffScale(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-bench-diff-'));
  try {
    const { usageFile } = generateAssembly(dir, 10_000);
    const { estimate: base } = await runEstimate({ pricers: new PricerRegistry(), source: dir, usageFile });
    const head = changed(base);
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const diff = diffEstimates({ spec: 'base', estimate: base, saved: true }, { spec: 'head', estimate: head, saved: true });
      size = renderDiffMarkdown(diff).length;
      times.push(performance.now() - started);
    }
    console.log(
      `  diff + PR comment of two 10,000-resource estimates (1,000 changed, 500 added, 500 removed): ${median(times).toFixed(0)} ms ` +
        `(median of 5), comment ${size.toLocaleString('en-US')} chars`,
    );
    console.log('  target: ≤ 1,000 ms (synthesizing either side takes longer); comment ≤ 65,536 chars');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A head version of `base`: 500 resources removed, 500 added, 1,000 with a component twice as large. */
function changed(base: Estimate): Estimate {
  const head = JSON.parse(JSON.stringify(base)) as Estimate;
  const priced = head.resources.filter((r) => r.components.length > 0);
  for (const r of priced.slice(0, 1000)) double(r);
  const removed = new Set(priced.slice(1000, 1500));
  const added = priced
    .slice(1500, 2000)
    .map((r) => ({ ...JSON.parse(JSON.stringify(r)), path: `${r.path}Copy`, logicalId: `${r.logicalId}Copy` }) as ResourceCost);
  head.resources = [...head.resources.filter((r) => !removed.has(r)), ...added];
  return head;
}

function double(r: ResourceCost): void {
  const c = r.components[0]!;
  c.quantity = c.quantity === null ? null : String(Number(c.quantity) * 2);
  c.monthly = String(Number(c.monthly) * 2);
  r.monthly = String(Number(r.monthly) + Number(c.monthly) / 2);
}

export const costReviewBenchmarks: Benchmark[] = [
  { name: 'cdk-import', description: "start-up cost of import 'cdk-cost/cdk' in a CDK app", run: importCost },
  { name: 'cost-guard', description: 'CostGuard inside synthesis of the example app', run: guardOverhead },
  { name: 'diff', description: 'diff and PR comment of two 10,000-resource estimates', run: diffScale },
];
