/**
 * Small shared quantity helpers for pricers: exact decimal arithmetic and readable formulas.
 */
import { Decimal, HOURS_PER_MONTH, formatQuantity } from './money.js';

export { HOURS_PER_MONTH };

/** Both present → product; any missing → undefined (the component stays usage-missing). */
export function times(...factors: Array<Decimal | undefined>): Decimal | undefined {
  let out = new Decimal(1);
  for (const f of factors) {
    if (f === undefined) return undefined;
    out = out.times(f);
  }
  return out;
}

/** Monthly hours of `count` always-on units (instances, nodes, gateways). */
export function monthlyHours(count: number | string | Decimal = 1): Decimal {
  return HOURS_PER_MONTH.times(count);
}

/** Number of 64 KB chunks a message of `sizeKB` is billed as (SQS, SNS, EventBridge). */
export function chunks64KB(sizeKB: Decimal): Decimal {
  return Decimal.max(1, sizeKB.div(64).ceil());
}

export function fmt(value: Decimal | number): string {
  return formatQuantity(value instanceof Decimal ? value : new Decimal(value));
}
