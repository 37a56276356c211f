/**
 * Limits beside a two-design comparison (`compare --limits`): for each design, the first multiple of
 * the entry loads at which one of its resources crosses a limit, and which — drawn on the compare
 * chart beside the cost crossover. Load-proportional findings scale with the entry loads, so the
 * multiple found at scale 1 holds at every step (as in sweep-limits.ts).
 */
import type { CompareSide } from '../load/sweep/compare.js';
import { limitsOfRun } from './estimate-limits.js';
import type { LimitsCatalogue } from './catalogue.js';
import { round } from './load-math.js';

export interface DesignBreak {
  /** Multiple of the entry loads (0: at any load). */
  scale: number;
  limit: string;
  value: string;
  resource: string;
}

export interface DesignBreaks {
  peakFactor: number;
  a?: DesignBreak;
  b?: DesignBreak;
}

export function designBreaks(a: CompareSide, b: CompareSide, peakFactor?: number, catalogue?: LimitsCatalogue): DesignBreaks {
  const first = (side: CompareSide): DesignBreak | undefined => {
    const report = limitsOfRun(side.run, peakFactor, catalogue);
    const stackOf = new Map(side.run.estimate.resources.map((r) => [r.path, r.stack]));
    const f = report.findings.find((x) => {
      const stack = stackOf.get(x.resource);
      return x.breaksAt !== null && stack !== undefined && (!side.stacks || side.stacks.has(stack));
    });
    if (!f) return undefined;
    return { scale: f.breaksAt!, limit: f.limit.name, value: `${round(f.limit.value)} ${f.limit.unit}`, resource: f.resource };
  };
  const out: DesignBreaks = { peakFactor: peakFactor ?? limitsOfRun(a.run, peakFactor, catalogue).peakFactor };
  const ba = first(a);
  const bb = first(b);
  if (ba) out.a = ba;
  if (bb) out.b = bb;
  return out;
}

/** "A breaks first at 4.09× the entry loads: S3 PUT … (3,500 requests/s, SyncUploadPipeline/Uploads/Resource)". */
export function breakLines(breaks: DesignBreaks): string[] {
  return (['a', 'b'] as const).map((k) => {
    const b = breaks[k];
    const name = k.toUpperCase();
    if (!b) return `${name} reaches no catalogued limit (peak factor ${breaks.peakFactor}).`;
    const at = b.scale === 0 ? 'at any load' : `at ${round(b.scale)}× the entry loads`;
    return `${name} breaks ${at}: ${b.limit}, ${b.value} (${b.resource}; peak factor ${breaks.peakFactor}).`;
  });
}
