/**
 * EventBridge cron expressions (rules' ScheduleExpression and EventBridge Scheduler schedules):
 * six fields — minutes, hours, day-of-month, month, day-of-week, year — with the wildcards AWS
 * documents (EventBridge User Guide, "Cron expressions reference"): `, - * /` everywhere, `?` in
 * one of the two day fields (exactly one of them must be `?`), `L` and `W` (also `LW`) in
 * day-of-month, `L`, `nL` and `n#k` in day-of-week (1-7 = SUN-SAT). The npm parsers written for
 * AWS's syntax miscount (aws-cron-parser fires "0 0 29 2 ? *" every year on 1 March), so this
 * small parser counts days instead: a day either matches or not, and then fires once for every
 * listed hour × minute.
 */

export interface CronExpression {
  text: string;
  minutes: number[];
  hours: number[];
  months: Set<number>;
  /** undefined when the field is `*` (every year). */
  years: number[] | undefined;
  dayOfMonth: DayOfMonth | undefined;
  dayOfWeek: DayOfWeek | undefined;
}

type DayOfMonth =
  | { kind: 'days'; days: Set<number> }
  | { kind: 'last' }
  | { kind: 'lastWeekday' }
  | { kind: 'nearestWeekday'; day: number };
type DayOfWeek =
  | { kind: 'weekdays'; days: Set<number> }
  | { kind: 'lastOf'; weekday: number }
  | { kind: 'nth'; weekday: number; nth: number };

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

export class CronError extends Error {}

/** Parses `cron(…)` (or the six fields alone); throws CronError naming the field that is wrong. */
export function parseCron(expression: string): CronExpression {
  const inner = /^\s*cron\((.*)\)\s*$/s.exec(expression)?.[1] ?? expression;
  const fields = inner.trim().split(/\s+/);
  if (fields.length !== 6) {
    throw new CronError(
      `"${expression}" has ${fields.length} fields; ` +
        'EventBridge cron expressions have 6 (minutes hours day-of-month month day-of-week year)',
    );
  }
  const [min, hour, dom, month, dow, year] = fields as [string, string, string, string, string, string];
  if ((dom === '?') === (dow === '?')) {
    throw new CronError(`"${expression}": exactly one of day-of-month and day-of-week must be "?" (AWS does not accept both or neither)`);
  }
  return {
    text: expression.trim(),
    minutes: [...numbers(min, 'minutes', 0, 59)].sort((a, b) => a - b),
    hours: [...numbers(hour, 'hours', 0, 23)].sort((a, b) => a - b),
    months: numbers(month, 'month', 1, 12, MONTHS),
    years: year === '*' ? undefined : [...numbers(year, 'year', 1970, 2199)].sort((a, b) => a - b),
    dayOfMonth: dom === '?' ? undefined : dayOfMonth(dom),
    dayOfWeek: dow === '?' ? undefined : dayOfWeek(dow),
  };
}

