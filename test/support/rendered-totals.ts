/**
 * Reads the amounts back out of rendered reports — the terminal table, markdown, the HTML page and
 * the pull-request comment — and lists what must add up in each: cost lines to their construct,
 * constructs to the total, stacks, top-level constructs and services to theirs. Every shown amount
 * is rounded to cents, so a sum may be off by half a cent per amount added (and the total's own
 * rounding), never more.
 */
import { Decimal } from '../../lib/money.js';

export interface Sum {
  /** What should add up, for the failure message. */
  what: string;
  parts: Decimal[];
  total: Decimal;
}

export interface ParsedReport {
  /** The total as shown ("$1,234.56"). */
  total: string;
  sums: Sum[];
  /** Shown cost lines that carry an amount (components priced, in the table and markdown; resources, in HTML). */
  costLines: number;
  /** Lines that say what is not priced inside a shown resource ("not priced: …"). */
  notPricedLines: string[];
}

const AMOUNT = /^(-?)\$([\d,]+\.\d\d)$/;

export function amount(text: string): Decimal {
  const m = AMOUNT.exec(text.trim().replace(/\*\*/g, ''));
  if (!m) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const value = new Decimal(m[2]!.replace(/,/g, ''));
  return m[1] ? value.neg() : value;
}

const _isAmount = (text: string) => AMOUNT.test(text.trim().replace(/\*\*/g, ''));

/** Sums that do not add up, each as a readable line (empty when every sum holds). */
export function unreconciled(sums: Sum[]): string[] {
  const out: string[] = [];
  for (const s of sums) {
    const added = s.parts.reduce((a, b) => a.plus(b), new Decimal(0));
    const slack = new Decimal('0.005').times(s.parts.length + 1);
    if (added.minus(s.total).abs().gt(slack)) {
      out.push(`${s.what}: ${s.parts.length} shown amounts add up to ${added.toFixed(2)}, shown total ${s.total.toFixed(2)}`);
    }
  }
  return out;
}

/** `cdk-cost estimate` (table format). */
export function parseTable(text: string): ParsedReport {
  const sums: Sum[] = [];
  const notPricedLines: string[] = [];
  let total: string | undefined;
  const groups: Decimal[] = [];
  let group: Sum | undefined;
  let component: Sum | undefined;
  let costLines = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith('│')) continue;
    const cells = line.split('│').slice(1, -1);
    if (cells.length !== 4) continue;
    const [label = '', , , cost = ''] = cells;
    const shown = cost.trim();
    // A wrapped cell continues on the next line with the amount cells empty.
    if (!shown || label.trim() === 'Construct / cost component') continue;
    const body = label.slice(1); // the cell's left padding
    if (body.startsWith('Total ')) {
      total = shown;
      continue;
    }
    if (body.startsWith('    ')) {
      component?.parts.push(amount(shown));
    } else if (body.startsWith('  ')) {
      if (/^ {2}(.*: )?not priced: /.test(body)) notPricedLines.push(body.trim());
      else if (shown !== '-') costLines++;
      const cost = shown === '-' ? new Decimal(0) : amount(shown);
      component = { what: `table: tiers of ${group?.what} ${body.trim()}`, parts: [], total: cost };
      sums.push(component);
      group?.parts.push(component.total);
    } else {
      group = { what: `table: lines of ${body.trim()}`, parts: [], total: amount(shown) };
      sums.push(group);
      groups.push(group.total);
      component = undefined;
    }
  }
  if (total === undefined) throw new Error('no Total row in the table');
  // Component sums without tiers are trivially empty: keep only those that have tier lines.
  const kept = sums.filter((s) => !s.what.startsWith('table: tiers') || s.parts.length > 0);
  kept.push({ what: 'table: constructs → Total', parts: groups, total: amount(total) });
  kept.push(...sectionSums(text, amount(total), 'table'));
  return { total, sums: kept, costLines, notPricedLines };
}

