/**
 * Limits in a cost diff (`diff --limits`, the PR comment): the limits the head crosses at its
 * estimated load that the base did not — "this change makes Worker need 1,400 concurrent
 * executions; the default is 1,000" — and those the change brings back under. Read from the two
 * Estimates (their recorded usage), so saved estimates work as well as sources.
 */
import type { Estimate } from '../estimate/estimate-types.js';
import { checkLimits } from './check-limits.js';
import type { LimitFinding } from './limit-types.js';
import { round } from './load-math.js';

export interface LimitChanges {
  peakFactor: number;
  /** Crossed in head, not in base; `before` is the base's load on the same limit (null: none). */
  newlyCrossed: Array<LimitFinding & { before: number | null }>;
  /** Crossed in base, not in head. */
  noLongerCrossed: LimitFinding[];
}

const key = (f: LimitFinding) => `${f.rule}|${f.limit.id}|${f.resource}`;

export function limitChanges(base: Estimate, head: Estimate, peakFactor?: number): LimitChanges {
  const options = peakFactor !== undefined ? { peakFactor } : {};
  const before = checkLimits(base, options);
  const after = checkLimits(head, options);
  const baseBy = new Map(before.findings.map((f) => [key(f), f]));
  const headBy = new Map(after.findings.map((f) => [key(f), f]));
  const newlyCrossed = after.findings
    .filter((f) => f.crossed && !baseBy.get(key(f))?.crossed)
    .map((f) => ({ ...f, before: baseBy.get(key(f))?.current ?? null }));
  const noLongerCrossed = before.findings.filter((f) => f.crossed && !headBy.get(key(f))?.crossed);
  return { peakFactor: after.peakFactor, newlyCrossed, noLongerCrossed };
}

/** What the resource needs now, and the limit: "need 1,400 concurrent executions; the default is 1,000 (…)". */
function needs(f: LimitFinding & { before: number | null }): string {
  const kind = f.limit.adjustable ? 'the default is' : 'the hard limit is';
  const was = f.before === null ? '' : ` (was ${round(f.before)})`;
  return `need ${round(f.current)} ${f.limit.unit}${was}; ${kind} ${round(f.limit.value)} (${f.limit.name})`;
}

/** One sentence per newly crossed limit, e.g. "this change makes Worker need 1,400 concurrent executions; the default is 1,000". */
export function limitChangeSentence(f: LimitFinding & { before: number | null }): string {
  return `this change makes ${f.resource} ${needs(f)}`;
}

/** Markdown lines for the PR comment (`code` and `text` escape for it); empty when nothing changed. */
export function limitChangesMarkdown(changes: LimitChanges, code: (s: string) => string, text: (s: string) => string): string[] {
  const lines: string[] = [];
  for (const f of changes.newlyCrossed) {
    lines.push(`⚠️ **Limit:** this change makes ${code(f.resource)} ${text(needs(f))} — [AWS](${f.limit.url}). ${text(f.avoid)}`);
  }
  for (const f of changes.noLongerCrossed) lines.push(`✅ **Limit no longer crossed:** ${code(f.resource)}: ${text(f.limit.name)}`);
  if (lines.length) lines.push(`<sub>Limits at peak factor ${changes.peakFactor} (peak requests/s ÷ monthly average).</sub>`);
  return lines;
}