/** A list field (`1,5-10,*\/15`) → the values it selects. */
function numbers(field: string, name: string, lo: number, hi: number, names?: string[]): Set<number> {
  const out = new Set<number>();
  for (const item of field.split(',')) {
    const m = /^(\*|[A-Za-z0-9]+)(?:-([A-Za-z0-9]+))?(?:\/(\d+))?$/.exec(item);
    if (!m) throw new CronError(`${name} field "${field}": "${item}" is not a value, range or increment`);
    const step = m[3] === undefined ? 1 : Number(m[3]);
    if (step < 1) throw new CronError(`${name} field "${field}": an increment must be at least 1`);
    const from = m[1] === '*' ? lo : value(m[1]!, name, lo, hi, names);
    // "5/15" runs from 5 to the end of the range; "5" alone is just 5.
    const to = m[2] !== undefined ? value(m[2], name, lo, hi, names) : m[1] === '*' || m[3] !== undefined ? hi : from;
    if (to < from) throw new CronError(`${name} field "${field}": range ${item} runs backwards`);
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

function value(text: string, name: string, lo: number, hi: number, names?: string[]): number {
  const named = names?.indexOf(text.toUpperCase()) ?? -1;
  const v = named >= 0 ? named + lo : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(v) || v < lo || v > hi) throw new CronError(`${name} field: "${text}" is outside ${lo}-${hi}`);
  return v;
}

function dayOfMonth(field: string): DayOfMonth {
  if (field === 'L') return { kind: 'last' };
  if (field === 'LW') return { kind: 'lastWeekday' };
  const w = /^(\d+)W$/.exec(field);
  if (w) return { kind: 'nearestWeekday', day: value(w[1]!, 'day-of-month', 1, 31) };
  return { kind: 'days', days: numbers(field, 'day-of-month', 1, 31) };
}

function dayOfWeek(field: string): DayOfWeek {
  // "L" alone is the last day of the week: Saturday (7).
  if (field === 'L') return { kind: 'weekdays', days: new Set([7]) };
  const last = /^([A-Za-z0-9]+)L$/.exec(field);
  if (last) return { kind: 'lastOf', weekday: value(last[1]!, 'day-of-week', 1, 7, WEEKDAYS) };
  const nth = /^([A-Za-z0-9]+)#(\d)$/.exec(field);
  if (nth) {
    const k = Number(nth[2]);
    if (k < 1 || k > 5) throw new CronError(`day-of-week field "${field}": the instance after # must be 1-5`);
    return { kind: 'nth', weekday: value(nth[1]!, 'day-of-week', 1, 7, WEEKDAYS), nth: k };
  }
  if (field.includes('#')) throw new CronError(`day-of-week field "${field}": "#" allows a single expression (AWS rejects "3#1,6#3")`);
  return { kind: 'weekdays', days: numbers(field, 'day-of-week', 1, 7, WEEKDAYS) };
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 1 = Sunday … 7 = Saturday, as AWS numbers them. */
const weekdayOf = (year: number, month: number, day: number): number => new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
const isWorkday = (weekday: number): boolean => weekday >= 2 && weekday <= 6;

/** Whether the expression fires on this (UTC) date; month 1-12. */
export function firesOn(cron: CronExpression, year: number, month: number, day: number): boolean {
  if (cron.years && !cron.years.includes(year)) return false;
  if (!cron.months.has(month)) return false;
  const length = daysIn(year, month);
  const weekday = weekdayOf(year, month, day);
  const dom = cron.dayOfMonth;
  if (dom) {
    if (dom.kind === 'days') return dom.days.has(day);
    if (dom.kind === 'last') return day === length;
    if (dom.kind === 'lastWeekday') {
      let d = length;
      while (!isWorkday(weekdayOf(year, month, d))) d--;
      return day === d;
    }
    return day === nearestWeekday(year, month, dom.day, length);
  }
  const dow = cron.dayOfWeek!;
  if (dow.kind === 'weekdays') return dow.days.has(weekday);
  if (dow.kind === 'lastOf') return weekday === dow.weekday && day + 7 > length;
  return weekday === dow.weekday && Math.ceil(day / 7) === dow.nth;
}

/** "15W": the workday nearest the 15th, never crossing into another month; none if the month is shorter. */
function nearestWeekday(year: number, month: number, target: number, length: number): number | undefined {
  if (target > length) return undefined;
  const weekday = weekdayOf(year, month, target);
  if (isWorkday(weekday)) return target;
  if (weekday === 7) return target === 1 ? 3 : target - 1; // Saturday → Friday (or Monday the 3rd)
  return target === length ? target - 2 : target + 1; // Sunday → Monday (or Friday before the month's end)
}

/** Fires on one day: every listed minute of every listed hour. */
export function firesPerDay(cron: CronExpression): number {
  return cron.minutes.length * cron.hours.length;
}
