/**
 * The pull-request comment (GitHub-flavoured markdown): a one-line summary, budget verdicts, the
 * largest changes by construct, collapsible details per stack, the assumptions, and what was not
 * priced. Always within `maxLength` (GitHub rejects comments over 65,536 characters): details are
 * shortened or left out first, with a note saying so.
 */
import { Decimal, formatQuantity, formatUsd } from '../../money.js';
import type { ComponentChange, CostDiff, ResourceChange } from '../../diff/diff-types.js';
import { limitChangesMarkdown } from '../../limits/diff-limits.js';
import { describeCheck } from './describe-budget.js';
import { changesByOwner, componentDetail, costFreeSummary, describeResource, headline, isCostFree, partlyPricedNote } from './diff-view.js';
import { fitBlocks, type Block } from './fit-markdown.js';
import { formatPercent, formatSignedUsd } from './format-delta.js';

/** GitHub's limit is 65,536; the rest is room for the comment marker `comment github` adds. */
export const DEFAULT_MARKDOWN_LIMIT = 65_000;

export interface DiffMarkdownOptions {
  maxLength?: number;
  /** Rows in "Largest changes by construct". */
  largestChanges?: number;
}

export function renderDiffMarkdown(diff: CostDiff, options: DiffMarkdownOptions = {}): string {
  const limit = options.maxLength ?? DEFAULT_MARKDOWN_LIMIT;
  const blocks: Block[] = [summaryBlock(diff), largestChangesBlock(diff, options.largestChanges ?? 10)];
  const limitLines = diff.limits ? limitChangesMarkdown(diff.limits, code, text) : [];
  if (limitLines.length) blocks.splice(1, 0, { head: limitLines.flatMap((l) => [l, '']), rows: [], tail: [], required: true });
  for (const stack of diff.stacks) {
    const resources = diff.resources.filter((r) => r.stack === stack.name && !isCostFree(r));
    if (resources.length) blocks.push(stackBlock(diff, stack.name, resources));
  }
  const free = diff.resources.filter(isCostFree);
  if (free.length) blocks.push({ head: [`<sub>Also changed, at no cost: ${text(costFreeSummary(free))}.</sub>`], rows: [], tail: [] });
  blocks.push(assumptionsBlock(diff));
  const notPriced = notPricedBlock(diff);
  if (notPriced) blocks.push(notPriced);
  if (diff.warnings.length) {
    blocks.push({
      head: [`<details><summary>Warnings (${diff.warnings.length})</summary>`, ''],
      rows: diff.warnings.map((w) => `- ${text(w)}`),
      tail: ['', '</details>'],
      more: (n) => `- … ${n} more`,
    });
  }
  blocks.push({
    head: ['<sub>Estimated by cdk-cost from on-demand list prices (USD, 730 h/month) and the usage file; not a bill.</sub>'],
    rows: [],
    tail: [],
    required: true,
  });
  const note = (rows: number, omitted: number) =>
    `> [!NOTE]\n> Shortened to fit GitHub's comment size limit: ${rows} ` +
    `row${rows === 1 ? '' : 's'}${omitted ? ` and ${omitted} section${omitted === 1 ? '' : 's'}` : ''} left out. ` +
    'Run `cdk-cost diff --format markdown` (or `--format json`) for the full report.';
  return fitBlocks(blocks, limit, note).text + '\n';
}

function summaryBlock(diff: CostDiff): Block {
  const t = diff.totals;
  const s = diff.summary;
  const counts = [`${s.added} added`, `${s.removed} removed`, `${s.changed} changed`].join(', ');
  const lines = [
    `### cdk-cost: ${text(headline(diff))}`,
    '',
    `Monthly estimate **${formatUsd(new Decimal(t.before))} → ${formatUsd(new Decimal(t.after))}** (fixed ` +
      `${formatSignedUsd(t.fixed.delta)}, usage-based ${formatSignedUsd(t.usageBased.delta)}) · ` +
      `resources: ${counts}${s.moved ? `, ${s.moved} moved` : ''}`,
  ];
  const exceeded = diff.budgets.filter((c) => c.exceeded);
  if (exceeded.length) {
    lines.push('', ...exceeded.map((c) => `❌ **Budget exceeded:** ${text(describeCheck(c))}`));
  } else if (diff.budgets.length) {
    lines.push('', `✅ Within budget: ${diff.budgets.map((c) => text(describeCheck(c))).join('; ')}`);
  }
  return { head: lines, rows: [], tail: [], required: true };
}

function largestChangesBlock(diff: CostDiff, count: number): Block {
  const owners = changesByOwner(diff);
  if (owners.length === 0) return { head: ['No resource changes.'], rows: [], tail: [], required: true };
  const rows = owners.slice(0, count).map((o) => {
    const what = summarizeOwner(o.resources);
    return (
      `| ${code(o.owner)} | ${text(what)} | ${formatUsd(new Decimal(o.before))} | ${formatUsd(new Decimal(o.after))} | ` +
      `${formatSignedUsd(o.delta)} (${formatPercent(o.percent)}) |`
    );
  });
  const more = owners.length - count;
  return {
    head: ['#### Largest changes by construct', '', '| Construct | Change | Before | After | Δ / month |', '|---|---|---:|---:|---:|'],
    rows,
    tail: more > 0 ? [`| … ${more} more construct${more === 1 ? '' : 's'} (details per stack below) | | | | |`] : [],
    required: true,
    more: (n) => `| … ${n + Math.max(0, more)} more constructs | | | | |`,
  };
}

