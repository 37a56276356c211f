/**
 * Load arithmetic shared by the rules: monthly figures to peak per-second rates, and the two kinds
 * of findings (load-proportional, per-request size).
 */
import type { AppliedLimit } from './catalogue.js';
import type { LimitFinding, LimitInput } from './limit-types.js';

/** Seconds in the estimate's 730-hour month. */
export const SECONDS_PER_MONTH = 730 * 3600;

export const DEFAULT_PEAK_FACTOR = 3;

/** Peak per-second rate of a monthly count: monthly ÷ seconds per month × peak factor. */
export function peakPerSecond(monthly: number, peakFactor: number): number {
  return (monthly / SECONDS_PER_MONTH) * peakFactor;
}

export function round(value: number, digits = 2): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A quantity that grows with load: crossed at limit ÷ current. Nothing when current is 0. */
export function proportional(
  input: LimitInput,
  rule: string,
  limit: AppliedLimit,
  current: number,
  load: string,
  avoid: string,
): LimitFinding[] {
  if (!(current > 0)) return [];
  const breaksAt = limit.value / current;
  return [{ resource: input.resource.path, rule, limit, current, load, breaksAt, crossed: breaksAt <= 1, avoid }];
}

/** A per-request size: over the limit at any load, or never. Reported only when over. */
export function perRequest(
  input: LimitInput,
  rule: string,
  limit: AppliedLimit,
  current: number,
  load: string,
  avoid: string,
): LimitFinding[] {
  if (!(current > limit.value)) return [];
  return [{ resource: input.resource.path, rule, limit, current, load, breaksAt: 0, crossed: true, avoid }];
}
