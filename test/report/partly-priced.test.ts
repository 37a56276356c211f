/**
 * A resource with some components priced and one without a price: its priced part counts in the
 * total, so every format shows it — with its priced lines and a "not priced: <reason>" line — and
 * what is shown adds up to the total shown.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { Decimal, formatUsd } from '../../lib/money.js';
import { cli } from '../support/cli.js';
import { FIXTURES_DIR } from '../support/paths.js';
import { reconciliationProblems, renderAll } from '../support/reconcile-estimate.js';
import { parseTable } from '../support/rendered-totals.js';

const fixture = (name: string) => join(FIXTURES_DIR, 'templates', 'totals', name);

async function estimateOf(template: string): Promise<{ estimate: Estimate; table: string }> {
  const json = await cli('estimate', template, '--format', 'json');
  expect(json.stderr).toBe('');
  const table = await cli('estimate', template);
  return { estimate: JSON.parse(json.stdout) as Estimate, table: table.stdout };
}

const cases = [
  ['instance-without-price.yaml', 'Box', /^Root volume/, /Instance hours \(x9\.nonexistent/],
  ['opensearch-io1.yaml', 'Search', /^Data nodes|instance/i, /io1/],
  ['findinmap-instances.yaml', 'Web', /^Root volume/, /Instance hours \(instance type unknown\)/],
] as const;

describe('partly priced resources are shown with what is priced and what is not', () => {
  it.each(cases)('%s', async (file, logicalId, pricedLine, unpricedLine) => {
    const { estimate, table } = await estimateOf(fixture(file));
    const resource = estimate.resources.find((r) => r.logicalId === logicalId)!;
    // The premise: part of it is priced and counted, part has no price.
    expect(resource.components.some((c) => c.status === 'priced' && new Decimal(c.monthly).gt(0))).toBe(true);
    expect(resource.components.some((c) => c.status === 'no-price' && unpricedLine.test(c.name))).toBe(true);
    expect(new Decimal(estimate.totals.monthly).gt(0)).toBe(true);

    // The table the CLI printed shows the resource, its priced lines, and why the rest is not priced.
    const parsed = parseTable(table);
    expect(parsed.total).toBe(formatUsd(new Decimal(estimate.totals.monthly)));
    expect(table).toContain(resource.path);
    expect(table.split('\n').some((l) => pricedLine.test(l.replace(/^│ +/, '')))).toBe(true);
    expect(parsed.notPricedLines.length).toBeGreaterThan(0);
    expect(parsed.notPricedLines.join('\n')).toMatch(unpricedLine);

    // Every format adds up and hides nothing.
    expect(reconciliationProblems(estimate)).toEqual([]);
  });

  it('the status says partly priced: counted as unsupported, with the counted part in the summary', async () => {
    const { estimate, table } = await estimateOf(fixture('instance-without-price.yaml'));
    const box = estimate.resources.find((r) => r.logicalId === 'Box')!;
    expect(box.status).toBe('unsupported');
    expect(estimate.summary).toMatchObject({ resources: 1, priced: 0, unsupported: 1, partlyPriced: 1 });
    expect(table).toMatch(/1 unsupported \(1 partly priced: \$\d+\.\d\d of its cost is in the total\)/);
    const { markdown, html, prComment } = renderAll(estimate);
    expect(markdown).toContain('not priced: Instance hours (x9.nonexistent');
    expect(html).toContain('partly priced; not priced: Instance hours (x9.nonexistent');
    // The PR comment (a diff adding it) marks the row and lists the reason under "Not priced in head".
    expect(prComment).toMatch(/\| \*\*added\*\* `instance-without-price\/Box` · AWS::EC2::Instance · partly priced \| – \| \$4\.45 \|/);
    expect(prComment).toMatch(/<summary>Not priced in head \(1\)<\/summary>[\s\S]*Instance hours \(x9\.nonexistent/);
  });
});
