/**
 * Idle thresholds. Defaults follow the best-known published rules, so a finding means what a
 * FinOps reader already expects it to mean; every one can be overridden with --threshold KEY=VALUE.
 */
import { UserError, closest } from '../errors.js';
import { ALL_RULES } from './rules/index.js';
import type { Rule } from './rules/rule.js';

export interface ThresholdDefinition {
  key: string;
  default: number;
  unit: string;
  description: string;
  /** Where the default comes from. */
  source: string;
}

/**
 * Every threshold, collected from the rules that declare them (a rule's `thresholds`): one declaration
 * per threshold, beside the rule that reads it. Two rules may share one (the load balancer rules).
 */
export const THRESHOLDS: ThresholdDefinition[] = collectThresholds(ALL_RULES);

function collectThresholds(rules: readonly Rule[]): ThresholdDefinition[] {
  const byKey = new Map<string, ThresholdDefinition>();
  for (const rule of rules)
    for (const t of rule.thresholds ?? []) {
      const known = byKey.get(t.key);
      if (known && known !== t) throw new Error(`internal error: threshold ${t.key} is declared twice (rule ${rule.id})`);
      byKey.set(t.key, t);
    }
  return [...byKey.values()];
}

export type Thresholds = Record<string, number>;

export function defaultThresholds(): Thresholds {
  return Object.fromEntries(THRESHOLDS.map((t) => [t.key, t.default]));
}

/** Defaults with the user's overrides; unknown keys and non-numbers are errors that name the key. */
export function resolveThresholds(overrides: Record<string, string> = {}): Thresholds {
  const out = defaultThresholds();
  for (const [key, raw] of Object.entries(overrides)) {
    if (!(key in out)) {
      const guess = closest(key, Object.keys(out));
      throw new UserError(
        `--threshold ${key}: unknown threshold.`,
        `${guess ? `Did you mean ${guess}? ` : ''}Known: ${Object.keys(out).join(', ')}.`,
      );
    }
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0) {
      throw new UserError(`--threshold ${key}=${raw}: expected a number ≥ 0.`);
    }
    out[key] = value;
  }
  return out;
}
