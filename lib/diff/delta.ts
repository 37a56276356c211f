/**
 * Before/after/delta/percent of a monthly amount, as decimal strings.
 */
import { Decimal } from '../money.js';
import type { Delta } from './diff-types.js';

export function delta(before: Decimal | string, after: Decimal | string): Delta {
  const b = new Decimal(before);
  const a = new Decimal(after);
  const d = a.minus(b);
  return {
    before: b.toFixed(),
    after: a.toFixed(),
    delta: d.toFixed(),
    // A share of an amount rarely terminates (1/3): four decimals are far below what anyone reads.
    percent: b.isZero() ? null : d.div(b).times(100).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(),
  };
}