/** The lines under the table: fixed · usage-based, By stack, By construct (top level), By service. */
function sectionSums(text: string, total: Decimal, format: string): Sum[] {
  const sums: Sum[] = [];
  const split = /^ {2}fixed (\S+) · usage-based (\S+)$/m.exec(text);
  if (split) sums.push({ what: `${format}: fixed + usage-based → Total`, parts: [amount(split[1]!), amount(split[2]!)], total });
  const section = (title: string) => {
    const lines = text.split('\n');
    const start = lines.indexOf(title);
    if (start < 0) return undefined;
    const out: Array<{ name: string; amount: Decimal }> = [];
    for (const line of lines.slice(start + 1)) {
      if (!line.startsWith('  ')) break;
      const m = /^ {2}(.*): (-?\$[\d,]+\.\d\d)$/.exec(line);
      if (!m) throw new Error(`${title} line not understood: ${line}`);
      out.push({ name: m[1]!, amount: amount(m[2]!) });
    }
    return out;
  };
  const stacks = section('By stack:')?.map((s) => ({ name: s.name.replace(/ \([^)]*\)$/, ''), amount: s.amount }));
  if (stacks) sums.push({ what: `${format}: stacks → Total`, parts: stacks.map((s) => s.amount), total });
  const services = section('By service:');
  if (services) sums.push({ what: `${format}: services → Total`, parts: services.map((s) => s.amount), total });
  const constructs = section('By construct (top level):');
  if (constructs && stacks) {
    // Each top-level construct belongs to the stack whose name is the longest prefix of its path.
    const byStack = new Map<string, Decimal[]>(stacks.map((s) => [s.name, []]));
    for (const c of constructs) {
      const path = c.name.replace(/ \([^)]*\)$/, '');
      const stack = stacks
        .map((s) => s.name)
        .filter((s) => path === s || path.startsWith(`${s}/`))
        .sort((a, b) => b.length - a.length)[0];
      if (!stack) throw new Error(`construct ${path} is in no stack shown`);
      byStack.get(stack)!.push(c.amount);
    }
    for (const s of stacks) {
      sums.push({ what: `${format}: top-level constructs of ${s.name} → its total`, parts: byStack.get(s.name)!, total: s.amount });
    }
  }
  return sums;
}

/** Splits a markdown table row on its unescaped pipes. */
function mdCells(line: string): string[] {
  return line
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());
}

/** `cdk-cost estimate --format markdown`. */
export function parseMarkdown(text: string): ParsedReport {
  const heading = /^### Monthly cost estimate: (\S+)$/m.exec(text);
  if (!heading) throw new Error('no heading with the total');
  const lines = text.split('\n');
  const start = lines.indexOf('| Construct / cost component | Monthly quantity | Unit price | Monthly cost |');
  const sums: Sum[] = [];
  const notPricedLines: string[] = [];
  const groups: Decimal[] = [];
  let group: Sum | undefined;
  let component: Sum | undefined;
  let total: string | undefined;
  let costLines = 0;
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = mdCells(line);
    const label = cells[0] ?? '';
    const shown = (cells[3] ?? '').replace(/\*\*/g, '');
    if (label === '**Total**') {
      total = shown;
      break;
    }
    if (label.startsWith('&nbsp;&nbsp;&nbsp;&nbsp;')) {
      component?.parts.push(amount(shown));
    } else if (label.startsWith('&nbsp;&nbsp;')) {
      const text = label.replace(/^(&nbsp;)+/, '');
      if (/^(.*: )?_?not priced: /.test(text)) notPricedLines.push(text);
      else if (shown !== '–') costLines++;
      component = { what: `markdown: tiers of ${text}`, parts: [], total: shown === '–' ? new Decimal(0) : amount(shown) };
      sums.push(component);
      group?.parts.push(component.total);
    } else {
      group = { what: `markdown: lines of ${label}`, parts: [], total: amount(shown) };
      sums.push(group);
      groups.push(group.total);
      component = undefined;
    }
  }
  if (total === undefined) throw new Error('no Total row in the markdown table');
  const t = amount(total);
  const kept = sums.filter((s) => !s.what.startsWith('markdown: tiers') || s.parts.length > 0);
  kept.push({ what: 'markdown: constructs → Total', parts: groups, total: t });
  kept.push({ what: 'markdown: heading → Total row', parts: [amount(heading[1]!)], total: t });
  const split = /^Fixed (\S+) · usage-based (\S+)$/m.exec(text);
  if (split) kept.push({ what: 'markdown: fixed + usage-based → Total', parts: [amount(split[1]!), amount(split[2]!)], total: t });
  for (const [title, what] of [
    ['| Service | Monthly cost |', 'services'],
    ['| Stack | Region | Monthly cost |', 'stacks'],
  ] as const) {
    const at = lines.indexOf(title);
    if (at < 0) continue;
    const parts: Decimal[] = [];
    for (const line of lines.slice(at + 2)) {
      if (!line.startsWith('|')) break;
      parts.push(amount(mdCells(line).at(-1)!));
    }
    kept.push({ what: `markdown: ${what} → Total`, parts, total: t });
  }
  return { total, sums: kept, costLines, notPricedLines };
}

