/**
 * Limits beside a load sweep (`estimate --scale … --limits`): for each stack (design), the first
 * multiple of the entry loads at which a limit is crossed, and its cost at each step marked where
 * the design no longer works. Load-proportional findings scale exactly with the entry loads, so
 * the multiple found at scale 1 holds for every step.
 */
import { Decimal, formatUsd } from '../money.js';
import type { Estimate } from '../estimate/estimate-types.js';
import type { Sweep } from '../load/sweep/sweep.js';
import type { LimitsReport } from './check-limits.js';
import type { LimitFinding } from './limit-types.js';
import { round } from './load-math.js';

export interface StackBreak {
  stack: string;
  /** The first limit crossed as load grows (absent: none in the catalogue is reached). */
  first?: LimitFinding;
  /** Per sweep step: its scale, the stack's monthly cost, and whether the design still works there. */
  steps: Array<{ scale: string; monthly: string; works: boolean }>;
}

export function stackBreaks(estimate: Estimate, report: LimitsReport, sweep: Sweep): StackBreak[] {
  const stackOf = new Map(estimate.resources.map((r) => [r.path, r.stack]));
  return estimate.stacks.map((s) => {
    const first = report.findings.find((f) => stackOf.get(f.resource) === s.name && f.breaksAt !== null);
    const steps = sweep.steps.map((step) => ({
      scale: step.scale,
      monthly: step.stacks.find((x) => x.name === s.name)?.monthly ?? '0',
      works: !first || new Decimal(step.scale).lt(first.breaksAt!),
    }));
    return { stack: s.name, ...(first ? { first } : {}), steps };
  });
}

function firstText(b: StackBreak): string {
  if (!b.first) return 'no catalogued limit reached';
  const at = b.first.breaksAt === 0 ? 'at any load' : `at ${round(b.first.breaksAt!)}× the entry loads`;
  return `breaks ${at}: ${b.first.limit.name}, ${round(b.first.limit.value)} ${b.first.limit.unit} (${b.first.resource})`;
}

export function renderSweepLimits(breaks: StackBreak[], report: LimitsReport, format: string): string {
  const step = (s: StackBreak['steps'][number]) =>
    `${round(Number(s.scale))}×: ${formatUsd(new Decimal(s.monthly))}${s.works ? '' : ' ✗ over a limit'}`;
  const head = `Limits across the sweep (peak-to-average factor ${report.peakFactor}; ✗ = the design no longer works at that load)`;
  if (format === 'markdown') {
    const lines = ['', `### ${head}`, '', '| Design | First break | Cost per step |', '|---|---|---|'];
    for (const b of breaks) lines.push(`| ${b.stack} | ${firstText(b)} | ${b.steps.map(step).join('; ')} |`);
    return lines.join('\n') + '\n';
  }
  const lines = ['', head];
  for (const b of breaks) lines.push(`- ${b.stack}: ${firstText(b)}`, `    ${b.steps.map(step).join('   ')}`);
  return lines.join('\n') + '\n';
}
