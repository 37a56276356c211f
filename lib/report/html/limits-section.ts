/**
 * The "Limits" section of the HTML estimate (`estimate --format html --limits`): each AWS limit the
 * load reaches, its value and page, the load today, the multiple at which it breaks, what avoids it.
 */
import type { LimitsReport } from '../../limits/check-limits.js';
import { round } from '../../limits/load-math.js';
import { breaksAtText } from '../../limits/render-limits.js';
import { esc } from './escape.js';

export function limitsSectionHtml(report: LimitsReport): string {
  const intro =
    `Peak-to-average factor ${report.peakFactor}: requests/s = monthly ÷ 2,628,000 s × ${report.peakFactor}; ` +
    `concurrency = requests/s × duration. Limits: AWS defaults (${report.catalogueAsOf}).`;
  const out = ['<section aria-labelledby="h-limits"><h2 id="h-limits">Limits</h2>', `<p class="muted">${esc(intro)}</p>`];
  if (!report.findings.length) {
    out.push('<p>No limit in the catalogue is reached by this load (or no usage tells the load).</p>', '</section>');
    return out.join('\n');
  }
  const crossed = report.findings.filter((f) => f.crossed);
  if (crossed.length) {
    const names = crossed.map((f) => `${f.resource}: ${f.limit.name}`).join('; ');
    out.push(`<p class="exceeded"><strong>${esc(`Crossed at the estimated load: ${names}.`)}</strong></p>`);
  }
  const head = ['Resource', 'Limit', 'Load today', 'Breaks at', 'Avoid'].map((h) => `<th scope="col">${h}</th>`).join('');
  const rows = report.findings.map((f) => {
    const limit =
      `<a href="${esc(f.limit.url)}">${esc(f.limit.name)}</a>: ` +
      esc(`${round(f.limit.value)} ${f.limit.unit}${f.limit.adjustable ? ' (adjustable)' : ' (hard limit)'}`);
    const cells = [limit, esc(f.load), esc(breaksAtText(f)), esc(f.avoid)].map((c) => `<td>${c}</td>`).join('');
    return `<tr${f.crossed ? ' class="exceeded"' : ''}><th scope="row"><code>${esc(f.resource)}</code></th>${cells}</tr>`;
  });
  out.push(
    '<table><caption>AWS limits at this load, first to break first</caption>',
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`,
    '</section>',
  );
  return out.join('\n');
}
