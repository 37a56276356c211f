/**
 * Where two designs change order: between two sweep steps whose cost difference changes sign, the
 * crossover is first interpolated linearly, then refined on the real cost functions (regula falsi,
 * Illinois variant) until the two totals agree to a hundredth of a cent. Costs are piecewise linear
 * in load (tiers), so this converges in a handful of re-pricings.
 */
import { Decimal } from '../../money.js';

export interface Crossover {
  /** Multiple of the entry loads at which both cost the same. */
  scale: Decimal;
  /** Their common monthly cost there. */
  monthly: Decimal;
  /** Which is cheaper just below the crossover ('a' or 'b'). */
  cheaperBelow: 'a' | 'b';
}

const TOLERANCE = new Decimal('0.0001');
const MAX_ITERATIONS = 100;

export function findCrossovers(scales: Decimal[], costAt: (scale: Decimal) => { a: Decimal; b: Decimal }): Crossover[] {
  const sorted = [...scales].sort((x, y) => x.comparedTo(y));
  const points = sorted.map((scale) => ({ scale, ...costAt(scale) }));
  const out: Crossover[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const lo = points[i]!;
    const hi = points[i + 1]!;
    const dLo = lo.a.minus(lo.b);
    const dHi = hi.a.minus(hi.b);
    if (dLo.isZero() || dLo.isNegative() === dHi.isNegative() || dHi.isZero()) continue;
    out.push(refine(lo.scale, dLo, hi.scale, dHi, costAt));
  }
  return out;
}

function refine(x0: Decimal, d0: Decimal, x1: Decimal, d1: Decimal, costAt: (scale: Decimal) => { a: Decimal; b: Decimal }): Crossover {
  const cheaperBelow: 'a' | 'b' = d0.isNegative() ? 'a' : 'b';
  let lo = x0;
  let hi = x1;
  let fLo = d0;
  let fHi = d1;
  let side = 0;
  let best = { scale: lo, monthly: costAt(lo).a };
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    // The secant through the bracket; halve the retained end's value when the same end stays twice (Illinois).
    let x = lo.minus(fLo.times(hi.minus(lo)).div(fHi.minus(fLo)));
    if (x.lte(lo) || x.gte(hi)) x = lo.plus(hi).div(2);
    const { a, b } = costAt(x);
    const f = a.minus(b);
    best = { scale: x, monthly: a };
    if (f.abs().lte(TOLERANCE) || hi.minus(lo).lte(hi.times('1e-12'))) break;
    if (f.isNegative() === fLo.isNegative()) {
      lo = x;
      fLo = f;
      if (side === -1) fHi = fHi.div(2);
      side = -1;
    } else {
      hi = x;
      fHi = f;
      if (side === 1) fLo = fLo.div(2);
      side = 1;
    }
  }
  return { scale: best.scale, monthly: best.monthly, cheaperBelow };
}
