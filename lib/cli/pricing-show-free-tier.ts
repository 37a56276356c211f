/**
 * `cdk-cost pricing show free-tier`: the always-free allowances `--free-tier` subtracts, as the data
 * has them (quantity, the prices that draw on each, where AWS states it); and under `pricing show
 * SERVICE`, that service's allowances.
 */
import { Decimal, formatQuantity } from '../money.js';
import type { PriceBook } from '../pricing/price-book.js';
import type { FreeTierAllowance } from '../pricing/free-tier.js';

/** The argument that lists allowances instead of a service's prices. */
export const FREE_TIER_TOPIC = 'free-tier';

export function allowancesOf(book: PriceBook, service?: string): FreeTierAllowance[] {
  return (book.freeTier?.()?.allowances ?? []).filter((a) => !service || a.service === service);
}

export function renderAllowances(book: PriceBook, format: string, service?: string): string {
  const set = book.freeTier?.();
  const list = allowancesOf(book, service);
  if (format === 'json') return JSON.stringify({ from: set?.from ?? null, allowances: list.map(allowanceJson) }, null, 2) + '\n';
  if (!service && !set) return 'The price data has no always-free allowances (rebuild the snapshot with `cdk-cost pricing build`).\n';
  if (!list.length) return '';
  const head = service
    ? `\nAlways-free allowances of ${service} (subtracted only with --free-tier, once per estimate):\n`
    : 'Always-free allowances per account and month, subtracted only with --free-tier (once per estimate, shared by all its ' +
      `resources); from ${set!.from}:\n`;
  return head + list.map(allowanceText).join('');
}

export function allowanceJson(a: FreeTierAllowance) {
  return { ...a, quantity: a.quantity.toFixed() };
}

function allowanceText(a: FreeTierAllowance): string {
  const amount = `${formatQuantity(new Decimal(a.amount))} ${a.unit}`;
  const inPriceUnit = a.quantity.eq(a.amount) ? '' : ` (${formatQuantity(a.quantity)} ${a.priceUnit})`;
  const keys = a.keys.length ? a.keys.map((k) => `"${k}"`).join(', ') : 'no price in the data draws on it';
  const where = `${a.url}${a.statement ? `: ${a.statement}` : ''}`;
  return `\n${a.service}  ${a.name}: ${amount}${inPriceUnit} a month\n  ${a.usage}\n  prices: ${keys}\n  ${where}\n`;
}
