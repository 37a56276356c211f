/**
 * Markdown (GitHub-flavoured): the same content as the table, for PR comments and docs.
 */
import { Decimal, formatQuantity, formatUnitPrice, formatUsd } from '../money.js';
import type { Estimate } from '../estimate/estimate-types.js';
import { componentLabel, groupByOwner, notPricedLine, notPricedText, tierLabel, usageMissingResources } from './view.js';
import { assumptionsLines, summaryLine } from './text-parts.js';

export function renderMarkdown(estimate: Estimate): string {
  const out: string[] = [];
  out.push(`### Monthly cost estimate: ${formatUsd(new Decimal(estimate.totals.monthly))}`, '');
  out.push(...assumptionsLines(estimate).map((l) => `- ${escapeCell(l)}`), '');
  out.push('| Construct / cost component | Monthly quantity | Unit price | Monthly cost |', '|---|---:|---:|---:|');
  for (const group of groupByOwner(estimate)) {
    out.push(`| **${escapeCell(group.owner)}** (${escapeCell(group.label)}) | | | **${formatUsd(group.monthly)}** |`);
    for (const r of group.resources) {
      for (const c of r.components) {
        const q = c.quantity === null ? '_usage missing_' : `${formatQuantity(new Decimal(c.quantity))} ${c.unit}`;
        const p = c.status === 'no-price' ? '_no price_' : c.unitPrice !== null ? formatUnitPrice(new Decimal(c.unitPrice)) : 'tiered';
        out.push(
          `| &nbsp;&nbsp;${escapeCell(componentLabel(group, r, c))} | ${q} | ${p} | ` +
            `${c.status === 'priced' ? formatUsd(new Decimal(c.monthly)) : '–'} |`,
        );
        for (const t of c.tiers && c.tiers.length > 1 ? c.tiers : []) {
          out.push(
            `| &nbsp;&nbsp;&nbsp;&nbsp;${tierLabel(t)} | ${formatQuantity(new Decimal(t.quantity))} ${c.unit} | ` +
              `${formatUnitPrice(new Decimal(t.unitPrice))} | ${formatUsd(new Decimal(t.monthly))} |`,
          );
        }
      }
      const unpriced = notPricedLine(r);
      if (unpriced) out.push(`| &nbsp;&nbsp;${escapeCell(componentLabel(group, r, unpriced))} | | | – |`);
    }
  }
  out.push(`| **Total** | | | **${formatUsd(new Decimal(estimate.totals.monthly))}** |`, '');
  out.push(
    `Fixed ${formatUsd(new Decimal(estimate.totals.fixed))} · usage-based ${formatUsd(new Decimal(estimate.totals.usageBased))}`,
    '',
  );
  if (estimate.stacks.length > 1) {
    out.push('| Stack | Region | Monthly cost |', '|---|---|---:|');
    for (const s of estimate.stacks) out.push(`| ${escapeCell(s.name)} | ${s.region} | ${formatUsd(new Decimal(s.monthly))} |`);
    out.push('');
  }
  if (estimate.services.length) {
    out.push('| Service | Monthly cost |', '|---|---:|');
    for (const s of estimate.services) out.push(`| ${escapeCell(s.service)} | ${formatUsd(new Decimal(s.monthly))} |`);
    out.push('');
  }
  out.push(summaryLine(estimate), '');
  const missing = usageMissingResources(estimate);
  if (missing.length) {
    out.push('<details><summary>Usage not given</summary>', '');
    for (const r of missing) out.push(`- \`${r.path}\` (${r.type}): ${r.missingUsage.join(', ')}`);
    out.push('', '</details>', '');
  }
  if (estimate.unsupportedTypes.length) {
    out.push('<details><summary>Not priced (unsupported)</summary>', '');
    for (const u of estimate.unsupportedTypes) out.push(`- ${escapeCell(notPricedText(estimate, u))}`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
