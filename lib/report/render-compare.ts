/**
 * Two designs side by side at each multiple of the entry loads, and where they change order.
 */
import { table, getBorderCharacters } from 'table';
import { Decimal, formatUsd } from '../money.js';
import type { Comparison } from '../load/sweep/compare.js';
import { escapeCell } from './render-markdown.js';
import { crossoverLines, loadAt, loadLine } from './load-text.js';
import { renderComparisonHtml } from './html/load-pages.js';
import type { Format } from './render.js';
import { FREE_TIER_PER_STEP } from './free-tier-text.js';
import { breakLines, type DesignBreaks } from '../limits/compare-limits.js';

/** `breaks` (compare --limits): where each design first crosses an AWS limit, beside the crossover. */
export function renderComparison(c: Comparison, format: Format, breaks?: DesignBreaks): string {
  if (format === 'json') return JSON.stringify(breaks ? { ...c, limits: breaks } : c, null, 2) + '\n';
  if (format === 'html') return renderComparisonHtml(c, breaks);
  const header = ['Load', 'A', 'B', 'Cheaper'];
  const rows = c.steps.map((s) => [
    loadAt(c, s.scale),
    formatUsd(new Decimal(s.a.monthly)),
    formatUsd(new Decimal(s.b.monthly)),
    s.cheaper === 'same' ? 'same' : s.cheaper.toUpperCase(),
  ]);
  const crossLines = [...crossoverLines(c), ...(breaks ? breakLines(breaks) : [])];
  const intro = [`A: ${c.a.label} (${c.a.stacks.join(', ')})`, `B: ${c.b.label} (${c.b.stacks.join(', ')})`, loadLine(c)];
  if (c.freeTier) intro.push(FREE_TIER_PER_STEP);
  const warnings = c.warnings.map((w) => `warning: ${w}`);
  if (format === 'markdown') {
    const out = [
      '### Cost comparison',
      '',
      ...intro.map((l) => `- ${escapeCell(l)}`),
      '',
      `| ${header.join(' | ')} |`,
      '|---|---:|---:|---|',
    ];
    for (const r of rows) out.push(`| ${r.map(escapeCell).join(' | ')} |`);
    out.push('', ...crossLines, ...warnings);
    return out.join('\n') + '\n';
  }
  return (
    [
      ...intro,
      '',
      table([header, ...rows], {
        border: getBorderCharacters('norc'),
        columns: { 1: { alignment: 'right' }, 2: { alignment: 'right' } },
        drawHorizontalLine: (i, size) => i === 0 || i === 1 || i === size,
      }).trimEnd(),
      ...crossLines,
      ...warnings,
    ].join('\n') + '\n'
  );
}
