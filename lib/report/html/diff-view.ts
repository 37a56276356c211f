/**
 * `diff BASE HEAD --format html`: what changed — the total before and after, a bar per changed
 * resource (increase or decrease, largest first), the sortable list of added, removed and changed
 * resources with what changed inside them and why, stacks, budgets, and the blind spots.
 */
import { Decimal, formatUsd } from '../../money.js';
import type { CostDiff, ResourceChange } from '../../diff/diff-types.js';
import { describeCheck } from '../diff/describe-budget.js';
import { componentDetail, costFreeSummary, headline, isCostFree, partlyPricedNote, resourceDetail } from '../diff/diff-view.js';
import { formatPercent, formatSignedUsd } from '../diff/format-delta.js';
import { esc } from './escape.js';
import { htmlPage } from './page.js';
import { DECREASE, INCREASE, INK } from './palette.js';
import { sortableTable } from './sortable-table.js';

const usd = (v: string) => formatUsd(new Decimal(v));
/** Bars in the chart; the table lists every change. */
export const MAX_BARS = 15;

export function renderDiffHtml(diff: CostDiff): string {
  const t = diff.totals;
  const costed = diff.resources.filter((r) => !isCostFree(r));
  const free = diff.resources.filter(isCostFree);
  const s = diff.summary;
  const direction = new Decimal(t.delta).isNegative() ? 'decrease' : new Decimal(t.delta).isZero() ? '' : 'increase';
  const body = [
    '<main>',
    '<header><h1>Cost change</h1>',
    `<p id="headline">${esc(headline(diff))}</p>`,
    `<p class="total" id="total">${esc(`${usd(t.before)} → ${usd(t.after)}`)} <span class="${direction}" ` +
      `style="font-size:1.2rem">${esc(`${formatSignedUsd(t.delta)} (${formatPercent(t.percent)})`)}</span></p>`,
    `<ul class="figures">${[
      ['Fixed', `${formatSignedUsd(t.fixed.delta)} (${usd(t.fixed.before)} → ${usd(t.fixed.after)})`],
      ['Usage-based', `${formatSignedUsd(t.usageBased.delta)} (${usd(t.usageBased.before)} → ${usd(t.usageBased.after)})`],
      [
        'Resources',
        `${s.added} added, ${s.removed} removed, ${s.changed} changed, ${s.unchanged} unchanged${s.moved ? `, ${s.moved} moved` : ''}`,
      ],
    ]
      .map(([k, v]) => `<li><span class="muted">${esc(k!)}</span><strong>${esc(v!)}</strong></li>`)
      .join('')}</ul>`,
    '<ul class="assumptions">' +
      `<li>${esc(`Base: ${diff.base.spec} (${diff.base.kind}) → head: ${diff.head.spec} (${diff.head.kind})`)}</li>`,
    `<li>${esc(
      `Usage: ${diff.head.usageFile ?? 'none'} · prices as of ${diff.head.prices.pricesAsOf} · ` +
        `regions: ${diff.head.regions.join(', ') || 'none'} · free tier ${diff.head.freeTier ? 'applied' : 'not applied'}`,
    )}</li></ul>`,
    budgets(diff),
    ...diff.warnings.map((w) => `<p class="exceeded">${esc(`Warning: ${w}`)}</p>`),
    '</header>',
    costed.length
      ? `<section aria-labelledby="h-bars"><h2 id="h-bars">Largest changes</h2>\n${barsSvg(costed.slice(0, MAX_BARS))}\n</section>`
      : `<p>${diff.resources.length ? 'No changes to resources that cost money.' : 'No resource changes.'}</p>`,
    costed.length
      ? '<section aria-labelledby="h-changes"><h2 id="h-changes">Changed resources</h2>\n' +
        `${changesTable(costed)}\n${componentList(costed)}\n</section>`
      : '',
    free.length ? `<p class="muted">${esc(`Changes to resources that cost nothing: ${costFreeSummary(free)}`)}</p>` : '',
    stacks(diff),
    notPriced(diff),
    '</main>',
  ].join('\n');
  return htmlPage({ title: `cdk-cost diff: ${formatSignedUsd(t.delta)}/month`, body });
}

function budgets(diff: CostDiff): string {
  if (!diff.budgets.length) return '';
  const item = (c: CostDiff['budgets'][number]) =>
    `<li${c.exceeded ? ' class="exceeded"' : ''}>${esc(`${c.exceeded ? 'Budget exceeded' : 'Within budget'}: ${describeCheck(c)}`)}</li>`;
  return `<ul class="budgets">${diff.budgets.map(item).join('')}</ul>`;
}

