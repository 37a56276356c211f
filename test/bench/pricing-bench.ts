/**
 * Issue 3 figures:
 * - cold start of `cdk-cost estimate` on a one-region cdk.out: the price snapshot's share ≤ 50 ms;
 * - the snapshot's size on disk;
 * - price lookups ≥ 100,000 per second.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundledSnapshotDir, packageRoot } from '../../lib/package-root.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import type { Benchmark } from './registry.js';
import { generateAssembly } from './generate-assembly.js';

interface ChildResult {
  totalMs: number;
  indexMs: number;
  prepareMs: number;
  lookupMs: number;
  lookups: number;
  files: number;
  bytes: number;
  resources: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

async function snapshotSize(): Promise<void> {
  const files = walk(bundledSnapshotDir());
  let bytes = 0;
  let blocks = 0;
  let gzipped = 0;
  let largest = { path: '', size: 0 };
  for (const file of files) {
    const stat = statSync(file);
    bytes += stat.size;
    blocks += stat.blocks * 512;
    gzipped += gzipSync(readFileSync(file)).length;
    if (stat.size > largest.size) largest = { path: file.slice(bundledSnapshotDir().length + 1), size: stat.size };
  }
  const book = new SnapshotPriceBook(bundledSnapshotDir());
  const prices = book.services().reduce((n, s) => n + book.regions(s).reduce((m, r) => m + book.keys(s, r).length, 0), 0);
  console.log(
    `  ${files.length} files, ${prices.toLocaleString('en-US')} prices: ${mib(bytes)} of JSON (${mib(blocks)} of disk blocks); gzip ` +
      `per file would be ${mib(gzipped)}`,
  );
  console.log(
    `  largest file ${largest.path}: ${(largest.size / 1024).toFixed(0)} KiB; index.json: ` +
      `${(statSync(join(bundledSnapshotDir(), 'index.json')).size / 1024).toFixed(0)} KiB`,
  );
}

async function coldStart(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-bench-region-'));
  try {
    const { usageFile } = generateAssembly(dir, 120); // one stack, us-east-1, ten services
    const child = join(packageRoot(), 'dist', 'test', 'bench', 'pricing-child.js');
    const run = (): ChildResult =>
      JSON.parse(execFileSync(process.execPath, [child, dir, usageFile], { encoding: 'utf8' }).trim().split('\n').pop()!);
    run(); // warm the file cache: "cold" here is a fresh process, not a cold disk
    const runs = Array.from({ length: 9 }, run);
    const snapshotMs = runs.map((r) => r.indexMs + r.prepareMs + r.lookupMs);
    const cli = join(packageRoot(), 'dist', 'bin', 'cdk-cost.js');
    const wall = Array.from({ length: 5 }, () => {
      const started = performance.now();
      const r = spawnSync(process.execPath, [cli, 'estimate', dir, '--usage', usageFile, '--format', 'json'], { stdio: 'ignore' });
      if (r.status !== 0) throw new Error('estimate failed');
      return performance.now() - started;
    });
    const r0 = runs[0]!;
    console.log(
      `  one-region cdk.out (${r0.resources} resources, us-east-1): estimate ${median(runs.map((r) => r.totalMs)).toFixed(1)} ms ` +
        `in-process, ` +
        `\`cdk-cost estimate\` ${median(wall).toFixed(0)} ms wall (node start included) — medians`,
    );
    console.log(
      `  snapshot share: index ${median(runs.map((r) => r.indexMs)).toFixed(1)} ms + ${r0.files} region files ` +
        `(${(r0.bytes / 1024).toFixed(0)} KiB) ${median(runs.map((r) => r.prepareMs)).toFixed(1)} ms ` +
        `+ ${r0.lookups} lookups ${median(runs.map((r) => r.lookupMs)).toFixed(1)} ms`,
    );
    console.log(`  target: snapshot loading ≤ 50 ms → ${median(snapshotMs).toFixed(1)} ms (median of 9 fresh processes)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function lookups(): Promise<void> {
  const book = new SnapshotPriceBook(bundledSnapshotDir());
  const region = 'us-east-1';
  const services = book.services().filter((s) => book.regions(s).includes(region));
  await book.prepare(services.map((serviceCode) => ({ serviceCode, region })));
  const keys = services.flatMap((s) => book.keys(s, region).map((k) => [s, k] as const));
  // First lookups decode the stored record; later ones are served from the parsed-price cache.
  let started = performance.now();
  for (const [s, k] of keys) if (!book.lookup(s, region, k)) throw new Error(`${s} ${k} missing`);
  const firstRate = keys.length / ((performance.now() - started) / 1000);
  // A pricer-like access pattern: pseudo-random keys, many times each.
  const order = Array.from({ length: 1_000_000 }, (_, i) => keys[(i * 7919) % keys.length]!);
  started = performance.now();
  let found = 0;
  for (const [s, k] of order) if (book.lookup(s, region, k)) found++;
  const rate = order.length / ((performance.now() - started) / 1000);
  if (found !== order.length) throw new Error('lookup missed');
  console.log(
    `  ${keys.length.toLocaleString('en-US')} keys of ${services.length} services in ${region}: first lookup (decode) ` +
      `${Math.round(firstRate).toLocaleString('en-US')}/s`,
  );
  console.log(`  target: ≥ 100,000 lookups/s → ${Math.round(rate).toLocaleString('en-US')}/s (1,000,000 lookups)`);
}

export const pricingBenchmarks: Benchmark[] = [
  { name: 'snapshot-size', description: 'the bundled price snapshot on disk', run: snapshotSize },
  {
    name: 'snapshot-cold-start',
    description: 'price snapshot loading within a cold `cdk-cost estimate` of a one-region cdk.out',
    run: coldStart,
  },
  { name: 'price-lookups', description: 'PriceBook lookups per second', run: lookups },
];
