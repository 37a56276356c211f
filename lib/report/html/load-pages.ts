/**
 * `estimate --scale LIST --format html` (a Sweep) and `compare A B --format html` (a Comparison):
 * the cost-versus-load chart with a log-axis toggle, and the same numbers as a table.
 */
import { Decimal, formatUsd } from '../../money.js';
import type { Sweep } from '../../load/sweep/sweep.js';
import type { Comparison } from '../../load/sweep/compare.js';
import { crossoverLines, loadAt, loadLabel, loadLine } from '../load-text.js';
import { esc } from './escape.js';
import { htmlPage } from './page.js';
import { plainTable } from './sortable-table.js';
import { logToggle } from './chart-axes.js';
import { legend, sweepBands, sweepChartSvg } from './sweep-chart.js';
import { compareChartSvg, SIDE_COLOURS } from './compare-chart.js';
import { breakLines, type DesignBreaks } from '../../limits/compare-limits.js';

const usd = (v: string | Decimal) => formatUsd(new Decimal(v));

export function renderSweepHtml(sweep: Sweep): string {
  const bands = sweepBands(sweep);
  const rows = bands.map((b) => [b.label, ...b.values.map((v) => usd(v))]);
  rows.push(['Total', ...sweep.steps.map((s) => usd(s.totals.monthly))]);
  rows.push(['fixed', ...sweep.steps.map((s) => usd(s.totals.fixed))]);
  rows.push(['usage-based', ...sweep.steps.map((s) => usd(s.totals.usageBased))]);
  const last = sweep.steps[sweep.steps.length - 1]!;
  const body = [
    '<main>',
    '<header><h1>Monthly cost versus load</h1>',
    `<p class="total" id="total">${esc(usd(last.totals.monthly))}<span class="muted" style="font-size:1rem;font-weight:400"> a month ` +
      `at ${esc(loadLabel(last.scale))}</span></p>`,
    `<ul class="assumptions"><li>${esc(`Load sweep of ${sweep.source.path} (${sweep.source.kind})`)}</li>` +
      `<li>${esc(`Usage: ${sweep.usageFile ?? 'none'}`)}</li><li>${esc(loadLine(sweep))}</li>`,
    '<li>' +
      esc('Flows and given volumes scale with the load; characteristics (durations, sizes) and schedules do not.') +
      '</li></ul></header>',
    '<section aria-labelledby="h-chart"><h2 id="h-chart">Cost by construct</h2>',
    logToggle('sweep-chart'),
    sweepChartSvg(sweep, bands),
    legend([...bands, { label: 'Total (dashed line on the logarithmic axis)', colour: '#1a1a1a' }]),
    '</section>',
    '<section aria-labelledby="h-table"><h2 id="h-table">The numbers</h2>',
    plainTable('Monthly cost at each multiple of the entry loads', ['Construct', ...sweep.scales.map(loadLabel)], rows, [
      false,
      ...sweep.scales.map(() => true),
    ]),
    '</section></main>',
  ].join('\n');
  return htmlPage({ title: `cdk-cost: cost versus load — ${sweep.source.path}`, body });
}

export function renderComparisonHtml(c: Comparison, breaks?: DesignBreaks): string {
  const side = (k: 'a' | 'b') => `${k.toUpperCase()}: ${c[k].label} (${c[k].stacks.join(', ')})`;
  const crossLines = [...crossoverLines(c), ...(breaks ? breakLines(breaks) : [])];
  const body = [
    '<main>',
    '<header><h1>Cost comparison</h1>',
    `<ul class="assumptions"><li>${esc(side('a'))}</li><li>${esc(side('b'))}</li><li>${esc(loadLine(c))}</li></ul>`,
    ...crossLines.map((l) => `<p class="crossover-text"><strong>${esc(l)}</strong></p>`),
    ...c.warnings.map((w) => `<p class="exceeded">${esc(`Warning: ${w}`)}</p>`),
    '</header>',
    '<section aria-labelledby="h-chart"><h2 id="h-chart">Monthly cost versus load</h2>',
    logToggle('compare-chart'),
    compareChartSvg(c, breaks),
    legend([
      { label: `A — ${c.a.label} (solid, round markers)`, colour: SIDE_COLOURS.a },
      { label: `B — ${c.b.label} (dashed, square markers)`, colour: SIDE_COLOURS.b },
    ]),
    '</section>',
    '<section aria-labelledby="h-table"><h2 id="h-table">The numbers</h2>',
    plainTable(
      'Monthly cost of each design at each load',
      ['Load', 'A', 'B', 'Cheaper'],
      c.steps.map((s) => [loadAt(c, s.scale), usd(s.a.monthly), usd(s.b.monthly), s.cheaper === 'same' ? 'same' : s.cheaper.toUpperCase()]),
      [false, true, true, false],
    ),
    '</section></main>',
  ].join('\n');
  return htmlPage({ title: `cdk-cost: ${c.a.label} versus ${c.b.label}`, body });
}
