/**
 * A load sweep: the whole estimate at each multiple of the entry loads — totals, the fixed and
 * usage-based split, and each construct's cost per step. The graph is built once (LoadRun); each
 * step is one propagation and one pricing pass.
 */
import { Decimal } from '../../money.js';
import type { CostSplit, Estimate } from '../../estimate/estimate-types.js';
import type { LoadRun } from './load-run.js';
import { entersStacks } from './compare.js';
import { splitStrings, StepPricer, type StepCosts } from './step-pricer.js';

export const SWEEP_SCHEMA_VERSION = '1.0';

export interface SweepStep {
  scale: string;
  totals: CostSplit;
  stacks: Array<CostSplit & { name: string }>;
  /** Cost per construct the user wrote (resources grouped by owner), every construct at every step. */
  constructs: Array<CostSplit & { path: string }>;
}

export interface Sweep {
  schemaVersion: string;
  kind: 'sweep';
  source: Estimate['source'];
  usageFile: string | null;
  /** The entry loads at scale 1 (flows of the load section and construct metadata). */
  flows: Array<{ name: string; unit: string; perMonth: string }>;
  scales: string[];
  steps: SweepStep[];
  /** --free-tier: each step subtracts the always-free allowances afresh, shared by that step's resources (absent: not applied). */
  freeTier?: true;
}

export function parseScales(text: string): Decimal[] {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const out = parts.map((p) => {
    const value = /^\d+(\.\d+)?(e[+-]?\d+)?x?$/i.test(p) ? new Decimal(p.replace(/x$/i, '')) : undefined;
    if (!value || value.lte(0)) throw new ScaleError(p);
    return value;
  });
  if (out.length === 0) throw new ScaleError(text);
  return out;
}

export class ScaleError extends Error {
  constructor(readonly value: string) {
    super(`--scale: "${value}" is not a positive number`);
  }
}

export function runSweep(run: LoadRun, scales: Decimal[], stacks?: ReadonlySet<string>): Sweep {
  const pricer = new StepPricer(run, stacks);
  const steps = scales.map((scale) => stepOf(scale, pricer.at(scale)));
  // Every construct appears at every step (zero where it costs nothing at that step).
  const paths = new Set(steps.flatMap((s) => s.constructs.map((c) => c.path)));
  for (const step of steps) {
    const have = new Set(step.constructs.map((c) => c.path));
    for (const p of paths) if (!have.has(p)) step.constructs.push({ path: p, monthly: '0', fixed: '0', usageBased: '0' });
    step.constructs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
  return {
    schemaVersion: SWEEP_SCHEMA_VERSION,
    kind: 'sweep',
    source: run.estimate.source,
    usageFile: run.estimate.usageFile,
    // With some stacks only, the flows that enter them.
    flows: run.context.spec.flows
      .filter((f) => !stacks || entersStacks(f, stacks))
      .map((f) => ({ name: f.name, unit: f.unit, perMonth: f.perMonth.toFixed() })),
    scales: scales.map((s) => s.toFixed()),
    steps,
    ...(run.freeTier ? { freeTier: true as const } : {}),
  };
}

function stepOf(scale: Decimal, costs: StepCosts): SweepStep {
  return {
    scale: scale.toFixed(),
    totals: splitStrings(costs.total),
    stacks: [...costs.stacks].map(([name, s]) => ({ name, ...splitStrings(s) })),
    constructs: [...costs.owners].map(([path, s]) => ({ path, ...splitStrings(s) })),
  };
}
