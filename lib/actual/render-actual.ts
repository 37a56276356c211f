/**
 * `cdk-cost actual` output: per stack, the bill lines with estimate, actual, difference and share,
 * what explains a difference, and the requests made. Every format reads only the ActualReport.
 */
import type { ActualReport, BillLine, StackComparison } from './compare-actual.js';

export const ACTUAL_FORMATS = ['table', 'json', 'markdown', 'html'] as const;
export type ActualFormat = (typeof ACTUAL_FORMATS)[number];

export function percent(share: number | null): string {
  if (share === null) return '—';
  return `${share > 0 ? '+' : ''}${(share * 100).toFixed(1)}%`;
}

const HEAD = ['Bill line (Cost Explorer)', 'Estimate', 'Actual', 'Difference', 'Share', 'Why'];

function cells(l: BillLine | StackComparison, name: string, why: string): string[] {
  return [name, l.estimate, l.actual, l.difference, percent(l.share), why];
}

function rowsOf(s: StackComparison): string[][] {
  return [
    ...s.lines.map((l) =>
      cells(l, l.services.length && l.services.join() !== l.line ? `${l.line} (${l.services.join(', ')})` : l.line, l.explanation ?? ''),
    ),
    cells(s, 'Total', ''),
  ];
}

function header(r: ActualReport): string {
  const state = r.estimated ? ' (Cost Explorer: estimated, the period is not closed)' : '';
  const hours = `${r.period.hours} h; the 730-hour estimate × ${r.period.hours}/730`;
  return `Estimate vs actual, ${r.period.start} to ${r.period.end} (${hours})${state}`;
}

function footer(r: ActualReport): string[] {
  const out = [
    `All stacks: estimate ${r.totals.estimate} USD, actual ${r.totals.actual} USD, ` +
      `difference ${r.totals.difference} (${percent(r.totals.share)}).`,
    `Usage: ${r.usageFile ?? 'none'}. ` +
      `Requests: ${r.requests.costExplorer} to Cost Explorer (billed per request), ${r.requests.total} in all.`,
  ];
  if (r.withoutCost.length)
    out.push(`No cost in Cost Explorer (not deployed, or the stack tag not active then): ${r.withoutCost.join(', ')}.`);
  if (r.driftLimit !== undefined)
    out.push(
      r.overLimit.length
        ? `Over --fail-if-drift-over ${r.driftLimit}%: ${r.overLimit.join(', ')}.`
        : `Every stack within --fail-if-drift-over ${r.driftLimit}%.`,
    );
  return out;
}

function textTable(rows: string[][]): string[] {
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (i: number) => i >= 1 && i <= 4;
  return rows.map((r) =>
    r
      .map((c, i) => (numeric(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

export function renderActual(r: ActualReport, format: ActualFormat): string {
  if (format === 'json') return JSON.stringify(r, null, 2) + '\n';
  const out: string[] = [];
  if (format === 'table') {
    out.push(header(r), '');
    for (const s of r.stacks) {
      out.push(`${s.stack}`, ...textTable([HEAD, ...rowsOf(s)]).map((l) => `  ${l}`));
      for (const n of s.notes) out.push(`  note: ${n}`);
      out.push('');
    }
    return [...out, ...footer(r)].join('\n') + '\n';
  }
  if (format === 'markdown') {
    out.push(`### ${header(r)}`, '');
    for (const s of r.stacks) {
      out.push(
        `#### ${s.stack}`,
        '',
        `| ${HEAD.join(' | ')} |`,
        `|${HEAD.map((_, i) => (i >= 1 && i <= 4 ? ' ---: ' : ' --- ')).join('|')}|`,
      );
      for (const row of rowsOf(s)) out.push(`| ${row.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
      for (const n of s.notes) out.push('', `- ${n}`);
      out.push('');
    }
    return [...out, ...footer(r)].join('\n') + '\n';
  }
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  out.push('<!doctype html>', '<html lang="en"><head><meta charset="utf-8"><title>cdk-cost actual</title>');
  out.push('<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1em}');
  out.push(
    'td,th{border:1px solid #ccc;padding:.3em .6em}td.n{text-align:right}tr.total{font-weight:bold}.over{color:#b00}</style></head><body>',
  );
  out.push(`<h1>${esc(header(r))}</h1>`);
  for (const s of r.stacks) {
    const over = r.overLimit.includes(s.stack) ? ' class="over"' : '';
    out.push(`<h2${over}>${esc(s.stack)}</h2>`, `<table><tr>${HEAD.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`);
    rowsOf(s).forEach((row, i, all) => {
      const cls = i === all.length - 1 ? ' class="total"' : '';
      out.push(`<tr${cls}>${row.map((c, j) => `<td${j >= 1 && j <= 4 ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`);
    });
    out.push('</table>');
    if (s.notes.length) out.push(`<ul>${s.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`);
  }
  out.push(...footer(r).map((l) => `<p>${esc(l)}</p>`), '</body></html>');
  return out.join('\n') + '\n';
}
