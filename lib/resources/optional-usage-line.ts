/**
 * A usage-based line that exists only when its usage key is given (backups, restores, queries,
 * invalidations: things many resources never do). Without the key there is no line at all, rather
 * than a $0 usage-missing one that would ask every user for a figure most do not have.
 */
import type { PriceRef } from '../pricing/price-keys.js';
import type { PricerContext } from './pricer.js';

/** The line's name, unit and price; its quantity is the usage key's value, as given. */
export interface OptionalUsageLine {
  name: string;
  unit: string;
  price: PriceRef;
}

/** Adds the line priced on `usageKey`'s value when the usage gives that key; adds nothing otherwise. */
export function addWhenGiven<K extends string>(ctx: PricerContext<K>, usageKey: K, line: OptionalUsageLine): void {
  if (!ctx.usage.has(usageKey)) return;
  ctx.add({
    name: line.name,
    unit: line.unit,
    quantity: ctx.usage.number(usageKey),
    price: line.price,
    usageBased: true,
    usageKeys: [usageKey],
  });
}
