/**
 * A load sweep as a chart of monthly cost per construct (the largest few, the rest as one band)
 * against the multiple of the entry loads: stacked areas on the linear cost axis (how the total is
 * made up), one line per construct on the log axis (stacked on a log axis, the small constructs
 * would be invisible slivers; as lines, each one's growth reads at any size).
 */
import { Decimal, formatUsd } from '../../money.js';
import type { Sweep } from '../../load/sweep/sweep.js';
import { esc } from './escape.js';
import { colourAt } from './palette.js';
import { CHART, axes, linearCostAxis, loadScale, logCostAxis, n, type CostAxis, type Scale } from './chart-axes.js';
import { loadLabel } from '../load-text.js';

/** More bands than this and the colours stop telling them apart: the rest are summed. */
export const MAX_BANDS = 8;

export interface Band {
  label: string;
  /** Monthly cost at each step, as in the Sweep (exact strings). */
  values: Decimal[];
  colour: string;
}

/** Constructs largest at the last step first, the smallest merged into "Other constructs". */
export function sweepBands(sweep: Sweep): Band[] {
  const paths = new Map<string, Decimal[]>();
  sweep.steps.forEach((step, i) => {
    for (const c of step.constructs) {
      const values = paths.get(c.path) ?? sweep.steps.map(() => new Decimal(0));
      values[i] = new Decimal(c.monthly);
      paths.set(c.path, values);
    }
  });
  const ranked = [...paths.entries()]
    .filter(([, v]) => v.some((x) => !x.isZero()))
    .sort((a, b) => b[1][b[1].length - 1]!.comparedTo(a[1][a[1].length - 1]!) || (a[0] < b[0] ? -1 : 1));
  const shown = ranked.length > MAX_BANDS ? ranked.slice(0, MAX_BANDS - 1) : ranked;
  const bands: Band[] = shown.map(([label, values], i) => ({ label, values, colour: colourAt(i) }));
  const rest = ranked.slice(shown.length);
  if (rest.length) {
    bands.push({
      label: `Other constructs (${rest.length})`,
      values: sweep.steps.map((_, i) => rest.reduce((s, [, v]) => s.plus(v[i]!), new Decimal(0))),
      colour: colourAt(shown.length),
    });
  }
  return bands;
}

export function sweepChartSvg(sweep: Sweep, bands: Band[]): string {
  const x = loadScale(sweep.scales.map(Number));
  const totals = sweep.steps.map((_, i) => bands.reduce((s, b) => s + b.values[i]!.toNumber(), 0));
  const positives = bands.flatMap((b) => b.values.map((v) => v.toNumber())).filter((v) => v > 0);
  const linear = linearCostAxis(Math.max(...totals));
  const log = logCostAxis(Math.min(...positives, Infinity), Math.max(...totals));
  const first = sweep.steps[0]!;
  const last = sweep.steps[sweep.steps.length - 1]!;
  const desc =
    `Chart of the monthly cost of each construct at ${sweep.scales.map(loadLabel).join(', ')} the entry loads ` +
    '(stacked areas; one line per construct on the logarithmic axis). ' +
    `Total ${formatUsd(new Decimal(first.totals.monthly))} at ${loadLabel(first.scale)}, ` +
    `${formatUsd(new Decimal(last.totals.monthly))} at ${loadLabel(last.scale)}; ` +
    `largest at ${loadLabel(last.scale)}: ${bands
      .slice(0, 3)
      .map((b) => b.label)
      .join(', ')}. The table below gives every value.`;
  return [
    `<svg class="chart" id="sweep-chart" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-labelledby="sweep-title" ` +
      `aria-describedby="sweep-desc">`,
    `<title id="sweep-title">Monthly cost by construct versus load</title>`,
    `<desc id="sweep-desc">${esc(desc)}</desc>`,
    `<g class="lin">${axes(x, sweep.scales, linear, 'Multiple of the entry loads')}${areas(sweep, bands, x, linear)}</g>`,
    `<g class="logv">${axes(x, sweep.scales, log, 'Multiple of the entry loads')}${lines(sweep, bands, x, log)}</g>`,
    '</svg>',
  ].join('\n');
}

/** One path per band, stacked from the largest (bottom) up; a dot per step on the total. */
function areas(sweep: Sweep, bands: Band[], x: Scale, y: CostAxis): string {
  const xs = sweep.scales.map((s) => x(Number(s)));
  const below = xs.map(() => 0);
  const out: string[] = [];
  for (const band of bands) {
    const lower = [...below];
    const upper = below.map((b, i) => b + band.values[i]!.toNumber());
    const top = xs.map((px, i) => `${n(px)},${n(y.scale(upper[i]!))}`);
    const bottom = xs.map((px, i) => `${n(px)},${n(y.scale(Math.max(lower[i]!, y.floor)))}`).reverse();
    out.push(
      `<path class="band" d="M${top.join('L')}L${bottom.join('L')}Z" fill="${band.colour}" fill-opacity="0.85" stroke="#fff" ` +
        `stroke-width="1"><title>${esc(band.label)}</title></path>`,
    );
    upper.forEach((u, i) => (below[i] = u));
  }
  return out.join('') + totalPoints(sweep, xs, below, y);
}

/** One line per band (a construct costing $0 at a step sits on the axis floor), and the total's dots. */
function lines(sweep: Sweep, bands: Band[], x: Scale, y: CostAxis): string {
  const xs = sweep.scales.map((s) => x(Number(s)));
  const out = bands.map((band) => {
    const d = xs.map((px, i) => `${n(px)},${n(y.scale(band.values[i]!.toNumber()))}`).join('L');
    return (
      `<path class="band-line" d="M${d}" fill="none" stroke="${band.colour}" stroke-width="2">` + `<title>${esc(band.label)}</title></path>`
    );
  });
  const totals = sweep.steps.map((_, i) => bands.reduce((s, b) => s + b.values[i]!.toNumber(), 0));
  out.push(
    `<path class="total-line" d="M${xs.map((px, i) => `${n(px)},${n(y.scale(totals[i]!))}`).join('L')}" fill="none" stroke="#1a1a1a" ` +
      `stroke-width="2" stroke-dasharray="6 3"><title>Total</title></path>`,
  );
  return out.join('') + totalPoints(sweep, xs, totals, y);
}

function totalPoints(sweep: Sweep, xs: number[], totals: number[], y: CostAxis): string {
  return xs
    .map(
      (px, i) =>
        `<circle class="total-point" cx="${n(px)}" cy="${n(y.scale(totals[i]!))}" r="3.5" ` +
        `fill="#1a1a1a"><title>` +
        `${esc(`Total at ${loadLabel(sweep.scales[i]!)}: ${formatUsd(new Decimal(sweep.steps[i]!.totals.monthly))} a month`)}` +
        '</title></circle>',
    )
    .join('');
}

/** The legend: colour swatch and name of each band. */
export function legend(bands: Array<{ label: string; colour: string }>): string {
  const item = (b: { label: string; colour: string }) =>
    `<li><span class="swatch" style="background:${b.colour}" aria-hidden="true"></span>${esc(b.label)}</li>`;
  return `<ul class="legend">${bands.map(item).join('')}</ul>`;
}
