/**
 * Money and quantities are decimal, never binary floating point: AWS bills
 * quantity × unit price exactly and rounds only the bill line, so we do the same.
 * decimal.js (well kept, typed, arbitrary precision) does the arithmetic.
 */
import { Decimal as DecimalJs } from 'decimal.js';

/**
 * A private Decimal constructor so our precision never leaks into (or from) other users of decimal.js.
 * 34 significant digits (IEEE 754 decimal128's): sums and products of list prices (at most 10
 * decimals) and monthly quantities stay exact far beyond any bill; only a division (e.g. by the
 * days of a 730-hour month) rounds, at the 34th digit — and shorter numbers keep sweeps fast.
 */
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** The AWS Pricing Calculator's month: 730 hours. */
export const HOURS_PER_MONTH = new Decimal(730);

export const ZERO = new Decimal(0);

export function dec(value: DecimalJs.Value): Decimal {
  return new Decimal(value);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Round to cents the way a bill line is shown. */
export function toCents(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Canonical string for JSON: exact, no exponent, trailing zeros trimmed. */
export function decimalString(value: Decimal): string {
  return value.toFixed();
}

/** "$1,234.56" */
export function formatUsd(value: Decimal): string {
  const cents = toCents(value);
  // A credit smaller than half a cent rounds to zero: "$0.00", not "-$0.00".
  const negative = cents.isNegative() && !cents.isZero();
  const [whole, frac = '00'] = cents.abs().toFixed(2).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}$${grouped}.${frac}`;
}

/** Unit prices are shown with enough digits to be checkable against the AWS price list. */
export function formatUnitPrice(value: Decimal): string {
  if (value.isZero()) return '$0';
  const fixed = value.toFixed();
  return `$${fixed}`;
}

/** Quantities: thousands separators, up to 4 decimals. */
export function formatQuantity(value: Decimal): string {
  // Whole numbers (most counts) need no rounding: group the digits directly.
  if (value.isInteger() && value.abs().lt(1e15)) return value.toFixed().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rounded = value.toDecimalPlaces(4);
  const [whole, frac] = rounded.abs().toFixed().split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded.isNegative() ? '-' : ''}${grouped}${frac ? '.' + frac : ''}`;
}
