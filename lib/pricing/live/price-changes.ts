/**
 * What a refresh changed in one service and region: prices added, removed, and changed (tier by
 * tier, old → new, with the relative change). A change of rate code alone is not a price change.
 */
import { Decimal } from '../../money.js';
import type { PriceRecord, TierTuple } from '../snapshot/format.js';

export interface PriceChange {
  key: string;
  /** "0.096 → 0.1 USD (+4.17%)", or per tier "[0, 10240): 0.09 → 0.085 (-5.56%)" */
  description: string;
}

export interface PriceChanges {
  added: string[];
  removed: string[];
  changed: PriceChange[];
  unchanged: number;
}

export function comparePrices(before: ReadonlyMap<string, PriceRecord>, after: ReadonlyMap<string, PriceRecord>): PriceChanges {
  const changes: PriceChanges = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const key of [...after.keys()].sort()) if (!before.has(key)) changes.added.push(key);
  for (const key of [...before.keys()].sort()) {
    const next = after.get(key);
    if (!next) {
      changes.removed.push(key);
      continue;
    }
    const description = describeChange(before.get(key)!.t, next.t);
    if (description) changes.changed.push({ key, description });
    else changes.unchanged++;
  }
  return changes;
}

function describeChange(before: TierTuple[], after: TierTuple[]): string | undefined {
  const sameShape = before.length === after.length && before.every((t, i) => t[0] === after[i]![0] && t[1] === after[i]![1]);
  if (sameShape && before.every((t, i) => new Decimal(t[2]).eq(after[i]![2]))) return undefined;
  if (before.length === 1 && after.length === 1 && sameShape) return move(before[0]![2], after[0]![2], ' USD');
  if (sameShape) {
    return before
      .map((t, i) => (new Decimal(t[2]).eq(after[i]![2]) ? undefined : `${range(t)}: ${move(t[2], after[i]![2])}`))
      .filter(Boolean)
      .join('; ');
  }
  return `tiers ${tiersText(before)} → ${tiersText(after)}`;
}

/** "0.096 → 0.1 USD (+4.17%)" */
function move(from: string, to: string, unit = ''): string {
  const a = new Decimal(from);
  const b = new Decimal(to);
  const pct = a.isZero() ? '' : ` (${b.gte(a) ? '+' : ''}${b.minus(a).div(a).times(100).toDecimalPlaces(2).toFixed()}%)`;
  return `${from} → ${to}${unit}${pct}`;
}

function range(t: TierTuple): string {
  return `[${t[0]}, ${t[1] ?? '∞'})`;
}

function tiersText(tiers: TierTuple[]): string {
  return tiers.map((t) => `${range(t)} ${t[2]}`).join(', ');
}
