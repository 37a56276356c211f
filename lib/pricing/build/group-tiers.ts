/**
 * Folds the separate tier rates of each TierGroup into one tiered price per region, as the
 * Price List API presents them. A region that lacks some tier of a group keeps its rates as they are
 * and is reported: a partial group would price the missing range wrongly.
 */
import type { PriceCatalog } from './collector.js';
import type { TierGroup } from './tier-groups.js';
import type { TierTuple } from '../snapshot/format.js';

export function groupTiers(catalog: PriceCatalog, groups: TierGroup[]): string[] {
  const problems: string[] = [];
  for (const group of groups) {
    const regions = catalog.prices.get(group.serviceCode);
    if (!regions) {
      problems.push(`${group.serviceCode}: no prices at all for tier group "${group.key}"`);
      continue;
    }
    for (const region of [...regions.keys()].sort()) {
      const records = group.tiers.map((tier) => catalog.get(group.serviceCode, region, tier.rate));
      if (records.every((r) => r === undefined)) continue;
      if (records.some((r) => r === undefined)) {
        const missing = group.tiers.filter((_, i) => !records[i]).map((t) => t.rate);
        problems.push(`${group.serviceCode} ${region} "${group.key}": tier rates missing (${missing.join(', ')}); kept ungrouped`);
        continue;
      }
      const skus = new Set(records.map((r) => r!.t[0]?.[3]?.split('.')[0]));
      if (skus.size > 1) {
        problems.push(
          `${group.serviceCode} ${region} "${group.key}": tier rates carry different SKUs (${[...skus].join(', ')}); kept ungrouped`,
        );
        continue;
      }
      const tiers: TierTuple[] = group.tiers.map((tier, i) => {
        const [, , usd, rateCode] = records[i]!.t[0]!;
        return tier.freeTier ? [tier.from, tier.to, usd, rateCode, 1] : [tier.from, tier.to, usd, rateCode];
      });
      // Some regions list two adjacent tiers under one rate code at one price: the Price List has a
      // single dimension for that range, so the snapshot does too (refresh then finds no change).
      const merged = mergeRepeatedRates(tiers);
      for (const tier of group.tiers) catalog.delete(group.serviceCode, region, tier.rate);
      // The group's key may also be a flat rate name for the same SKU ("SNS Email … Notifications"):
      // the tiered price replaces it.
      catalog.delete(group.serviceCode, region, group.key);
      catalog.add(group.serviceCode, region, group.key, { s: records[0]!.s, u: group.unit, t: merged });
    }
  }
  return problems;
}

function mergeRepeatedRates(tiers: TierTuple[]): TierTuple[] {
  const out: TierTuple[] = [];
  for (const tier of tiers) {
    const last = out[out.length - 1];
    if (last && tier[3] && last[3] === tier[3] && last[2] === tier[2] && last[4] === tier[4] && last[1] === tier[0]) {
      out[out.length - 1] = last[4] ? [last[0], tier[1], last[2], last[3], 1] : [last[0], tier[1], last[2], last[3]];
    } else {
      out.push(tier);
    }
  }
  return out;
}
