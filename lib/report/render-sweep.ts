/**
 * A load sweep as a table (or markdown, or the Sweep object as JSON): each construct's monthly cost
 * at each multiple of the entry loads, then the total and its fixed / usage-based split.
 */
import { table, getBorderCharacters } from 'table';
import { Decimal, formatQuantity, formatUsd } from '../money.js';
import type { Sweep } from '../load/sweep/sweep.js';
import { escapeCell } from './render-markdown.js';
import { loadLine } from './load-text.js';
import { renderSweepHtml } from './html/load-pages.js';
import type { Format } from './render.js';
import { FREE_TIER_PER_STEP } from './free-tier-text.js';

export function renderSweep(sweep: Sweep, format: Format): string {
  if (format === 'json') return JSON.stringify(sweep, null, 2) + '\n';
  if (format === 'html') return renderSweepHtml(sweep);
  const header = ['Construct', ...sweep.scales.map((s) => `${formatQuantity(new Decimal(s))}×`)];
  const rows = sweepRows(sweep);
  const loads = loadLine(sweep) + (sweep.freeTier ? `\n${FREE_TIER_PER_STEP}` : '');
  if (format === 'markdown') {
    const out = [
      `### Monthly cost at ${sweep.scales.map((s) => `${formatQuantity(new Decimal(s))}×`).join(', ')} the entry loads`,
      '',
      loads,
      '',
    ];
    out.push(`| ${header.map(escapeCell).join(' | ')} |`, `|---|${sweep.scales.map(() => '---:').join('|')}|`);
    for (const row of rows) out.push(`| ${row.map(escapeCell).join(' | ')} |`);
    return out.join('\n') + '\n';
  }
  const out = [`cdk-cost load sweep of ${sweep.source.path} (${sweep.source.kind})`, `Usage: ${sweep.usageFile ?? 'none'}`, loads, ''];
  out.push(
    table([header, ...rows], {
      border: getBorderCharacters('norc'),
      columns: Object.fromEntries(header.map((_, i) => [i, i === 0 ? { width: 48, wrapWord: true } : { alignment: 'right' as const }])),
      drawHorizontalLine: (index, size) => index === 0 || index === 1 || index === size - 3 || index === size,
    }).trimEnd(),
  );
  return out.join('\n') + '\n';
}

/** Constructs that cost something at some step, largest at the last step first; then the totals. */
function sweepRows(sweep: Sweep): string[][] {
  const last = sweep.steps[sweep.steps.length - 1]!;
  const costs = new Map<string, string[]>();
  for (const step of sweep.steps) for (const c of step.constructs) costs.set(c.path, [...(costs.get(c.path) ?? []), c.monthly]);
  const lastCost = new Map(last.constructs.map((c) => [c.path, new Decimal(c.monthly)]));
  const paths = [...costs.keys()].filter((p) => costs.get(p)!.some((m) => !new Decimal(m).isZero()));
  paths.sort((a, b) => lastCost.get(b)!.comparedTo(lastCost.get(a)!) || (a < b ? -1 : 1));
  const rows = paths.map((p) => [p, ...costs.get(p)!.map((m) => formatUsd(new Decimal(m)))]);
  rows.push(['Total', ...sweep.steps.map((s) => formatUsd(new Decimal(s.totals.monthly)))]);
  rows.push(['  fixed', ...sweep.steps.map((s) => formatUsd(new Decimal(s.totals.fixed)))]);
  rows.push(['  usage-based', ...sweep.steps.map((s) => formatUsd(new Decimal(s.totals.usageBased)))]);
  return rows;
}
