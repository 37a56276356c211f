/**
 * Issue 5 figures:
 * - propagation plus pricing on a generated 10,000-resource graph with ~20,000 edges ≤ 1.5 s
 *   (graph build, propagation, pricing; the assembly and usage file already read);
 * - a 5-step sweep ≤ 2x one estimate (both from reading the assembly; the graph is built once).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from '../../lib/money.js';
import { loadSource } from '../../lib/source/load-source.js';
import { readUsageFile } from '../../lib/usage/usage-file.js';
import { PricerRegistry } from '../../lib/resources/registry.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { bundledSnapshotDir } from '../../lib/package-root.js';
import { estimateArchitecture, priceNeeds, priceArchitecture } from '../../lib/estimate/estimate.js';
import { LoadContext } from '../../lib/usage/load-context.js';
import { UsageResolver } from '../../lib/usage/resolve-usage.js';
import { runLoadEstimate } from '../../lib/load/sweep/load-run.js';
import { runSweep } from '../../lib/load/sweep/sweep.js';
import type { Benchmark } from './registry.js';
import { generateLoadAssembly } from './generate-load-assembly.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function propagationAndPricing(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-load-bench-'));
  try {
    const { usageFile } = generateLoadAssembly(dir, 10_000);
    const architecture = await loadSource(dir);
    const usage = readUsageFile(usageFile);
    const pricers = new PricerRegistry();
    const priceBook = new SnapshotPriceBook(bundledSnapshotDir());
    await priceBook.prepare(priceNeeds(architecture, pricers));
    const resources = architecture.stacks.reduce((n, s) => n + s.resources.length, 0);
    const once = () => {
      const t0 = performance.now();
      const context = new LoadContext(architecture, usage, pricers);
      const t1 = performance.now();
      const layers = context.layersAt(1);
      const t2 = performance.now();
      const resolver = new UsageResolver(usage, architecture, pricers, layers);
      resolver.validate();
      const estimate = priceArchitecture(architecture, { priceBook, pricers, usageFor: (r) => resolver.valuesFor(r) });
      const t3 = performance.now();
      return {
        graph: t1 - t0,
        propagate: t2 - t1,
        price: t3 - t2,
        total: t3 - t0,
        edges: context.graph.edges.length,
        carrying: context.model.nodes().length,
        monthly: estimate.totals.monthly,
      };
    };
    once();
    const runs = [once(), once(), once()];
    const m = (k: 'graph' | 'propagate' | 'price' | 'total') => median(runs.map((r) => r[k]));
    console.log(
      `  ${resources.toLocaleString('en-US')} resources, ${runs[0]!.edges.toLocaleString('en-US')} edges; total ` +
        `$${new Decimal(runs[0]!.monthly).toFixed(2)} a month`,
    );
    console.log(
      `  graph + ratios ${m('graph').toFixed(0)} ms · propagation ${m('propagate').toFixed(0)} ms · usage resolution + pricing ` +
        `${m('price').toFixed(0)} ms (medians of 3)`,
    );
    console.log(`  target: propagation plus pricing ≤ 1500 ms → ${m('total').toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function sweepVsEstimate(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-load-bench-'));
  try {
    const { usageFile } = generateLoadAssembly(dir, 10_000);
    const scales = ['0.1', '1', '2', '10', '100'].map((s) => new Decimal(s));
    const oneEstimate = async () => {
      const t0 = performance.now();
      await runLoadEstimate({ pricers: new PricerRegistry(), source: dir, usageFile });
      return performance.now() - t0;
    };
    const sweep = async () => {
      const t0 = performance.now();
      const run = await runLoadEstimate({ pricers: new PricerRegistry(), source: dir, usageFile });
      runSweep(run, scales);
      return performance.now() - t0;
    };
    // A plain estimate, for reference: the same work without the load layer's graph.
    void estimateArchitecture;
    await oneEstimate();
    await sweep();
    const one: number[] = [];
    const five: number[] = [];
    for (let i = 0; i < 3; i++) {
      one.push(await oneEstimate());
      five.push(await sweep());
    }
    console.log(
      `  one estimate ${median(one).toFixed(0)} ms · 5-step sweep (${scales.map((s) => `${s}×`).join(', ')}) ` +
        `${median(five).toFixed(0)} ms (medians of 3, interleaved)`,
    );
    console.log(`  target: ≤ 2x → ${(median(five) / median(one)).toFixed(2)}x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const loadBenchmarks: Benchmark[] = [
  {
    name: 'load-propagation',
    description: 'graph, propagation and pricing on a generated 10,000-resource app with ~20,000 edges',
    run: propagationAndPricing,
  },
  { name: 'load-sweep', description: 'a 5-step load sweep vs one estimate on the same app', run: sweepVsEstimate },
];
