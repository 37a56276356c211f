/**
 * Tier arithmetic shared by every pricer: split a monthly quantity across a price's tiers.
 * Tier bounds are absolute monthly quantities ([from, to)), as AWS's beginRange/endRange.
 */
import { Decimal, ZERO } from '../money.js';
import type { PriceTier } from './price.js';

export interface TierUse {
  from: Decimal;
  to: Decimal | null;
  quantity: Decimal;
  unitPrice: Decimal;
  cost: Decimal;
  rateCode?: string;
  freeTier?: boolean;
}

export interface TieredCost {
  cost: Decimal;
  uses: TierUse[];
}

/**
 * Free-tier allowances are account-wide, so by default they are not subtracted from one app's
 * estimate: a free tier is then billed at the price of the paid tier that follows it, keeping every
 * other boundary where AWS put it.
 */
export function effectiveTiers(tiers: readonly PriceTier[], applyFreeTier: boolean): PriceTier[] {
  const inOrder = tiers.every((t, i) => i === 0 || tiers[i - 1]!.from.lte(t.from));
  const sorted = inOrder ? tiers : [...tiers].sort((a, b) => a.from.comparedTo(b.from));
  if (applyFreeTier || !sorted.some((t) => t.freeTier)) return sorted as PriceTier[];
  return sorted.map((tier, i) => {
    if (!tier.freeTier) return tier;
    const paid = sorted.slice(i + 1).find((t) => !t.freeTier);
    return paid ? { ...tier, unitPrice: paid.unitPrice, rateCode: paid.rateCode, freeTier: false } : tier;
  });
}

export function applyTiers(quantity: Decimal, tiers: readonly PriceTier[], applyFreeTier = false): TieredCost {
  if (quantity.isNegative()) throw new RangeError(`negative quantity ${quantity.toFixed()}`);
  const uses: TierUse[] = [];
  let cost = ZERO;
  for (const tier of effectiveTiers(tiers, applyFreeTier)) {
    if (quantity.lte(tier.from)) break;
    const upper = tier.to === null ? quantity : Decimal.min(quantity, tier.to);
    const inTier = upper.minus(tier.from);
    if (inTier.lte(0)) continue;
    const tierCost = inTier.times(tier.unitPrice);
    cost = cost.plus(tierCost);
    const previous = uses[uses.length - 1];
    if (previous?.unitPrice.eq(tier.unitPrice) && previous.rateCode === tier.rateCode) {
      // A free tier billed at the next tier's price reads as one line, not two.
      previous.to = tier.to;
      previous.quantity = previous.quantity.plus(inTier);
      previous.cost = previous.cost.plus(tierCost);
      continue;
    }
    uses.push({
      from: tier.from,
      to: tier.to,
      quantity: inTier,
      unitPrice: tier.unitPrice,
      cost: tierCost,
      ...(tier.rateCode ? { rateCode: tier.rateCode } : {}),
      ...(tier.freeTier ? { freeTier: true } : {}),
    });
  }
  return { cost, uses };
}
