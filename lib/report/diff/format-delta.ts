/**
 * How changes read: "+$412.30", "-$36.50", "+18%", "+2.5%", "new".
 */
import { Decimal, formatUsd, toCents } from '../../money.js';

/** "+$412.30" / "-$36.50" / "$0.00". */
export function formatSignedUsd(value: Decimal | string): string {
  const cents = toCents(new Decimal(value));
  if (cents.isZero()) return '$0.00';
  return `${cents.isNegative() ? '' : '+'}${formatUsd(cents)}`;
}

/** "+18%", "+2.5%", "-0.4%"; `null` (no base to compare with) → "new". */
export function formatPercent(percent: string | null): string {
  if (percent === null) return 'new';
  const p = new Decimal(percent);
  // Two significant figures are what a reader takes in; whole percents from 10 up.
  const shown = p.abs().greaterThanOrEqualTo(10)
    ? p.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    : p.toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  if (shown.isZero()) return p.isZero() ? '0%' : p.isNegative() ? '-<0.1%' : '+<0.1%';
  return `${shown.isNegative() ? '' : '+'}${shown.toFixed()}%`;
}
