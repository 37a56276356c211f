/**
 * Two designs under the same entry loads: the cost of each at every step of a sweep, and the loads
 * at which they change order (crossovers), found on the real cost functions.
 */
import { Decimal } from '../../money.js';
import type { CostSplit } from '../../estimate/estimate-types.js';
import { findCrossovers } from './crossover.js';
import type { LoadRun } from './load-run.js';
import { splitStrings, StepPricer } from './step-pricer.js';
import type { Flow } from '../../usage/propagation/load-spec.js';

export const COMPARISON_SCHEMA_VERSION = '1.0';

export interface CompareSide {
  /** How the user named it ("examples#UploadPipeline"). */
  label: string;
  run: LoadRun;
  stacks?: ReadonlySet<string>;
}

export interface Comparison {
  schemaVersion: string;
  kind: 'comparison';
  a: { label: string; source: string; usageFile: string | null; stacks: string[] };
  b: { label: string; source: string; usageFile: string | null; stacks: string[] };
  /** Entry loads at scale 1, by flow name (both sides'). */
  flows: Array<{ name: string; unit: string; perMonth: string }>;
  steps: Array<{ scale: string; a: CostSplit; b: CostSplit; cheaper: 'a' | 'b' | 'same' }>;
  crossovers: Array<{
    scale: string;
    monthly: string;
    cheaperBelow: 'a' | 'b';
    cheaperAbove: 'a' | 'b';
    flows: Array<{ name: string; unit: string; perMonth: string }>;
  }>;
  warnings: string[];
  /** --free-tier: at each step each design subtracts the always-free allowances on its own (absent: not applied). */
  freeTier?: true;
}

export function compareDesigns(a: CompareSide, b: CompareSide, scales: Decimal[]): Comparison {
  const warnings: string[] = [];
  const flows = new Map<string, { name: string; unit: string; perMonth: Decimal }>();
  for (const side of [a, b]) {
    for (const f of side.run.context.spec.flows) {
      // Only the flows that enter the compared stacks describe the load they are compared under.
      if (side.stacks && !entersStacks(f, side.stacks)) continue;
      const seen = flows.get(f.name);
      if (!seen) flows.set(f.name, { name: f.name, unit: f.unit, perMonth: f.perMonth });
      else if (!seen.perMonth.eq(f.perMonth))
        warnings.push(
          `flow "${f.name}" is ${seen.perMonth.toFixed()} a month for ${a.label} but ${f.perMonth.toFixed()} for ${b.label}: the two ` +
            `are not under the same load`,
        );
    }
  }
  if (flows.size === 0) warnings.push('no load flows: the sweep scales the usage given on resources');
  const pricers = new Map([a, b].map((side) => [side, new StepPricer(side.run, side.stacks)]));
  const totalOf = (side: CompareSide, scale: Decimal) => splitStrings(pricers.get(side)!.at(scale).total);
  const steps = [...scales]
    .sort((x, y) => x.comparedTo(y))
    .map((scale) => {
      const ta = totalOf(a, scale);
      const tb = totalOf(b, scale);
      const diff = new Decimal(ta.monthly).minus(tb.monthly);
      return {
        scale: scale.toFixed(),
        a: ta,
        b: tb,
        cheaper: diff.isZero() ? ('same' as const) : diff.isNegative() ? ('a' as const) : ('b' as const),
      };
    });
  const crossovers = findCrossovers(scales, (scale) => ({
    a: new Decimal(totalOf(a, scale).monthly),
    b: new Decimal(totalOf(b, scale).monthly),
  })).map((c) => ({
    scale: c.scale.toSignificantDigits(8).toFixed(),
    monthly: c.monthly.toFixed(),
    cheaperBelow: c.cheaperBelow,
    cheaperAbove: c.cheaperBelow === 'a' ? ('b' as const) : ('a' as const),
    flows: [...flows.values()].map((f) => ({
      name: f.name,
      unit: f.unit,
      perMonth: f.perMonth.times(c.scale).toDecimalPlaces(0).toFixed(),
    })),
  }));
  const side = (s: CompareSide) => ({
    label: s.label,
    source: s.run.estimate.source.path,
    usageFile: s.run.estimate.usageFile,
    stacks: s.stacks ? [...s.stacks] : s.run.architecture.stacks.map((x) => x.name),
  });
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: 'comparison',
    a: side(a),
    b: side(b),
    flows: [...flows.values()].map((f) => ({ name: f.name, unit: f.unit, perMonth: f.perMonth.toFixed() })),
    steps,
    crossovers,
    warnings,
    ...(a.run.freeTier || b.run.freeTier ? { freeTier: true as const } : {}),
  };
}

/** Whether a flow enters one of these stacks (a bare logical id could be anywhere: kept). */
export function entersStacks(flow: Flow, stacks: ReadonlySet<string>): boolean {
  return flow.entries.some(
    (e) => !e.selector.includes('/') || [...stacks].some((stack) => e.selector === stack || e.selector.startsWith(`${stack}/`)),
  );
}
