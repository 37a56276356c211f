/**
 * The window `usage pull` reads: whole UTC days, ending at 00:00 UTC today (today is still being
 * written), `days` long. Every daily Sum over it is scaled to a 730-hour month by 730 / (24 × days):
 * the window's total divided by its hours, times the 730 hours the estimate's month has.
 */
import { DAY_SECONDS, type MetricWindow } from '../scan/metrics/fetch-metrics.js';

export const HOURS_PER_MONTH = 730;

export interface PullWindow extends MetricWindow {
  days: number;
  /** Window total × this = a 730-hour month. */
  monthScale: number;
  /** "30 d to 2026-12-01": how a value's comment names the window. */
  label: string;
}

export function pullWindow(now: Date, days: number): PullWindow {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const start = new Date(end.getTime() - days * DAY_SECONDS * 1000);
  return { start, end, days, monthScale: HOURS_PER_MONTH / (24 * days), label: `${days} d to ${end.toISOString().slice(0, 10)}` };
}
