/**
 * EventBridge cron expressions (EventBridge User Guide, "Cron expressions reference": minutes hours
 * day-of-month month day-of-week year; `?` in exactly one day field; L, W, LW, nL, n#k) and their
 * fires per 730-hour month, counted over the 28-year calendar cycle 2001–2028 and scaled.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../lib/money.js';
import { firesOn, parseCron } from '../../lib/model/cron-expression.js';
import { cronFiresPerMonth } from '../../lib/model/cron-fires.js';

const HOURS = 10227 * 24; // 2001-01-01 … 2028-12-31
const perMonth = (fires: number) => new Decimal(fires).times(730).div(HOURS).toFixed();
const count = (e: string) => {
  const r = cronFiresPerMonth(e);
  if ('problem' in r) throw new Error(r.problem);
  return r.count.toFixed();
};

describe('cron fires per month', () => {
  it('counts every minute/hour/day form', () => {
    expect(count('cron(0 12 * * ? *)')).toBe(perMonth(10227)); // 30.4167 = 730 ÷ 24
    expect(count('cron(0/15 * * * ? *)')).toBe('2920'); // 4 × 730
    expect(count('cron(5,35 14 * * ? *)')).toBe(perMonth(2 * 10227));
    expect(count('cron(0 9 ? * MON-FRI *)')).toBe(perMonth(7305)); // weekdays in 28 years
    expect(count('cron(0 10 L * ? *)')).toBe(perMonth(336)); // once a month, 12 × 28
    expect(count('cron(0 0 29 2 ? *)')).toBe(perMonth(7)); // leap days only
  });

  it('reads L, W, LW, nL and n#k as AWS defines them', () => {
    const on = (e: string, y: number, m: number, day: number) => firesOn(parseCron(e), y, m, day);
    // 2026-02-15 is a Sunday → 15W fires Monday the 16th; 2026-01-31 is a Saturday → LW is Friday the 30th.
    expect(on('cron(0 9 15W * ? *)', 2026, 2, 16)).toBe(true);
    expect(on('cron(0 9 15W * ? *)', 2026, 2, 15)).toBe(false);
    expect(on('cron(0 9 LW * ? *)', 2026, 1, 30)).toBe(true);
    // 2#1: first Monday (Monday is day 2); 6L: last Friday; L in day-of-week: Saturday.
    expect(on('cron(0 9 ? * 2#1 *)', 2026, 1, 5)).toBe(true);
    expect(on('cron(0 9 ? * 6L *)', 2026, 1, 30)).toBe(true);
    expect(on('cron(0 9 ? * 6L *)', 2026, 1, 23)).toBe(false);
    expect(on('cron(0 9 ? * L *)', 2026, 1, 31)).toBe(true);
  });

  it('averages a year-limited schedule over its years and says so', () => {
    const r = cronFiresPerMonth('cron(0 12 * * ? 2026)');
    expect('problem' in r ? r.problem : r.count.toFixed()).toBe(new Decimal(365).times(730).div(8760).toFixed());
    expect('yearsNote' in r && r.yearsNote).toContain('fires only in 2026');
  });

  it('names what AWS would reject', () => {
    const problem = (e: string) => {
      const r = cronFiresPerMonth(e);
      return 'problem' in r ? r.problem : '';
    };
    expect(problem('cron(0 9 * * * *)')).toContain('exactly one of day-of-month and day-of-week must be "?"');
    expect(problem('cron(0 9 * *)')).toContain('has 4 fields');
    expect(problem('cron(0 25 * * ? *)')).toContain('outside 0-23');
    expect(problem('cron(0 9 ? * 3#1,6#3 *)')).toContain('single expression');
  });
});
