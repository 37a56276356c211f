/**
 * Usage at a multiple of the load. Derived values come from propagating the scaled entry loads;
 * values the user gave are scaled here when they are volumes — monthly amounts (`monthly…` keys)
 * and stored amounts (`storageGB`), which grow with load — while per-unit characteristics
 * (avgDurationMs, avgMessageSizeKB, …) stay as given.
 */
import { Decimal } from '../../money.js';
import type { UsageValue } from '../../usage/usage-value.js';

export function isVolumeKey(key: string): boolean {
  return key.startsWith('monthly') || /storageGB$/.test(key);
}

export function scaleUsage(values: ReadonlyMap<string, UsageValue>, factor: Decimal): ReadonlyMap<string, UsageValue> {
  if (factor.eq(1)) return values;
  let out: Map<string, UsageValue> | undefined;
  for (const [key, v] of values) {
    if (v.origin.kind === 'derived' || typeof v.value !== 'number' || !isVolumeKey(key)) continue;
    out ??= new Map(values);
    out.set(key, {
      value: new Decimal(v.value).times(factor).toNumber(),
      origin: { kind: 'scaled', factor: factor.toNumber(), base: v.origin },
    });
  }
  return out ?? values;
}
