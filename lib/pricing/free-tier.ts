/**
 * AWS's "always free" allowances (free-tier.json, built into the snapshot's index): quantities,
 * never prices, that `--free-tier` subtracts. Each names the price keys that draw on it, so the
 * estimate can share one allowance across every resource whose lines use those prices.
 */
import { Decimal } from '../money.js';

/** One allowance as the snapshot stores it (decimal strings, like every number in the snapshot). */
export interface StoredAllowance {
  /** Stable id, e.g. "lambda-requests" (the rule that matched AWS's entry; lib/pricing/build/free-tier-rules.ts). */
  id: string;
  /** Price List service code. */
  service: string;
  /** Short name shown on lines: "Lambda requests". */
  name: string;
  /** What AWS says the allowance covers (free-tier.json "usage"). */
  usage: string;
  /** The amount per month in AWS's own unit (free-tier.json "amount", "unit"). */
  amount: string;
  unit: string;
  /** The same amount in the unit of the prices that draw on it (e.g. 25 WCU → 18,250 WCU-hours). */
  quantity: string;
  priceUnit: string;
  /** Price keys of `service` that draw on it; a trailing `*` matches any key with that prefix. */
  keys: string[];
  /** Where AWS states it: the page, and what it says there. */
  url: string;
  statement?: string;
}

export interface StoredFreeTier {
  /** Input file, relative to the AWS data folder ("free-tier.json"). */
  path: string;
  origin: string;
  allowances: StoredAllowance[];
}

export interface FreeTierAllowance extends Omit<StoredAllowance, 'quantity'> {
  quantity: Decimal;
}

/** The allowances a PriceBook offers, and where they come from (the live book borrows the bundled snapshot's). */
export interface FreeTierSet {
  /** "free-tier.json in the price snapshot at …", or for live prices "… (bundled snapshot; the Price List API has no allowances)". */
  from: string;
  allowances: FreeTierAllowance[];
}

export function freeTierSet(stored: StoredFreeTier, from: string): FreeTierSet {
  return { from, allowances: stored.allowances.map((a) => ({ ...a, quantity: new Decimal(a.quantity) })) };
}

/** Whether an allowance's key pattern covers a price key. */
export function keyMatches(pattern: string, key: string): boolean {
  return pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : pattern === key;
}

/** The allowance a price draws on, if any (the first that names it: rules never overlap). */
export function allowanceFor(set: FreeTierSet, serviceCode: string, key: string): FreeTierAllowance | undefined {
  return set.allowances.find((a) => a.service === serviceCode && a.keys.some((p) => keyMatches(p, key)));
}
