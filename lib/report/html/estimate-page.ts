/**
 * `estimate --format html`: summary, treemap of cost by construct path with the components panel,
 * the sortable resources table, services, and what is not priced.
 */
import { Decimal, formatUsd } from '../../money.js';
import type { Estimate, ServiceCost } from '../../estimate/estimate-types.js';
import { coverage, coverageHeadline, statusText } from '../render-coverage.js';
import { notPricedText, usageMissingResources } from '../view.js';
import { esc } from './escape.js';
import { htmlPage } from './page.js';
import { cellData, resourceTable } from './resource-table.js';
import { sortableTable } from './sortable-table.js';
import { estimateSummary } from './summary.js';
import { layoutTreemap, treemapSvg } from './treemap.js';

/** `sections`: further sections (already HTML) after the resources, e.g. the Limits section. */
export function renderEstimateHtml(estimate: Estimate, sections: string[] = []): string {
  const cells = layoutTreemap(estimate);
  const treemap = cells.length
    ? `<div class="layout"><div>${treemapSvg(estimate, cells)}</div>` +
      '<aside id="details" aria-live="polite" aria-label="Cost components"></aside></div>'
    : '<p>Nothing in this estimate costs money, so there is no treemap.</p>';
  const body = [
    '<main>',
    estimateSummary(estimate),
    '<section aria-labelledby="h-treemap"><h2 id="h-treemap">Cost by construct path</h2>',
    '<p class="muted no-print">Each rectangle is a resource, its area its monthly cost, its colour the construct it belongs to. ' +
      'Tab to the chart, move with the arrow keys, press Enter for the cost components.</p>',
    treemap,
    '</section>',
    '<section aria-labelledby="h-resources"><h2 id="h-resources">Resources</h2>',
    resourceTable(estimate),
    '</section>',
    ...sections,
    servicesSection(estimate.services),
    notPricedSection(estimate),
    '</main>',
  ].join('\n');
  return htmlPage({
    title: `cdk-cost: ${formatUsd(new Decimal(estimate.totals.monthly))} a month — ${estimate.source.path}`,
    body,
    data: { cells: cells.map((c) => cellData(c.resource)) },
  });
}

function servicesSection(services: ServiceCost[]): string {
  if (!services.length) return '';
  const usd = (v: string) => ({ text: formatUsd(new Decimal(v)), value: v });
  return [
    '<section aria-labelledby="h-services"><h2 id="h-services">By service</h2>',
    sortableTable<ServiceCost>({
      id: 'services',
      caption: 'Monthly cost per service',
      rows: services,
      sortedBy: { column: 3, direction: 'descending' },
      columns: [
        { label: 'Service', cell: (s) => ({ text: s.service }) },
        { label: 'Fixed', numeric: true, cell: (s) => usd(s.fixed) },
        { label: 'Usage-based', numeric: true, cell: (s) => usd(s.usageBased) },
        { label: 'Monthly', numeric: true, cell: (s) => usd(s.monthly) },
      ],
    }),
    '</section>',
  ].join('\n');
}

function notPricedSection(estimate: Estimate): string {
  const out: string[] = [];
  const missing = usageMissingResources(estimate);
  if (missing.length) {
    out.push(
      '<h3>Usage not given (those components are $0)</h3><ul>',
      ...missing.map((r) => `<li><code>${esc(r.path)}</code> (${esc(r.type)}): ${esc(r.missingUsage.join(', '))}</li>`),
      '</ul>',
    );
  }
  if (estimate.unsupportedTypes.length) {
    const items = estimate.unsupportedTypes.map((u) => `<li>${esc(notPricedText(estimate, u))}</li>`);
    out.push('<h3>Not priced (unsupported)</h3><ul>', ...items, '</ul>');
  }
  if (estimate.warnings.length) out.push('<h3>Warnings</h3><ul>', ...estimate.warnings.map((w) => `<li>${esc(w)}</li>`), '</ul>');
  const c = coverage(estimate);
  out.push(
    `<details><summary>Coverage: ${esc(coverageHeadline(c, estimate.resources.length))}</summary>`,
    '<table><caption>Coverage by resource type</caption><thead><tr><th scope="col">Resource type</th>' +
      '<th scope="col" class="num">Count</th><th scope="col">Status</th><th scope="col">Why (free / unsupported)</th></tr></thead><tbody>',
    ...c.types.map(
      (t) =>
        `<tr><td>${esc(t.type)}</td><td ` +
        `class="num">${t.count}</td><td>${esc(statusText(t))}</td>` +
        `<td>${t.reasons.map((r) => esc(`${r.status} ×${r.count}: ${r.reason}`)).join('<br>')}</td></tr>`,
    ),
    '</tbody></table></details>',
  );
  return `<section aria-labelledby="h-notpriced"><h2 id="h-notpriced">What is not priced</h2>\n${out.join('\n')}\n</section>`;
}
