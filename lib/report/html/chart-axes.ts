/**
 * Scales and axes for the cost-versus-load charts, in plain arithmetic: the load (x) on a log axis
 * when the steps span a factor of 10 or more (sweeps usually go 1, 10, 100), cost (y) linear or
 * logarithmic. Each chart draws both y scales and the page's toggle shows one.
 */
import { esc } from './escape.js';
import { loadLabel } from '../load-text.js';

export const CHART = { width: 760, height: 380, left: 76, right: 20, top: 16, bottom: 46 } as const;
export const PLOT = { x0: CHART.left, x1: CHART.width - CHART.right, y0: CHART.height - CHART.bottom, y1: CHART.top } as const;

export type Scale = (value: number) => number;

/** The load axis: positions for multiples of the entry loads. */
export function loadScale(scales: number[]): Scale {
  const min = Math.min(...scales);
  const max = Math.max(...scales);
  const [lo, hi] = min === max ? [min / Math.sqrt(10), max * Math.sqrt(10)] : [min, max];
  const log = min === max || max / min >= 10;
  const f = log ? Math.log10 : (v: number) => v;
  return (v) => PLOT.x0 + ((f(v) - f(lo)) / (f(hi) - f(lo))) * (PLOT.x1 - PLOT.x0);
}

export interface CostAxis {
  scale: Scale;
  ticks: number[];
  /** Smallest value on the axis (the floor a log axis clamps to). */
  floor: number;
}

export function linearCostAxis(max: number): CostAxis {
  const top = max > 0 ? max : 1;
  const step = niceStep(top / 5);
  const end = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= end + step / 2; t += step) ticks.push(t);
  return { scale: (v) => PLOT.y0 - (Math.max(0, v) / end) * (PLOT.y0 - PLOT.y1), ticks, floor: 0 };
}

/** Decades from below the smallest positive value to above the largest. */
export function logCostAxis(minPositive: number, max: number): CostAxis {
  const lo = Math.floor(Math.log10(minPositive > 0 ? minPositive : 0.01));
  let hi = Math.ceil(Math.log10(max > 0 ? max : 1));
  if (hi <= lo) hi = lo + 1;
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) ticks.push(10 ** e);
  const floor = 10 ** lo;
  return { scale: (v) => PLOT.y0 - ((Math.log10(Math.max(v, floor)) - lo) / (hi - lo)) * (PLOT.y0 - PLOT.y1), ticks, floor };
}

function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const n = raw / magnitude;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * magnitude;
}

/** "$150k", "$1.5M", "$0.01": axis labels only; exact figures are in the tables. */
export function axisUsd(value: number): string {
  const trim = (n: number) => String(Number(n.toPrecision(3)));
  if (value >= 1e6) return `$${trim(value / 1e6)}M`;
  if (value >= 1e3) return `$${trim(value / 1e3)}k`;
  return `$${trim(value)}`;
}

/** Horizontal grid, y labels, x labels at the steps, and the axis titles. */
export function axes(x: Scale, steps: string[], y: CostAxis, xTitle: string): string {
  const out = ['<g class="grid">'];
  for (const t of y.ticks) out.push(`<line x1="${PLOT.x0}" x2="${PLOT.x1}" y1="${n(y.scale(t))}" y2="${n(y.scale(t))}"/>`);
  out.push('</g><g class="axis">');
  out.push(
    `<line x1="${PLOT.x0}" x2="${PLOT.x1}" y1="${PLOT.y0}" y2="${PLOT.y0}"/><line x1="${PLOT.x0}" x2="${PLOT.x0}" y1="${PLOT.y0}" ` +
      `y2="${PLOT.y1}"/>`,
  );
  for (const t of y.ticks) out.push(`<text x="${PLOT.x0 - 6}" y="${n(y.scale(t) + 4)}" text-anchor="end">${esc(axisUsd(t))}</text>`);
  for (const s of steps) {
    const px = n(x(Number(s)));
    out.push(
      `<line x1="${px}" x2="${px}" y1="${PLOT.y0}" y2="${PLOT.y0 + 5}"/><text x="${px}" y="${PLOT.y0 + 18}" ` +
        `text-anchor="middle">${esc(loadLabel(s))}</text>`,
    );
  }
  out.push(`<text x="${(PLOT.x0 + PLOT.x1) / 2}" y="${CHART.height - 6}" text-anchor="middle">${esc(xTitle)}</text>`);
  out.push(`<text transform="translate(14 ${(PLOT.y0 + PLOT.y1) / 2}) rotate(-90)" text-anchor="middle">Monthly cost (USD)</text>`);
  out.push('</g>');
  return out.join('');
}

/** A coordinate with two decimals. */
export function n(value: number): string {
  return (Math.round(value * 100) / 100).toString();
}

/** The checkbox that switches a chart's cost axis to logarithmic (hidden in print). */
export function logToggle(chartId: string): string {
  return (
    `<p class="controls"><label><input type="checkbox" class="log-toggle" data-chart="${esc(chartId)}"> Logarithmic cost ` +
    `axis</label></p>`
  );
}
