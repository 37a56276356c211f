/**
 * The estimate's summary: the total, its fixed and usage-based parts, and what it assumed
 * (regions, price data date, usage file, free tier) — the same assumptions the text reports state.
 */
import { Decimal, formatUsd } from '../../money.js';
import type { Estimate } from '../../estimate/estimate-types.js';
import { assumptionsLines, summaryLine } from '../text-parts.js';
import { summaryCounts } from '../view.js';
import { esc } from './escape.js';

export function estimateSummary(estimate: Estimate): string {
  const t = estimate.totals;
  const regions = [...new Set(estimate.stacks.map((s) => s.region))];
  const figures: Array<[string, string]> = [
    ['Fixed', formatUsd(new Decimal(t.fixed))],
    ['Usage-based', formatUsd(new Decimal(t.usageBased))],
    [regions.length === 1 ? 'Region' : 'Regions', regions.join(', ') || 'none'],
    [estimate.prices.kind === 'snapshot' ? 'Price snapshot' : 'Live prices', `as of ${estimate.prices.pricesAsOf}`],
    ['Resources', summaryCounts(estimate)],
  ];
  return [
    '<header>',
    '<h1>Monthly cost estimate</h1>',
    `<p class="total" id="total">${esc(formatUsd(new Decimal(t.monthly)))}<span class="muted" ` +
      `style="font-size:1rem;font-weight:400"> a month</span></p>`,
    `<ul class="figures">${figures
      .map(([k, v]) => `<li><span class="muted">${esc(k)}</span><strong>${esc(v)}</strong></li>`)
      .join('')}</ul>`,
    `<ul class="assumptions">${[...assumptionsLines(estimate), summaryLine(estimate)].map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`,
    '</header>',
  ].join('\n');
}
