/**
 * Terminal table: per construct, its cost components (quantity × unit price = monthly), then
 * totals, roll-ups by stack and service, and everything not priced — never hidden.
 */
import { table, getBorderCharacters } from 'table';
import { Decimal, formatQuantity, formatUnitPrice, formatUsd } from '../money.js';
import type { Estimate } from '../estimate/estimate-types.js';
import { componentLabel, groupByOwner, notPricedLine, notPricedText, shortFqn, tierLabel } from './view.js';
import { topLevelConstructs, usageMissingResources } from './view.js';
import { assumptionsLines, summaryLine } from './text-parts.js';

export function renderTable(estimate: Estimate): string {
  const rows: string[][] = [['Construct / cost component', 'Monthly quantity', 'Unit price', 'Monthly cost']];
  for (const group of groupByOwner(estimate)) {
    rows.push([`${group.owner}  (${group.label})`, '', '', formatUsd(group.monthly)]);
    for (const resource of group.resources) {
      for (const c of resource.components) {
        const quantity = c.quantity === null ? 'usage missing' : `${formatQuantity(new Decimal(c.quantity))} ${c.unit}`;
        const unitPrice =
          c.status === 'no-price' ? 'no price' : c.unitPrice !== null ? formatUnitPrice(new Decimal(c.unitPrice)) : 'tiered';
        const quality = c.price && c.price.quality !== 'aws' ? ` [${c.price.quality} price]` : '';
        rows.push([
          `  ${componentLabel(group, resource, c)}${quality}`,
          quantity,
          unitPrice,
          c.status === 'priced' ? formatUsd(new Decimal(c.monthly)) : '-',
        ]);
        for (const t of c.tiers && c.tiers.length > 1 ? c.tiers : []) {
          rows.push([
            `    ${tierLabel(t)}`,
            `${formatQuantity(new Decimal(t.quantity))} ${c.unit}`,
            formatUnitPrice(new Decimal(t.unitPrice)),
            formatUsd(new Decimal(t.monthly)),
          ]);
        }
      }
      const unpriced = notPricedLine(resource);
      if (unpriced) rows.push([`  ${componentLabel(group, resource, unpriced)}`, '', '', '-']);
    }
  }
  rows.push(['Total', '', '', formatUsd(new Decimal(estimate.totals.monthly))]);
  const out: string[] = [];
  out.push(...assumptionsLines(estimate), '');
  out.push(
    table(rows, {
      border: getBorderCharacters('norc'),
      columns: { 0: { width: 58, wrapWord: true }, 1: { alignment: 'right' }, 2: { alignment: 'right' }, 3: { alignment: 'right' } },
      drawHorizontalLine: (index, size) => index === 0 || index === 1 || index === size - 1 || index === size,
    }).trimEnd(),
  );
  out.push(
    `  fixed ${formatUsd(new Decimal(estimate.totals.fixed))} · usage-based ${formatUsd(new Decimal(estimate.totals.usageBased))}`,
    '',
  );
  if (estimate.stacks.length > 1 || estimate.stacks[0]?.name) {
    out.push('By stack:');
    for (const s of estimate.stacks) out.push(`  ${s.name} (${s.region}): ${formatUsd(new Decimal(s.monthly))}`);
  }
  const top = topLevelConstructs(estimate);
  if (top.length) {
    out.push('By construct (top level):');
    for (const c of top) {
      const what = c.direct ? ' (resources directly in the stack)' : c.fqn ? ` (${shortFqn(c.fqn)})` : '';
      out.push(`  ${c.path}${what}: ${formatUsd(new Decimal(c.monthly))}`);
    }
  }
  if (estimate.services.length) {
    out.push('By service:');
    for (const s of estimate.services) out.push(`  ${s.service}: ${formatUsd(new Decimal(s.monthly))}`);
  }
  out.push('', summaryLine(estimate));
  const missing = usageMissingResources(estimate);
  if (missing.length) {
    out.push('Usage not given (those components are $0 until it is; add them to the usage file):');
    for (const r of missing) out.push(`  ${r.path}  ${r.type}: ${r.missingUsage.join(', ')}`);
  }
  if (estimate.unsupportedTypes.length) {
    out.push('Not priced (unsupported):');
    for (const u of estimate.unsupportedTypes) {
      out.push(`  ${notPricedText(estimate, u)} — ${u.paths.slice(0, 3).join(', ')}${u.paths.length > 3 ? ', …' : ''}`);
    }
  }
  const notes = estimate.resources.filter((r) => r.notes.length && r.status !== 'free');
  if (notes.length) {
    out.push('Notes:');
    // The same caveat on many resources (every log group's derived storage) is said once.
    const byText = new Map<string, string[]>();
    for (const r of notes) for (const n of r.notes) byText.set(n, [...(byText.get(n) ?? []), r.owner]);
    for (const [text, owners] of byText) {
      out.push(
        owners.length === 1
          ? `  ${owners[0]}: ${text}`
          : `  ${text}: ${owners.length} resources (${owners.slice(0, 3).join(', ')}${owners.length > 3 ? ', …' : ''})`,
      );
    }
  }
  if (estimate.warnings.length) {
    out.push('Warnings:');
    for (const w of estimate.warnings) out.push(`  ${w}`);
  }
  return out.join('\n') + '\n';
}
