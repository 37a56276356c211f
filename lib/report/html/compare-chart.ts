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

export const SIDE_COLOURS = { a: PALETTE[0], b: PALETTE[1] } as const;

export function compareChartSvg(c: Comparison): string {
  const scales = c.steps.map((s) => s.scale);
  const x = loadScale([...scales, ...c.crossovers.map((k) => k.scale)].map(Number));
  const values = c.steps.flatMap((s) => [Number(s.a.monthly), Number(s.b.monthly)]);
  const linear = linearCostAxis(Math.max(...values));
  const log = logCostAxis(Math.min(...values.filter((v) => v > 0), Infinity), Math.max(...values));
  const crossings = c.crossovers.length
    ? `They cross at ${c.crossovers.map((k) => `${loadLabel(k.scale)} (${formatUsd(new Decimal(k.monthly))} a month)`).join(' and ')}.`
    : 'They do not cross in this range.';
  const desc = `Line chart of the monthly cost of A (${c.a.label}) and B (${c.b.label}) at ${scales.map(loadLabel).join(', ')} the entry loads. ${crossings} The table below gives every value.`;
  return [
    `<svg class="chart" id="compare-chart" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-labelledby="compare-title" aria-describedby="compare-desc">`,
    `<title id="compare-title">Monthly cost of A and B versus load</title>`,
    `<desc id="compare-desc">${esc(desc)}</desc>`,
    `<g class="lin">${axes(x, scales, linear, 'Multiple of the entry loads')}${lines(c, x, linear)}</g>`,
    `<g class="logv">${axes(x, scales, log, 'Multiple of the entry loads')}${lines(c, x, log)}</g>`,
    '</svg>',
  ].join('\n');
}

function lines(c: Comparison, x: Scale, y: CostAxis): string {
  const out: string[] = [];
  for (const side of ['a', 'b'] as const) {
    const points = c.steps.map((s) => [x(Number(s.scale)), y.scale(Number(s[side].monthly))] as const);
    const colour = SIDE_COLOURS[side];
    out.push(
      `<path class="line line-${side}" d="M${points.map(([px, py]) => `${n(px)},${n(py)}`).join('L')}" fill="none" stroke="${colour}" stroke-width="2.5"${side === 'b' ? ' stroke-dasharray="7 4"' : ''}/>`,
    );
    c.steps.forEach((s, i) => {
      const [px, py] = points[i]!;
      const tip = `<title>${esc(`${side.toUpperCase()} at ${loadLabel(s.scale)}: ${formatUsd(new Decimal(s[side].monthly))} a month`)}</title>`;
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
    out.push(
      `<g class="crossover"><title>${esc(`Crossover at ${label} a month: ${k.cheaperBelow.toUpperCase()} is cheaper below, ${k.cheaperAbove.toUpperCase()} above`)}</title>` +
        `<line x1="${n(px)}" x2="${n(px)}" y1="${PLOT.y0}" y2="${PLOT.y1}" stroke="${INK}" stroke-dasharray="3 3"/>` +
        `<circle cx="${n(px)}" cy="${n(py)}" r="6" fill="#fff" stroke="${INK}" stroke-width="2"/>` +
        `<text x="${n(px + (anchor === 'start' ? 8 : -8))}" y="${n(Math.max(PLOT.y1 + 12, py - 10))}" text-anchor="${anchor}">${esc(`Crossover ${label}`)}</text></g>`,
    );
  }
  return out.join('');
}
