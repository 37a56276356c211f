/**
 * The invariant behind every report: what is shown adds up to the total shown — per construct,
 * stack and service and overall, in the table, markdown, HTML and the PR comment — the JSON adds
 * up exactly, and the table's total is the JSON's. Checked over the example app, every template of
 * the corpus, and generated assemblies that mix priced, usage-missing, free, unsupported and
 * partly priced resources. The reports are parsed as a reader sees them (test/support/rendered-totals).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { Decimal, formatUsd } from '../../lib/money.js';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { renderEstimate } from '../../lib/report/render.js';
import { cli } from '../support/cli.js';
import { corpusRuns } from '../support/corpus.js';
import { exampleAssembly } from '../support/example-assembly.js';
import { BUNDLED_SNAPSHOT, CORPUS_DIR, requireShared, REPO_ROOT } from '../support/paths.js';
import { generateRandomAssembly } from '../support/random-assembly.js';
import { reconciliationProblems } from '../support/reconcile-estimate.js';
import { parseTable } from '../support/rendered-totals.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

/** One price book for every in-process estimate: the snapshot's files are read once, not once per run. */
const priceBook = new SnapshotPriceBook(BUNDLED_SNAPSHOT);

/** Priced in-process as the CLI prices it, read back from its JSON; its table's total must be the JSON's. */
async function estimateOf(source: string, options: { usageFile?: string; parameters?: Record<string, string> } = {}): Promise<Estimate> {
  const { estimate } = await runEstimate({ pricers: new PricerRegistry(), source, priceBook, ...options });
  const json = JSON.parse(renderEstimate(estimate, 'json')) as Estimate;
  expect(parseTable(renderEstimate(json, 'table')).total).toBe(formatUsd(new Decimal(json.totals.monthly)));
  return json;
}

/** The estimate as JSON, and the CLI's table of the same run: its total must be the JSON's. */
async function estimateBoth(...args: string[]): Promise<Estimate> {
  const json = await cli('estimate', ...args, '--format', 'json');
  expect(json.code, json.stderr).toBe(0);
  const estimate = JSON.parse(json.stdout) as Estimate;
  const table = await cli('estimate', ...args);
  expect(parseTable(table.stdout).total).toBe(formatUsd(new Decimal(estimate.totals.monthly)));
  return estimate;
}

describe('generated assemblies', () => {
  const root = mkdtempSync(join(tmpdir(), 'cdk-cost-totals-'));
  const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
  const kinds = new Map<string, number>();

  it.each(seeds)('assembly %i', async (seed) => {
    const { dir, usageFile } = generateRandomAssembly(root, seed);
    const estimate = await estimateOf(dir, usageFile ? { usageFile } : {});
    for (const r of estimate.resources) {
      const partly = r.status === 'unsupported' && r.components.some((c) => c.status === 'priced');
      const kind = partly ? 'partly priced' : r.components.some((c) => c.tiers && c.tiers.length > 1) ? 'tiered' : r.status;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    expect(reconciliationProblems(estimate)).toEqual([]);
  });

  it('covered every kind of resource the invariant is about', () => {
    for (const kind of ['priced', 'usage-missing', 'free', 'unsupported', 'partly priced', 'tiered']) {
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
  });
});

describe('the template corpus', () => {
  requireShared();
  const runs = corpusRuns().map((run) => [`${run.template}${run.variant ? ` (${run.variant})` : ''}`, run] as const);
  it.each(runs)('%s', async (_name, run) => {
    const estimate = await estimateOf(join(CORPUS_DIR, run.template), run.parameters ? { parameters: run.parameters } : {});
    expect(reconciliationProblems(estimate)).toEqual([]);
  });
});

describe('the example app (bin/app.ts)', () => {
  let assembly = '';
  const previous = process.cwd();
  beforeAll(async () => {
    assembly = await exampleAssembly();
    process.chdir(REPO_ROOT); // usage paths are relative to the repository, as the README writes them
  });
  afterAll(() => process.chdir(previous));

  it('with the usage file cdk.json names', async () => {
    expect(reconciliationProblems(await estimateBoth(assembly, '--usage', 'examples/upload-pipeline/load.yml'))).toEqual([]);
  });

  it('without usage (usage-missing lines everywhere)', async () => {
    expect(reconciliationProblems(await estimateBoth(assembly))).toEqual([]);
  });
});
