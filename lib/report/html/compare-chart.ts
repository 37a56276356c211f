/**
 * Two designs' monthly totals against load, on a linear and a log cost axis, with each crossover
 * marked where they change order. A is solid with round markers, B dashed with square ones, so the
 * lines are told apart without colour.
 */
import { Decimal, formatUsd } from '../../money.js';
import type { Comparison } from '../../load/sweep/compare.js';
import { esc } from './escape.js';
import { INK, PALETTE } from './palette.js';
import { CHART, PLOT, axes, linearCostAxis, loadScale, logCostAxis, n, type CostAxis, type Scale } from './chart-axes.js';
import { loadLabel } from '../load-text.js';
import { breakLines, type DesignBreaks } from '../../limits/compare-limits.js';
import { round } from '../../limits/load-math.js';

export const SIDE_COLOURS = { a: PALETTE[0], b: PALETTE[1] } as const;

export function compareChartSvg(c: Comparison, breaks?: DesignBreaks): string {
  const scales = c.steps.map((s) => s.scale);
  const x = loadScale([...scales, ...c.crossovers.map((k) => k.scale)].map(Number));
  const values = c.steps.flatMap((s) => [Number(s.a.monthly), Number(s.b.monthly)]);
  const linear = linearCostAxis(Math.max(...values));
  const log = logCostAxis(Math.min(...values.filter((v) => v > 0), Infinity), Math.max(...values));
  const crossings = c.crossovers.length
    ? `They cross at ${c.crossovers.map((k) => `${loadLabel(k.scale)} (${formatUsd(new Decimal(k.monthly))} a month)`).join(' and ')}.`
    : 'They do not cross in this range.';
  const broken = breaks ? ` ${breakLines(breaks).join(' ')}` : '';
  const desc =
    `Line chart of the monthly cost of A (${c.a.label}) and B (${c.b.label}) at ${scales.map(loadLabel).join(', ')} the entry loads. ` +
    `${crossings}${broken} The table below gives every value.`;
  return [
    `<svg class="chart" id="compare-chart" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-labelledby="compare-title" ` +
      `aria-describedby="compare-desc">`,
    `<title id="compare-title">Monthly cost of A and B versus load</title>`,
    `<desc id="compare-desc">${esc(desc)}</desc>`,
    `<g class="lin">${axes(x, scales, linear, 'Multiple of the entry loads')}${lines(c, x, linear)}${breakMarks(x, scales, breaks)}</g>`,
    `<g class="logv">${axes(x, scales, log, 'Multiple of the entry loads')}${lines(c, x, log)}${breakMarks(x, scales, breaks)}</g>`,
    '</svg>',
  ].join('\n');
}

/** Where each design first crosses an AWS limit: a vertical mark in its colour, when inside the chart's load range. */
function breakMarks(x: Scale, scales: string[], breaks: DesignBreaks | undefined): string {
  if (!breaks) return '';
  const numbers = scales.map(Number);
  const [lo, hi] = [Math.min(...numbers), Math.max(...numbers)];
  const out: string[] = [];
  for (const side of ['a', 'b'] as const) {
    const b = breaks[side];
    if (!b || b.scale < lo || b.scale > hi) continue;
    const px = x(b.scale);
    const label = `${side.toUpperCase()} breaks at ${round(b.scale)}×`;
    const tip = `${label}: ${b.limit}, ${b.value} (${b.resource})`;
    const y = side === 'a' ? PLOT.y1 + 14 : PLOT.y1 + 30;
    out.push(
      `<g class="limit-break"><title>${esc(tip)}</title>` +
        `<line x1="${n(px)}" x2="${n(px)}" y1="${PLOT.y0}" y2="${PLOT.y1}" stroke="${SIDE_COLOURS[side]}" ` +
        'stroke-width="2" stroke-dasharray="2 4"/>' +
        `<text x="${n(px + 6)}" y="${n(y)}">${esc(label)}</text></g>`,
    );
  }
  return out.join('');
}

function lines(c: Comparison, x: Scale, y: CostAxis): string {
  const out: string[] = [];
  for (const side of ['a', 'b'] as const) {
    const points = c.steps.map((s) => [x(Number(s.scale)), y.scale(Number(s[side].monthly))] as const);
    const colour = SIDE_COLOURS[side];
    out.push(
      `<path class="line line-${side}" d="M${points.map(([px, py]) => `${n(px)},${n(py)}`).join('L')}" fill="none" stroke="${colour}" ` +
        `stroke-width="2.5"${side === 'b' ? ' stroke-dasharray="7 4"' : ''}/>`,
    );
    c.steps.forEach((s, i) => {
      const [px, py] = points[i]!;
      const what = `${side.toUpperCase()} at ${loadLabel(s.scale)}: ${formatUsd(new Decimal(s[side].monthly))} a month`;
      const tip = `<title>${esc(what)}</title>`;
      out.push(
        side === 'a'
          ? `<circle cx="${n(px)}" cy="${n(py)}" r="4" fill="${colour}">${tip}</circle>`
          : `<rect x="${n(px - 4)}" y="${n(py - 4)}" width="8" height="8" fill="${colour}">${tip}</rect>`,
      );
    });
  }
  for (const k of c.crossovers) {
    const px = x(Number(k.scale));
    const py = y.scale(Number(k.monthly));
    const label = `${loadLabel(k.scale)}: ${formatUsd(new Decimal(k.monthly))}`;
    const anchor = px > (PLOT.x0 + PLOT.x1) / 2 ? 'end' : 'start';
    const says = `Crossover at ${label} a month: ${k.cheaperBelow.toUpperCase()} is cheaper below, ${k.cheaperAbove.toUpperCase()} above`;
    out.push(
      `<g class="crossover"><title>${esc(says)}</title>` +
        `<line x1="${n(px)}" x2="${n(px)}" y1="${PLOT.y0}" y2="${PLOT.y1}" stroke="${INK}" stroke-dasharray="3 3"/>` +
        `<circle cx="${n(px)}" cy="${n(py)}" r="6" fill="#fff" stroke="${INK}" stroke-width="2"/>` +
        `<text x="${n(px + (anchor === 'start' ? 8 : -8))}" y="${n(Math.max(PLOT.y1 + 12, py - 10))}" ` +
        `text-anchor="${anchor}">${esc(`Crossover ${label}`)}</text></g>`,
    );
  }
  return out.join('');
}
