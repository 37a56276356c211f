/**
 * The scan report as a terminal table, JSON (the ScanReport itself) or Markdown. Renderers read only
 * the ScanReport.
 */
import { getBorderCharacters, table } from 'table';
import type { ScanReport } from '../types.js';
import { orgSections } from './org-sections.js';
import { costNote, coverageLines, headerLines, incompleteLine, wasteCell } from './scan-text.js';

export const SCAN_FORMATS = ['table', 'json', 'markdown'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

export function renderScan(report: ScanReport, format: ScanFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'markdown':
      return renderMarkdown(report);
    case 'table':
      return renderTable(report);
  }
}

function renderTable(report: ScanReport): string {
  const incomplete = incompleteLine(report);
  const out = [...(incomplete ? [incomplete] : []), ...headerLines(report), ''];
  for (const section of orgSections(report)) {
    out.push(section.title + ':', table([section.header, ...section.rows], { border: getBorderCharacters('norc') }).trimEnd(), '');
  }
  if (report.findings.length) {
    const rows = [['Monthly', 'Kind', 'Resource', 'Region / stack', 'Why, and what to do']];
    for (const f of report.findings) {
      const note = costNote(f);
      rows.push([
        wasteCell(f),
        f.kind,
        `${f.resource.name}\n${f.resource.type}`,
        `${f.account ? `${f.account}\n` : ''}${f.resource.region}\n${f.stack ?? '(no stack)'}`,
        [f.message + ':', ...f.evidence.map((e) => `- ${e.text}`), `→ ${f.action}`, ...(note ? [`(${note})`] : [])].join('\n'),
      ]);
    }
    out.push(
      table(rows, {
        border: getBorderCharacters('norc'),
        columns: {
          0: { alignment: 'right', width: 11 },
          1: { width: 8 },
          2: { width: 34, wrapWord: true },
          3: { width: 16, wrapWord: true },
          4: { width: 60, wrapWord: true },
        },
      }).trimEnd(),
    );
  } else {
    out.push(incomplete ? 'No idle or orphaned resources found by the rules that ran.' : 'No idle or orphaned resources found.');
  }
  out.push('', ...coverageLines(report), '');
  return out.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

function renderMarkdown(report: ScanReport): string {
  const incomplete = incompleteLine(report);
  const out = ['## cdk-cost scan', '', ...(incomplete ? [`> **${incomplete}**`, ''] : []), ...headerLines(report).map((l) => `${l}  `), ''];
  for (const section of orgSections(report)) {
    out.push(`### ${section.title}`, '', `| ${section.header.join(' | ')} |`, `|---|---:|${'---|'.repeat(section.header.length - 2)}`);
    out.push(...section.rows.map((row) => `| ${row.map(cell).join(' | ')} |`), '');
  }
  if (report.findings.length) {
    out.push('| Monthly | Kind | Resource | Region | Stack | Why | Action |', '|---:|---|---|---|---|---|---|');
    for (const f of report.findings) {
      const note = costNote(f);
      out.push(
        `| ${cell(wasteCell(f))} | ${f.kind} | ${cell(`\`${f.resource.name}\` (${f.resource.type})`)} | ` +
          `${f.account ? `${f.account} ` : ''}${f.resource.region} | ${cell(f.stack ?? '—')} | ` +
          `${cell([f.message, ...f.evidence.map((e) => `• ${e.text}`)].join('\n'))} | ${cell(f.action + (note ? ` (${note})` : ''))} |`,
      );
    }
  } else {
    out.push(incomplete ? 'No idle or orphaned resources found by the rules that ran.' : 'No idle or orphaned resources found.');
  }
  out.push('', ...coverageLines(report).map((l) => (l.startsWith('  ') ? `- ${l.trim()}` : l)), '');
  return out.join('\n');
}
