/**
 * The "Limits" section of `estimate` (table, markdown) and its JSON form: which AWS limits each
 * design reaches, at what multiple of today's load, and what avoids them.
 */
import type { Estimate } from '../estimate/estimate-types.js';
import type { LimitFinding } from './limit-types.js';
import type { LimitsReport } from './check-limits.js';
import { round } from './load-math.js';

export function breaksAtText(f: LimitFinding): string {
  if (f.breaksAt === null) return 'never';
  if (f.breaksAt === 0) return 'at any load';
  return `${round(f.breaksAt)}× today's load${f.crossed ? ' (crossed now)' : ''}`;
}

function header(report: LimitsReport): string {
  return (
    `Peak-to-average factor ${report.peakFactor} (--peak-factor): requests/s = monthly ÷ 2,628,000 s × ${report.peakFactor}; ` +
    `concurrency = requests/s × duration. Limits: AWS defaults (limits/catalogue.json, ${report.catalogueAsOf}).`
  );
}

export function renderLimitsText(report: LimitsReport): string {
  const lines = ['', 'Limits', header(report)];
  if (!report.findings.length) lines.push('No limit in the catalogue is reached by this load (or no usage tells the load).');
  for (const f of report.findings) {
    lines.push(
      `- ${f.resource}: ${f.limit.name} ${round(f.limit.value)} ${f.limit.unit}` +
        `${f.limit.adjustable ? ' (adjustable)' : ' (hard limit)'} — breaks ${breaksAtText(f)}`,
    );
    lines.push(`    load: ${f.load}`);
    lines.push(`    avoid: ${f.avoid}`);
    lines.push(`    source: ${f.limit.url}`);
  }
  return lines.join('\n') + '\n';
}

export function renderLimitsMarkdown(report: LimitsReport): string {
  const lines = ['', '## Limits', '', header(report), ''];
  if (!report.findings.length) return lines.concat('No limit in the catalogue is reached by this load.', '').join('\n');
  lines.push('| Resource | Limit | Load today | Breaks at | Avoid |', '|---|---|---|---|---|');
  for (const f of report.findings) {
    const limit = `[${f.limit.name}](${f.limit.url}): ${round(f.limit.value)} ${f.limit.unit}${f.limit.adjustable ? ' (adjustable)' : ''}`;
    lines.push(`| ${f.resource} | ${limit} | ${f.load} | ${breaksAtText(f)} | ${f.avoid} |`);
  }
  return lines.join('\n') + '\n';
}

/** The Estimate JSON with a `limits` array beside the rest (README "Estimate JSON"). */
export function renderJsonWithLimits(estimate: Estimate, report: LimitsReport): string {
  return JSON.stringify({ ...estimate, limitsPeakFactor: report.peakFactor, limits: report.findings }, null, 2) + '\n';
}

export function renderLimitsSection(report: LimitsReport, format: string): string {
  if (format === 'markdown') return renderLimitsMarkdown(report);
  if (format === 'table') return renderLimitsText(report);
  return '';
}
