/**
 * Which allowance a price draws on: one AWS lists in free-tier.json (through the snapshot), or —
 * for a zero-price tier in the data that no listed allowance covers (CloudFront invalidation paths,
 * Route 53 health checks, EventBridge Scheduler invocations) — that tier itself, as an allowance of
 * its own. Either way it is one allowance per estimate, shared by every resource that uses the price.
 * Where both exist (SNS HTTP/S and email deliveries) the listed one is used and the data's zero tier
 * is not applied as well: lines are priced without free tiers, and the allowance is subtracted once.
 */
import type { Price } from '../../pricing/price.js';
import { allowanceFor, type FreeTierAllowance, type FreeTierSet } from '../../pricing/free-tier.js';

export interface Allowance extends FreeTierAllowance {
  /** Where the allowance comes from: free-tier.json in the snapshot, or the price data's zero tier. */
  from: string;
}

export class AllowanceIndex {
  private readonly byPrice = new WeakMap<Price, Allowance | null>();
  private readonly listed = new Map<string, Allowance>();
  private readonly fromData = new Map<string, Allowance>();

  constructor(readonly set: FreeTierSet | undefined) {}

  of(price: Price): Allowance | undefined {
    let found = this.byPrice.get(price);
    if (found === undefined) {
      found = this.find(price) ?? null;
      this.byPrice.set(price, found);
    }
    return found ?? undefined;
  }

  private find(price: Price): Allowance | undefined {
    const listed = this.set && allowanceFor(this.set, price.serviceCode, price.key);
    if (listed) {
      let allowance = this.listed.get(listed.id);
      if (!allowance) this.listed.set(listed.id, (allowance = { ...listed, from: this.set!.from }));
      return allowance;
    }
    const zero = price.tiers.find((t) => t.freeTier && t.from.isZero() && t.to !== null && t.unitPrice.isZero());
    if (!zero) return undefined;
    const id = `data:${price.serviceCode}:${price.key}`;
    let allowance = this.fromData.get(id);
    if (!allowance) {
      allowance = {
        id,
        service: price.serviceCode,
        name: price.key,
        usage: price.key,
        amount: zero.to!.toFixed(),
        unit: price.unit ?? 'units',
        quantity: zero.to!,
        priceUnit: price.unit ?? 'units',
        keys: [price.key],
        url: '',
        statement: `zero-price tier [0, ${zero.to!.toFixed()}) of "${price.key}"${zero.rateCode ? ` (rate code ${zero.rateCode})` : ''}`,
        from: `${price.provenance.origin} (the price data's own free tier)`,
      };
      this.fromData.set(id, allowance);
    }
    return allowance;
  }
}
