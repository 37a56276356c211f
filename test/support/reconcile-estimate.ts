/**
 * Every number of an estimate reconciles, in every format: the JSON adds up exactly (resources to
 * stacks, constructs, services and the total; components to their resource), and each rendered
 * report — table, markdown, HTML, the PR comment of the estimate as a new app — shows amounts
 * that add up to the totals it shows, shows the JSON's total, and hides no cost line.
 */
import { Decimal, formatUsd } from '../../lib/money.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { renderEstimate } from '../../lib/report/render.js';
import { diffEstimates } from '../../lib/diff/diff-estimates.js';
import { renderDiffMarkdown } from '../../lib/report/diff/render-diff-markdown.js';
import { parseHtml, parseMarkdown, parsePrComment, parseTable, unreconciled, type ParsedReport } from './rendered-totals.js';

const add = (values: string[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));

/** An estimate of nothing: the base of a diff that adds every resource of `estimate`. */
export function emptyLike(estimate: Estimate): Estimate {
  return {
    ...estimate,
    totals: { monthly: '0', fixed: '0', usageBased: '0' },
    summary: { resources: 0, priced: 0, free: 0, usageMissing: 0, unsupported: 0 },
    stacks: [],
    constructs: [],
    services: [],
    resources: [],
    unsupportedTypes: [],
    warnings: [],
  };
}

export function renderAll(estimate: Estimate): Record<'table' | 'markdown' | 'html' | 'json' | 'prComment', string> {
  const base = { spec: 'empty', estimate: emptyLike(estimate), saved: true };
  const diff = diffEstimates(base, { spec: estimate.source.path, estimate, saved: false });
  return {
    table: renderEstimate(estimate, 'table'),
    markdown: renderEstimate(estimate, 'markdown'),
    html: renderEstimate(estimate, 'html'),
    json: renderEstimate(estimate, 'json'),
    // No size limit and every construct in "largest changes": the whole comment, to check its sums.
    prComment: renderDiffMarkdown(diff, { maxLength: Number.MAX_SAFE_INTEGER, largestChanges: Number.MAX_SAFE_INTEGER }),
  };
}

/** What does not reconcile, one line each; empty when everything does. */
export function reconciliationProblems(estimate: Estimate): string[] {
  const problems: string[] = [];
  const rendered = renderAll(estimate);
  const json = JSON.parse(rendered.json) as Estimate;
  const total = new Decimal(json.totals.monthly);
  // Exact but for the 34th significant digit: amounts from a division (a month's share of a day)
  // are rounded there, so sums taken in another order may differ by that much, never by a cent.
  const exact = (what: string, values: string[], expected: Decimal | string) => {
    const sum = add(values);
    if (sum.minus(expected).abs().gt('1e-20')) problems.push(`json: ${what}: ${sum.toFixed()} ≠ ${new Decimal(expected).toFixed()}`);
  };
  exact(
    'resources → totals.monthly',
    json.resources.map((r) => r.monthly),
    total,
  );
  exact('fixed + usageBased → totals.monthly', [json.totals.fixed, json.totals.usageBased], total);
  exact(
    'stacks → totals.monthly',
    json.stacks.map((s) => s.monthly),
    total,
  );
  exact(
    'services → totals.monthly',
    json.services.map((s) => s.monthly),
    total,
  );
  for (const r of json.resources) {
    exact(
      `components of ${r.path}`,
      r.components.map((c) => c.monthly),
      r.monthly,
    );
    exact(`fixed + usageBased of ${r.path}`, [r.fixed, r.usageBased], r.monthly);
  }
  for (const c of json.constructs) {
    const under = json.resources.filter((r) => r.path.startsWith(`${c.path}/`)).map((r) => r.monthly);
    exact(`resources under construct ${c.path}`, under, c.monthly);
  }

  const shownTotal = formatUsd(total);
  const pricedComponents = json.resources.reduce((n, r) => n + r.components.filter((c) => c.status === 'priced').length, 0);
  const partlyShown = json.resources.filter((r) => r.status === 'unsupported' && r.components.length > 0).length;
  const costBearing = json.resources.filter((r) => r.status !== 'free' || !new Decimal(r.monthly).isZero()).length;
  const reports: Array<[string, () => ParsedReport, { costLines: number; notPriced?: number }]> = [
    ['table', () => parseTable(rendered.table), { costLines: pricedComponents, notPriced: partlyShown }],
    ['markdown', () => parseMarkdown(rendered.markdown), { costLines: pricedComponents, notPriced: partlyShown }],
    ['html', () => parseHtml(rendered.html), { costLines: json.resources.length, notPriced: partlyShown }],
    ['PR comment', () => parsePrComment(rendered.prComment), { costLines: costBearing }],
  ];
  for (const [format, parse, expected] of reports) {
    let parsed: ParsedReport;
    try {
      parsed = parse();
    } catch (error) {
      problems.push(`${format}: ${(error as Error).message}`);
      continue;
    }
    if (parsed.total !== shownTotal) problems.push(`${format}: shows total ${parsed.total}, the JSON's is ${shownTotal}`);
    problems.push(...unreconciled(parsed.sums));
    if (parsed.costLines !== expected.costLines) {
      problems.push(`${format}: ${parsed.costLines} cost lines shown, expected ${expected.costLines}`);
    }
    if (expected.notPriced !== undefined && parsed.notPricedLines.length !== expected.notPriced) {
      problems.push(`${format}: ${parsed.notPricedLines.length} "not priced" lines, expected ${expected.notPriced}`);
    }
  }
  return problems;
}
