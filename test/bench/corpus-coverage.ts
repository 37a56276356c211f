/**
 * Issue 4 figures: across the template corpus (../shared/corpus/cfn-templates), the share of
 * resources classified (100% wanted) and of cost-bearing resources priced (≥ 95% wanted), per
 * template and in total. Runs each template through the CLI in-process, as the corpus test does.
 */
import { existsSync } from 'node:fs';
import { runCli } from '../../lib/cli/run.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { coverageOf } from '../../lib/estimate/coverage.js';
import { CORPUS_DIR } from '../support/paths.js';
import { corpusRuns, runArgs, type CorpusRun } from '../support/corpus.js';
import type { Benchmark } from './registry.js';

interface Figures {
  resources: number;
  priced: number;
  free: number;
  usageMissing: number;
  unsupported: number;
  classified: number;
  costBearing: number;
  costBearingPriced: number;
}

async function estimate(run: CorpusRun): Promise<Estimate> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['node', 'cdk-cost', 'estimate', ...runArgs(run), '--format', 'json'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  if (code !== 0) throw new Error(`cdk-cost estimate ${run.template} exited ${code}: ${stderr}`);
  return JSON.parse(stdout) as Estimate;
}

function figuresOf(e: Estimate): Figures {
  const c = e.coverage ?? coverageOf(e.resources);
  return { ...e.summary, classified: c.classified, costBearing: c.costBearing, costBearingPriced: c.costBearingPriced };
}

const pct = (part: number, whole: number) => (whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(1)}%`.padStart(6));

function row(name: string, f: Figures): string {
  const cols = [f.resources, f.priced, f.free, f.usageMissing, f.unsupported].map((n) => String(n).padStart(5)).join(' ');
  return (
    `  ${name.padEnd(58)} ${cols}  ${pct(f.classified, f.resources)}  ${String(f.costBearing).padStart(4)}  ` +
    `${pct(f.costBearingPriced, f.costBearing)}`
  );
}

async function corpusCoverage(): Promise<void> {
  if (!existsSync(CORPUS_DIR)) {
    console.log(`  skipped: ${CORPUS_DIR} is not present`);
    return;
  }
  console.log(
    `  ${'template'.padEnd(58)} ${['res', 'price', 'free', 'usage', 'unsup'].map((h) => h.padStart(5)).join(' ')}  class.  cost  priced`,
  );
  const total: Figures = {
    resources: 0,
    priced: 0,
    free: 0,
    usageMissing: 0,
    unsupported: 0,
    classified: 0,
    costBearing: 0,
    costBearingPriced: 0,
  };
  const unsupported = new Map<string, Set<string>>();
  for (const run of corpusRuns()) {
    const e = await estimate(run);
    const f = figuresOf(e);
    const name = run.template.replace(/^[^/]+__[^/]+\//, '').slice(-58);
    console.log(
      row(
        run.variant
          ? `  variant: ${Object.entries(run.parameters ?? {})
              .map(([k, v]) => `${k}=${v}`)
              .join(' ')}`.slice(0, 58)
          : name,
        f,
      ),
    );
    for (const u of e.unsupportedTypes) unsupported.set(u.type, (unsupported.get(u.type) ?? new Set()).add(u.reason));
    if (run.variant) continue; // the headline figure is over the templates as their authors ship them
    for (const k of Object.keys(total) as Array<keyof Figures>) total[k] += f[k];
  }
  console.log(row('TOTAL (templates with their defaults)', total));
  console.log(
    `  target: 100% classified, ≥ 95% of cost-bearing resources priced (priced or usage-missing) → ` +
      `${pct(total.classified, total.resources).trim()} classified, ${pct(total.costBearingPriced, total.costBearing).trim()} priced`,
  );
  console.log('  unsupported types (all runs):');
  for (const [type, reasons] of [...unsupported].sort()) for (const reason of reasons) console.log(`    ${type}: ${reason}`);
}

export const corpusBenchmarks: Benchmark[] = [
  { name: 'corpus-coverage', description: 'classified and priced shares across ../shared/corpus/cfn-templates', run: corpusCoverage },
];
