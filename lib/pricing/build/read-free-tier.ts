/**
 * Reads free-tier.json (AWS's always-free allowances per account and month, each with where AWS
 * states it) into the snapshot's index. Where a price in the catalog also carries a zero-price tier
 * for the same allowance (SNS HTTP/S and email deliveries), the two must agree: a disagreement is
 * reported as a build problem, because it means the data and AWS's statement say different things.
 */
import { join } from 'node:path';
import { Decimal } from '../../money.js';
import type { StoredAllowance, StoredFreeTier } from '../free-tier.js';
import { keyMatches } from '../free-tier.js';
import type { PriceCatalog } from './collector.js';
import { FREE_TIER_RULES, type FreeTierRule } from './free-tier-rules.js';
import { readJsonFile } from './read-json.js';

export const FREE_TIER_FILE = 'free-tier.json';

interface FreeTierInput {
  allowances: Array<{ service: string; usage: string; amount: string; unit: string; seen: string }>;
}

export function readFreeTier(dataDir: string, catalog: PriceCatalog, origin: string): { freeTier: StoredFreeTier; problems: string[] } {
  const data = readJsonFile<FreeTierInput>(join(dataDir, FREE_TIER_FILE));
  const problems: string[] = [];
  const allowances: StoredAllowance[] = [];
  for (const entry of data.allowances ?? []) {
    const rule = FREE_TIER_RULES.find((r) => r.service === entry.service && entry.usage.startsWith(r.usage));
    if (!rule) {
      problems.push(`${FREE_TIER_FILE}: no rule for ${entry.service} "${entry.usage}" (lib/pricing/build/free-tier-rules.ts): not applied`);
      continue;
    }
    const allowance = toAllowance(entry, rule);
    allowances.push(allowance);
    problems.push(...disagreements(allowance, catalog));
  }
  allowances.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { freeTier: { path: FREE_TIER_FILE, origin, allowances }, problems };
}

function toAllowance(entry: FreeTierInput['allowances'][number], rule: FreeTierRule): StoredAllowance {
  const { url, statement } = splitSeen(entry.seen);
  const quantity = new Decimal(entry.amount).times(rule.perAmount ?? 1);
  return {
    id: rule.id,
    service: entry.service,
    name: rule.name,
    usage: entry.usage,
    amount: new Decimal(entry.amount).toFixed(),
    unit: entry.unit,
    quantity: quantity.toFixed(),
    priceUnit: rule.priceUnit,
    keys: [...rule.keys],
    url,
    ...(statement ? { statement } : {}),
  };
}

/** "aws.amazon.com/lambda/pricing: the free tier includes …" → the page's URL and AWS's words after it. */
export function splitSeen(seen: string): { url: string; statement?: string } {
  const text = seen.trim();
  const page = /^[^\s:]+(?::\/\/[^\s:]+)?/.exec(text)?.[0] ?? text;
  const statement = text.slice(page.length).replace(/^\s*:?\s*/, '');
  return { url: page.startsWith('http') ? page : `https://${page}`, ...(statement ? { statement } : {}) };
}

/** Zero-price tiers of the allowance's prices that do not start at 0 or end where the allowance does. */
function disagreements(allowance: StoredAllowance, catalog: PriceCatalog): string[] {
  const out: string[] = [];
  const regions = catalog.prices.get(allowance.service);
  for (const [region, records] of regions ?? []) {
    for (const [key, record] of records) {
      if (!allowance.keys.some((p) => keyMatches(p, key))) continue;
      for (const [from, to, , , free] of record.t) {
        if (!free) continue;
        if (from !== '0' || to === null || !new Decimal(to).eq(allowance.quantity)) {
          const tier = `zero-price tier [${from}, ${to ?? '∞'})`;
          const stated = `${FREE_TIER_FILE} ${allowance.id} (${allowance.quantity} ${allowance.priceUnit})`;
          out.push(`${allowance.service} ${region} "${key}": ${tier} disagrees with ${stated}`);
        }
      }
    }
  }
  return out;
}
