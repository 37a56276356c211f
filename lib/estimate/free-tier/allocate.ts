/**
 * One pool per allowance for the whole estimate (or sweep step): resources draw on it in the
 * estimate's resource order — stack, then construct path, then logical id — and each line in its
 * order, until it is used up. What a draw takes comes off the first tiers of that line's price (as
 * AWS bills an allowance: the free part is the first part), so its value is the price of those units.
 */
import { Decimal, ZERO } from '../../money.js';
import { applyTiers, type TierUse } from '../../pricing/tiers.js';
import type { Allowance } from './allowance-index.js';
import type { Draw, PricedResource } from '../price-resource.js';

export interface Allocation {
  /** Index of the resource in the list allocated. */
  resource: number;
  draw: Draw;
  allowance: Allowance;
  /** How much of the allowance this draw took, in the price's unit, and how much was used before it. */
  take: Decimal;
  usedBefore: Decimal;
  /** The value of what it took: positive, to be subtracted. */
  credit: Decimal;
  uses: TierUse[];
}

/** Allocates every allowance over `ordered` (already in the estimate's resource order). */
export function allocate(ordered: readonly PricedResource[]): Allocation[] {
  const used = new Map<Allowance, Decimal>();
  const out: Allocation[] = [];
  ordered.forEach((priced, resource) => {
    for (const draw of priced.draws ?? []) {
      const usedBefore = used.get(draw.allowance) ?? ZERO;
      const left = draw.allowance.quantity.minus(usedBefore);
      if (left.lte(0)) continue;
      const take = Decimal.min(left, draw.quantity);
      const tiered = applyTiers(take, draw.price.tiers);
      used.set(draw.allowance, usedBefore.plus(take));
      out.push({ resource, draw, allowance: draw.allowance, take, usedBefore, credit: tiered.cost, uses: tiered.uses });
    }
  });
  return out;
}

/** What the allowances take off each resource, for passes that keep only costs (sweep steps). */
export function creditsOf(ordered: readonly PricedResource[]): Map<number, { fixed: Decimal; usageBased: Decimal }> {
  const credits = new Map<number, { fixed: Decimal; usageBased: Decimal }>();
  for (const a of allocate(ordered)) {
    let c = credits.get(a.resource);
    if (!c) credits.set(a.resource, (c = { fixed: ZERO, usageBased: ZERO }));
    if (a.draw.usageBased) c.usageBased = c.usageBased.plus(a.credit);
    else c.fixed = c.fixed.plus(a.credit);
  }
  return credits;
}