const unescapeHtml = (s: string) =>
  s
    .replace(/<wbr>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The rows of the HTML table with this id: each row's cell texts. */
function htmlRows(html: string, id: string): string[][] {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return [];
  const body = html.slice(html.indexOf('<tbody>', start), html.indexOf('</tbody>', start));
  const rows = [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => row[1]!);
  return rows.map((row) => [...row.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => unescapeHtml(c[1]!)));
}

/** `cdk-cost estimate --format html`. */
export function parseHtml(html: string): ParsedReport {
  const total = /<p class="total" id="total">([^<]+)</.exec(html)?.[1];
  if (!total) throw new Error('no total in the page');
  const t = amount(total);
  const figure = (name: string) => {
    const m = new RegExp(`<span class="muted">${name}</span><strong>([^<]+)</strong>`).exec(html);
    return m ? amount(m[1]!) : undefined;
  };
  const sums: Sum[] = [];
  const resources = htmlRows(html, 'resources');
  const notPricedLines: string[] = [];
  // Resource, Type, Service, Status, Fixed, Usage-based, Monthly
  for (const r of resources) {
    sums.push({ what: `html: fixed + usage-based of ${r[0]}`, parts: [amount(r[4]!), amount(r[5]!)], total: amount(r[6]!) });
    if (/not priced: /.test(r[3]!)) notPricedLines.push(r[3]!);
  }
  sums.push({ what: 'html: resources → total', parts: resources.map((r) => amount(r[6]!)), total: t });
  const fixed = figure('Fixed');
  const usage = figure('Usage-based');
  if (fixed && usage) {
    sums.push({ what: 'html: Fixed + Usage-based → total', parts: [fixed, usage], total: t });
    sums.push({ what: 'html: resources’ fixed → Fixed', parts: resources.map((r) => amount(r[4]!)), total: fixed });
    sums.push({ what: 'html: resources’ usage-based → Usage-based', parts: resources.map((r) => amount(r[5]!)), total: usage });
  }
  const services = htmlRows(html, 'services');
  if (services.length) sums.push({ what: 'html: services → total', parts: services.map((s) => amount(s.at(-1)!)), total: t });
  const titles = [...html.matchAll(/<g class="cell"[^>]*><title>(.*?)<\/title>/g)].map((m) => unescapeHtml(m[1]!));
  const cells = titles.map((t) => / (-?\$[\d,]+\.\d\d) a month$/.exec(t)![1]!);
  if (cells.length) sums.push({ what: 'html: treemap cells → total', parts: cells.map(amount), total: t });
  return { total, sums, costLines: resources.length, notPricedLines };
}

/**
 * The pull-request comment of a diff whose base is empty (every resource added): per stack, the
 * resource lines add up to the stack, each resource's component lines to the resource, the stacks
 * and the largest-changes rows to the monthly estimate.
 */
export function parsePrComment(text: string): ParsedReport {
  const head = /Monthly estimate \*\*(\S+) → (\S+)\*\*/.exec(text);
  if (!head) throw new Error('no monthly estimate line');
  const total = head[2]!;
  const t = amount(total);
  const lines = text.split('\n');
  const sums: Sum[] = [];
  const stackTotals: Decimal[] = [];
  let stack: Sum | undefined;
  let resource: Sum | undefined;
  let largest: Decimal[] | undefined;
  let costLines = 0;
  for (const line of lines) {
    const summary = /^<details><summary><b>(.*?)<\/b>.*?: (\S+) → (\S+) \(/.exec(line);
    if (summary) {
      stack = { what: `PR comment: resources of stack ${summary[1]}`, parts: [], total: amount(summary[3]!) };
      sums.push(stack);
      stackTotals.push(stack.total);
      resource = undefined;
      continue;
    }
    if (line === '</details>') stack = undefined;
    if (line.startsWith('| Construct | Change |')) largest = [];
    if (largest && line.startsWith('| `')) largest.push(amount(mdCells(line)[3]!));
    if (!stack || !line.startsWith('| ') || line.startsWith('| Resource /') || line.startsWith('|---')) continue;
    const cells = mdCells(line);
    if (cells[0]!.startsWith('…')) throw new Error('PR comment shortened: render it with a larger limit to check its sums');
    if (cells[0]!.startsWith('&nbsp;&nbsp;')) {
      if (cells[2]) resource?.parts.push(amount(cells[2]));
    } else {
      costLines++;
      const after = cells[2] === '–' ? new Decimal(0) : amount(cells[2]!);
      resource = { what: `PR comment: components of ${cells[0]}`, parts: [], total: after };
      sums.push(resource);
      stack.parts.push(resource.total);
    }
  }
  sums.push({ what: 'PR comment: stacks → monthly estimate', parts: stackTotals, total: t });
  if (largest) sums.push({ what: 'PR comment: largest changes by construct → monthly estimate', parts: largest, total: t });
  return { total, sums, costLines, notPricedLines: [] };
}
