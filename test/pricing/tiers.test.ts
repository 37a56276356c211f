import { describe, expect, it } from 'vitest';
import { Decimal } from '../../lib/money.js';
import { applyTiers } from '../../lib/pricing/tiers.js';
import type { PriceTier } from '../../lib/pricing/price.js';

const d = (v: string | number) => new Decimal(v);
// Three tiers shaped like S3 Standard storage: [0, 51200) [51200, 512000) [512000, ∞).
const tiers: PriceTier[] = [
  { from: d(0), to: d(51200), unitPrice: d('0.023'), rateCode: 'A' },
  { from: d(51200), to: d(512000), unitPrice: d('0.022'), rateCode: 'B' },
  { from: d(512000), to: null, unitPrice: d('0.021'), rateCode: 'C' },
];

describe('applyTiers', () => {
  it('prices zero as zero with no tier used', () => {
    const r = applyTiers(d(0), tiers);
    expect(r.cost.toFixed()).toBe('0');
    expect(r.uses).toEqual([]);
  });

  it('stays in the first tier up to its bound', () => {
    expect(applyTiers(d(51200), tiers).cost.toFixed()).toBe('1177.6'); // 51200 × 0.023
    expect(applyTiers(d(51200), tiers).uses.map((u) => u.rateCode)).toEqual(['A']);
  });

  it('moves into the second tier just past the bound', () => {
    const r = applyTiers(d('51200.5'), tiers);
    // 51200 × 0.023 + 0.5 × 0.022
    expect(r.cost.toFixed()).toBe('1177.611');
    expect(r.uses.map((u) => [u.rateCode, u.quantity.toFixed()])).toEqual([
      ['A', '51200'],
      ['B', '0.5'],
    ]);
  });

  it('spans all three tiers', () => {
    const r = applyTiers(d(700000), tiers);
    // 51200 × 0.023 + 460800 × 0.022 + 188000 × 0.021 = 1177.6 + 10137.6 + 3948
    expect(r.cost.toFixed()).toBe('15263.2');
  });

  it('is exact where binary floating point is not', () => {
    const r = applyTiers(d(3), [{ from: d(0), to: null, unitPrice: d('0.1') }]);
    expect(r.cost.toFixed()).toBe('0.3');
    expect(0.1 * 3).not.toBe(0.3);
  });

  it('bills a free tier at the next paid price unless free tier is applied', () => {
    const withFree: PriceTier[] = [
      { from: d(0), to: d(100000), unitPrice: d(0), rateCode: 'F', freeTier: true },
      { from: d(100000), to: null, unitPrice: d('0.0000006'), rateCode: 'P' },
    ];
    expect(applyTiers(d(300000), withFree, false).cost.toFixed()).toBe('0.18');
    expect(applyTiers(d(300000), withFree, false).uses).toHaveLength(1);
    expect(applyTiers(d(300000), withFree, true).cost.toFixed()).toBe('0.12');
    expect(applyTiers(d(50000), withFree, true).cost.toFixed()).toBe('0');
  });

  it('rejects negative quantities', () => {
    expect(() => applyTiers(d(-1), tiers)).toThrow(RangeError);
  });
});