/** Horizontal bars from a zero line: increases to the right (red), decreases to the left (green); the sign is in the label too. */
function barsSvg(changes: ResourceChange[]): string {
  const width = 760;
  const row = 24;
  const labelWidth = 300;
  const height = changes.length * row + 24;
  const max = Math.max(...changes.map((r) => Math.abs(Number(r.delta))), 0.01);
  const anyNegative = changes.some((r) => Number(r.delta) < 0);
  const plot = { x0: labelWidth + (anyNegative ? 90 : 0), x1: width - 90 };
  const zero = anyNegative ? (plot.x0 + plot.x1) / 2 : plot.x0;
  const span = anyNegative ? (plot.x1 - plot.x0) / 2 : plot.x1 - plot.x0;
  const fit = (s: string) => (s.length <= 44 ? s : `…${s.slice(-43)}`);
  const desc = `Bar chart of the ${changes.length} largest changes in monthly cost: ${changes
    .slice(0, 3)
    .map((r) => `${r.path} ${formatSignedUsd(r.delta)}`)
    .join('; ')}. The table below lists every change.`;
  const bars = changes.map((r, i) => {
    const v = Number(r.delta);
    const w = (Math.abs(v) / max) * span;
    const x = v < 0 ? zero - w : zero;
    const y = 12 + i * row;
    const value = `${formatSignedUsd(r.delta)}`;
    return (
      `<g class="bar"><title>${esc(`${r.change} ${r.path}: ${usd(r.before)} → ${usd(r.after)} (${value})`)}</title>` +
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">` +
      `${esc(fit(`${r.change === 'added' ? '+ ' : r.change === 'removed' ? '− ' : ''}${r.path}`))}</text>` +
      `<rect x="${x.toFixed(2)}" y="${y + 3}" width="${Math.max(w, 1).toFixed(2)}" height="${row - 8}" ` +
      `fill="${v < 0 ? DECREASE : INCREASE}"/>` +
      `<text x="${(v < 0 ? x - 6 : x + w + 6).toFixed(2)}" y="${y + 15}" text-anchor="${v < 0 ? 'end' : 'start'}">${esc(value)}</text></g>`
    );
  });
  return [
    `<svg class="chart" id="diff-chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="diff-title" ` +
      `aria-describedby="diff-desc">`,
    '<title id="diff-title">Largest changes in monthly cost, by resource</title>',
    `<desc id="diff-desc">${esc(desc)}</desc>`,
    `<line x1="${zero}" x2="${zero}" y1="6" y2="${height - 6}" stroke="${INK}"/>`,
    ...bars,
    '</svg>',
  ].join('\n');
}

function changesTable(changes: ResourceChange[]): string {
  const money = (side: 'before' | 'after') => (r: ResourceChange) =>
    r.status[side] === null ? { text: '–', value: '0' } : { text: usd(r[side]), value: r[side] };
  return sortableTable<ResourceChange>({
    id: 'changes',
    caption: `${changes.length} resources whose cost changed (sort by any column)`,
    rows: changes,
    scroll: true,
    widths: ['8%', '22%', '13%', '8%', '8%', '9%', '6%', '11%', '15%'],
    columns: [
      { label: 'Change', cell: (r) => ({ text: r.change }) },
      { label: 'Resource', className: 'path', cell: (r) => ({ text: `${r.path}${r.basePath ? ` (was ${r.basePath})` : ''}` }) },
      { label: 'Type', cell: (r) => ({ text: `${r.type}${partlyPricedNote(r)}` }) },
      { label: 'Before', numeric: true, cell: money('before') },
      { label: 'After', numeric: true, cell: money('after') },
      { label: 'Δ / month', numeric: true, cell: (r) => ({ text: formatSignedUsd(r.delta), value: r.delta }) },
      { label: '%', numeric: true, cell: (r) => ({ text: formatPercent(r.percent), value: r.percent ?? '1e9' }) },
      { label: 'Cause', cell: (r) => ({ text: r.causes.join(', ') }) },
      { label: 'What changed', cell: (r) => ({ text: resourceDetail(r) }) },
    ],
  });
}

/** Each changed resource's components (and usage values) that changed. */
function componentList(changes: ResourceChange[]): string {
  const items = changes
    .filter((r) => r.components.length || r.usageChanges.length)
    .map((r) => {
      const lines = r.components.map(
        (c) => `${componentDetail(c, r)}: ${usd(c.before)} → ${usd(c.after)} (${formatSignedUsd(c.delta)}; ${c.causes.join(', ')})`,
      );
      const said = lines.join(' ');
      for (const u of r.usageChanges.filter((x) => !said.includes(` ${x.key} `)))
        lines.push(`usage ${u.key}: ${u.before ?? 'not given'} → ${u.after ?? 'not given'}`);
      return (
        `<li><code>${esc(r.path)}</code> <span class="muted">${esc(r.change)}</span>` +
        `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></li>`
      );
    });
  return items.length ? `<details open><summary>Cost components that changed</summary><ul>${items.join('\n')}</ul></details>` : '';
}

function stacks(diff: CostDiff): string {
  if (!diff.stacks.length) return '';
  const rows = diff.stacks.map(
    (x) =>
      `<tr><td>${esc(x.name)}</td><td>${esc(x.change)}</td><td class="num">${esc(usd(x.before))}</td><td ` +
      `class="num">${esc(usd(x.after))}</td><td class="num">${esc(`${formatSignedUsd(x.delta)} (${formatPercent(x.percent)})`)}</td></tr>`,
  );
  return (
    '<section aria-labelledby="h-stacks"><h2 id="h-stacks">By stack</h2><table><caption>Monthly cost per stack</caption>' +
    '<thead><tr><th scope="col">Stack</th><th scope="col">Change</th><th scope="col" class="num">Before</th>' +
    '<th scope="col" class="num">After</th><th scope="col" class="num">Δ / month</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

function notPriced(diff: CostDiff): string {
  const out: string[] = [];
  if (diff.notPriced.head.length)
    out.push(
      '<h3>Not priced in head (unsupported)</h3><ul>',
      ...diff.notPriced.head.map((u) => `<li>${esc(`${u.type} ×${u.count}: ${u.reason}`)}</li>`),
      '</ul>',
    );
  if (diff.notPriced.headUsageMissing.length)
    out.push(
      '<h3>Usage not given in head (those components are $0)</h3><ul>',
      ...diff.notPriced.headUsageMissing.map((m) => `<li><code>${esc(m.path)}</code> ${esc(`${m.type}: ${m.keys.join(', ')}`)}</li>`),
      '</ul>',
    );
  return out.length ? `<section aria-labelledby="h-notpriced"><h2 id="h-notpriced">What is not priced</h2>${out.join('\n')}</section>` : '';
}
