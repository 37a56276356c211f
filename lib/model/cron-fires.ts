/**
 * How often a cron() schedule fires in a 730-hour month. A cron calendar does not repeat monthly
 * (months differ in length, weekdays drift, leap days come every fourth year), so the count is
 * taken over a representative period and scaled: fires ÷ hours in the period × 730. The period is
 * the 28-year cycle 2001-01-01 … 2028-12-31 (10,227 days), after which the Gregorian weekdays and
 * leap years repeat (until 2100), so "0 12 * * ? *" fires 30.4167 times a month (730 h ÷ 24 h)
 * and "0 9 ? * MON-FRI *" 21.7262. An expression limited to some years is averaged over those
 * years and priced per month while it runs (the note says so). Days are UTC calendar days: a
 * schedule's time zone moves the hours, not the count (DST days aside).
 */
import { Decimal, HOURS_PER_MONTH, formatQuantity } from '../money.js';
import { CronError, firesOn, firesPerDay, parseCron } from './cron-expression.js';

const CYCLE = { from: 2001, to: 2028 };

export interface CronFires {
  /** Fires per 730-hour month (not rounded). */
  count: Decimal;
  /** "cron(0 12 * * ? *): 10,227 fires in 2001–2028 (245,448 h, UTC) × 730 h ÷ 245,448 h". */
  formula: string;
  /** Set when the expression only fires in some years. */
  yearsNote?: string;
}

/** Fires per month of a cron() expression, or a problem naming what is wrong with it. */
export function cronFiresPerMonth(expression: string): CronFires | { problem: string } {
  let cron: ReturnType<typeof parseCron>;
  try {
    cron = parseCron(expression);
  } catch (e) {
    if (e instanceof CronError) return { problem: e.message };
    throw e;
  }
  const years = cron.years ?? range(CYCLE.from, CYCLE.to);
  let days = 0;
  let firingDays = 0;
  for (const year of years) {
    for (let month = 1; month <= 12; month++) {
      const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
      for (let day = 1; day <= length; day++) {
        days++;
        if (firesOn(cron, year, month, day)) firingDays++;
      }
    }
  }
  const fires = firingDays * firesPerDay(cron);
  const hours = days * 24;
  const period = cron.years ? yearsText(cron.years) : `the 28-year calendar cycle ${CYCLE.from}–${CYCLE.to}`;
  return {
    count: new Decimal(fires).times(HOURS_PER_MONTH).div(hours),
    formula:
      `${cron.text}: ${formatQuantity(new Decimal(fires))} fires in ${period} ` +
      `(${formatQuantity(new Decimal(hours))} h, UTC days) × 730 h ÷ ${formatQuantity(new Decimal(hours))} h`,
    ...(cron.years
      ? { yearsNote: `${cron.text} fires only in ${yearsText(cron.years)}: priced per month while it runs (that period's average)` }
      : {}),
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function yearsText(years: number[]): string {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (years.length === 1) return String(first);
  return last - first + 1 === years.length ? `${first}–${last}` : `${years.length} years (${first} … ${last})`;
}
