/**
 * Every limit rule over an estimate's resources and their usage. Limits sit above the estimate:
 * they read a priced Estimate and the usage its resources were priced with, never the reverse.
 */
import type { Estimate, ResourceCost } from '../estimate/estimate-types.js';
import type { ResourceModel } from '../model/architecture.js';
import type { UsageValue } from '../usage/usage-value.js';
import { accountFindings, type Loaded } from './account-limits.js';
import { loadCatalogue, type LimitsCatalogue } from './catalogue.js';
import type { LimitFinding, UsageNumbers } from './limit-types.js';
import { DEFAULT_PEAK_FACTOR } from './load-math.js';
import { LIMIT_RULES } from './rules/index.js';

export interface LimitsOptions {
  peakFactor?: number;
  catalogue?: LimitsCatalogue;
  /** Template resource by construct path (properties); absent for a saved estimate. */
  models?: ReadonlyMap<string, ResourceModel>;
  /** Resolved usage by construct path (every key the pricer accepts, read or not). */
  usage?: (path: string) => ReadonlyMap<string, UsageValue> | undefined;
}

export interface LimitsReport {
  peakFactor: number;
  catalogueAsOf: string;
  findings: LimitFinding[];
}

export function checkLimits(estimate: Estimate, options: LimitsOptions = {}): LimitsReport {
  const catalogue = options.catalogue ?? loadCatalogue();
  const peakFactor = options.peakFactor ?? DEFAULT_PEAK_FACTOR;
  const findings: LimitFinding[] = [];
  const loaded: Loaded[] = [];
  for (const resource of estimate.resources) {
    const rules = LIMIT_RULES.filter((r) => r.types.includes(resource.type));
    if (!rules.length) continue;
    const usage = usageNumbers(resource, options.usage?.(resource.path));
    loaded.push({ resource, usage });
    const model = options.models?.get(resource.path);
    for (const rule of rules) findings.push(...rule.evaluate({ resource, usage, catalogue, peakFactor, ...(model ? { model } : {}) }));
  }
  // Quotas the account shares: the sum over every function / API in each Region.
  findings.push(...accountFindings(loaded, catalogue, peakFactor));
  // First to break first; ties by resource path for a stable order.
  findings.sort((a, b) => (a.breaksAt ?? Infinity) - (b.breaksAt ?? Infinity) || a.resource.localeCompare(b.resource));
  return { peakFactor, catalogueAsOf: catalogue.asOf, findings };
}

/** The first multiple of today's load at which any limit is crossed, or null when none is. */
export function firstBreak(report: LimitsReport): LimitFinding | undefined {
  return report.findings.find((f) => f.breaksAt !== null);
}

/** Numeric usage: the resolved values when given, else what the components recorded (saved estimates). */
function usageNumbers(resource: ResourceCost, resolved: ReadonlyMap<string, UsageValue> | undefined): UsageNumbers {
  const numbers = new Map<string, number>();
  for (const [key, v] of resolved ?? []) if (typeof v.value === 'number') numbers.set(key, v.value);
  for (const component of resource.components) {
    for (const [key, v] of Object.entries(component.usage ?? {})) {
      if (numbers.has(key)) continue;
      const n = typeof v.value === 'number' ? v.value : typeof v.value === 'string' && v.value.trim() !== '' ? Number(v.value) : NaN;
      if (Number.isFinite(n)) numbers.set(key, n);
    }
  }
  return numbers;
}
