/**
 * Terminal view of a Diff: the summary, then every changed resource with the components that
 * changed and why, then stacks, budgets, and what is not priced.
 */
import { table, getBorderCharacters } from 'table';
import { Decimal, formatQuantity, formatUsd } from '../../money.js';
import type { CostDiff } from '../../diff/diff-types.js';
import { describeCheck } from './describe-budget.js';
import { componentDetail, costFreeSummary, headline, isCostFree, partlyPricedNote } from './diff-view.js';
import { formatPercent, formatSignedUsd } from './format-delta.js';

export function renderDiffTable(diff: CostDiff): string {
  const t = diff.totals;
  const out: string[] = [
    headline(diff),
    `Monthly estimate ${formatUsd(new Decimal(t.before))} → ${formatUsd(new Decimal(t.after))} (fixed ` +
      `${formatSignedUsd(t.fixed.delta)}, usage-based ${formatSignedUsd(t.usageBased.delta)})`,
    `Base: ${diff.base.spec} (${diff.base.kind}) → head: ${diff.head.spec} (${diff.head.kind}) · usage: ` +
      `${diff.head.usageFile ?? 'none'} · prices as of ${diff.head.prices.pricesAsOf} · free tier ` +
      `${diff.head.freeTier ? 'applied' : 'not applied'}`,
    '',
  ];
  const costed = diff.resources.filter((r) => !isCostFree(r));
  const free = diff.resources.filter(isCostFree);
  if (costed.length) {
    const rows: string[][] = [['Resource / cost component', 'Before', 'After', 'Δ / month', 'Cause']];
    for (const r of costed) {
      const moved = r.basePath ? ` (was ${r.basePath})` : '';
      const what = `${r.type}${partlyPricedNote(r)}`;
      rows.push([
        `${r.change.toUpperCase()} ${r.path}${moved}  ${what}`,
        r.status.before === null ? '-' : usd(r.before),
        r.status.after === null ? '-' : usd(r.after),
        `${formatSignedUsd(r.delta)} (${formatPercent(r.percent)})`,
        r.causes.join(', '),
      ]);
      for (const c of r.components)
        rows.push([`  ${componentDetail(c, r)}`, usd(c.before), usd(c.after), formatSignedUsd(c.delta), c.causes.join(', ')]);
      const said = r.components.map((c) => componentDetail(c, r)).join(' ');
      for (const u of r.usageChanges.filter((x) => !said.includes(` ${x.key} `)))
        rows.push([`  usage ${u.key}: ${value(u.before)} → ${value(u.after)}`, '', '', '', 'usage']);
    }
    rows.push(['Total', usd(t.before), usd(t.after), `${formatSignedUsd(t.delta)} (${formatPercent(t.percent)})`, '']);
    out.push(
      table(rows, {
        border: getBorderCharacters('norc'),
        columns: {
          0: { width: 70, wrapWord: true },
          1: { alignment: 'right' },
          2: { alignment: 'right' },
          3: { alignment: 'right' },
          4: { width: 14, wrapWord: true },
        },
        drawHorizontalLine: (index, size) => index === 0 || index === 1 || index === size - 1 || index === size,
      }).trimEnd(),
    );
  } else {
    out.push(diff.resources.length ? 'No changes to resources that cost money.' : 'No resource changes.');
  }
  if (free.length) out.push(`Changes to resources that cost nothing: ${costFreeSummary(free)}`);
  const s = diff.summary;
  out.push(
    `Resources: ${s.added} added, ${s.removed} removed, ${s.changed} changed, ${s.unchanged} ` +
      `unchanged${s.moved ? `, ${s.moved} moved` : ''}`,
  );
  const stacks = diff.stacks.filter((x) => x.change !== 'unchanged');
  if (stacks.length) {
    out.push('By stack:');
    for (const x of stacks)
      out.push(
        `  ${x.name}: ${usd(x.before)} → ${usd(x.after)} (${formatSignedUsd(x.delta)}, ` +
          `${formatPercent(x.percent)})${x.change === 'added' || x.change === 'removed' ? ` [${x.change}]` : ''}`,
      );
  }
  if (diff.budgets.length) {
    out.push('Budgets:');
    for (const c of diff.budgets) out.push(`  ${c.exceeded ? 'EXCEEDED' : 'ok'}: ${describeCheck(c)}`);
  }
  if (diff.notPriced.head.length) {
    out.push('Not priced in head (unsupported):');
    for (const u of diff.notPriced.head) out.push(`  ${u.type} ×${u.count}: ${u.reason}`);
  }
  if (diff.notPriced.headUsageMissing.length) {
    out.push('Usage not given in head (those components are $0):');
    for (const m of diff.notPriced.headUsageMissing) out.push(`  ${m.path}  ${m.type}: ${m.keys.join(', ')}`);
  }
  if (diff.warnings.length) {
    out.push('Warnings:');
    for (const w of diff.warnings) out.push(`  ${w}`);
  }
  return out.join('\n') + '\n';
}

function usd(v: string): string {
  return formatUsd(new Decimal(v));
}

function value(v: number | string | boolean | null): string {
  return v === null ? 'not given' : typeof v === 'number' ? formatQuantity(new Decimal(v)) : String(v);
}