function summarizeOwner(resources: ResourceChange[]): string {
  const parts = resources.slice(0, 3).map(describeResource);
  return parts.join('; ') + (resources.length > 3 ? `; +${resources.length - 3} more` : '');
}

function stackBlock(diff: CostDiff, name: string, resources: ResourceChange[]): Block {
  const stack = diff.stacks.find((s) => s.name === name)!;
  const status = stack.change === 'added' ? ' (new stack)' : stack.change === 'removed' ? ' (stack removed)' : '';
  const rows: string[] = [];
  for (const r of resources) {
    const where = r.basePath ? `${code(r.path)} (was ${code(r.basePath)})` : code(r.path);
    const what = `${text(r.type)}${partlyPricedNote(r)}`;
    rows.push(
      `| **${r.change}** ${where} · ${what} | ${money(r.before, r.status.before)} | ${money(r.after, r.status.after)} ` +
        `| ${formatSignedUsd(r.delta)} | ${r.causes.join(', ')} |`,
    );
    for (const c of r.components) rows.push(componentRow(c, r));
    const said = r.components.map((c) => componentDetail(c, r)).join(' ');
    for (const u of r.usageChanges.filter((x) => !said.includes(` ${x.key} `)))
      rows.push(`| &nbsp;&nbsp;usage ${code(u.key)}: ${text(usageValue(u.before))} → ${text(usageValue(u.after))} | | | | usage |`);
  }
  return {
    head: [
      `<details><summary><b>${text(name)}</b>${status}: ${formatUsd(new Decimal(stack.before))} → ` +
        `${formatUsd(new Decimal(stack.after))} (${formatSignedUsd(stack.delta)}, ${formatPercent(stack.percent)})</summary>`,
      '',
      '| Resource / cost component | Before | After | Δ / month | Cause |',
      '|---|---:|---:|---:|---|',
    ],
    rows,
    tail: ['', '</details>'],
    more: (n) => `| … ${n} more rows | | | | |`,
  };
}

function componentRow(c: ComponentChange, r: ResourceChange): string {
  return (
    `| &nbsp;&nbsp;${text(componentDetail(c, r))} | ${formatUsd(new Decimal(c.before))} | ${formatUsd(new Decimal(c.after))} | ` +
    `${formatSignedUsd(c.delta)} | ${c.causes.join(', ')} |`
  );
}

function assumptionsBlock(diff: CostDiff): Block {
  const { base, head } = diff;
  const usage =
    base.usageFile === head.usageFile
      ? `${head.usageFile ? code(head.usageFile) : 'none'} (both sides)`
      : `base ${base.usageFile ? code(base.usageFile) : 'none'}, head ${head.usageFile ? code(head.usageFile) : 'none'}`;
  const prices = (p: CostDiff['base']['prices']) =>
    `${p.kind === 'snapshot' ? 'price snapshot' : 'AWS Price List API'}, AWS data published up to ${p.pricesAsOf}`;
  const samePrices = base.prices.kind === head.prices.kind && base.prices.pricesAsOf === head.prices.pricesAsOf;
  const regions = [...new Set([...base.regions, ...head.regions])].sort().join(', ');
  const freeTier =
    base.freeTier === head.freeTier
      ? head.freeTier
        ? 'applied'
        : 'not applied'
      : `base ${base.freeTier ? 'applied' : 'not applied'}, head ${head.freeTier ? 'applied' : 'not applied'}`;
  return {
    head: ['<details><summary>Assumptions</summary>', ''],
    rows: [
      `- Base: ${code(base.spec)} (${base.kind === 'estimate' ? 'saved estimate' : base.kind}) → head: ${code(head.spec)} ` +
        `(${head.kind === 'estimate' ? 'saved estimate' : head.kind})`,
      `- Usage: ${usage}`,
      `- Region${regions.includes(',') ? 's' : ''}: ${regions || 'none'}`,
      `- Prices: ${samePrices ? prices(head.prices) : `base ${prices(base.prices)}; head ${prices(head.prices)}`}; on-demand USD, 730 ` +
        `h/month`,
      `- Free tier: ${freeTier}`,
    ],
    tail: ['', '</details>'],
    required: true,
  };
}

function notPricedBlock(diff: CostDiff): Block | undefined {
  const { head, headUsageMissing } = diff.notPriced;
  if (!head.length && !headUsageMissing.length) return undefined;
  const count = head.reduce((n, u) => n + u.count, 0) + headUsageMissing.length;
  const rows: string[] = [];
  for (const u of head)
    rows.push(
      `- ${code(u.type)} ×${u.count}: ` +
        `${text(u.reason)}${u.paths.length ? ` (${u.paths.slice(0, 3).map(code).join(', ')}${u.paths.length > 3 ? ', …' : ''})` : ''}`,
    );
  for (const m of headUsageMissing) rows.push(`- usage not given: ${code(m.path)} (${text(m.type)}): ${m.keys.map(code).join(', ')}`);
  return {
    head: [`<details><summary>Not priced in head (${count})</summary>`, ''],
    rows,
    tail: ['', '</details>'],
    more: (n) => `- … ${n} more`,
  };
}

function money(amount: string, status: string | null): string {
  return status === null ? '–' : formatUsd(new Decimal(amount));
}

function usageValue(v: number | string | boolean | null): string {
  return v === null ? 'not given' : typeof v === 'number' ? formatQuantity(new Decimal(v)) : String(v);
}

/** Plain text in a table cell or list: no table breaks, no HTML. */
function text(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}

/** A code span that survives table cells (GitHub needs the pipe escaped even inside code). */
function code(value: string): string {
  const clean = value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}
