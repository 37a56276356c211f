/**
 * The pull-request comment, as GitHub will get it: snapshots of the full comment and of a shortened
 * one, and the size limit on a diff far larger than any comment can hold.
 *
 * test/fixtures/diff/pr-diff.json is a real diff (`diff base.json head --format json` of the
 * cost-review fixture app, base saved with usage-before.yml), frozen so that price data updates do
 * not move the snapshots; a "not priced" entry was added to show that section.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CostDiff, ResourceChange } from '../../lib/diff/diff-types.js';
import { renderDiffMarkdown, DEFAULT_MARKDOWN_LIMIT } from '../../lib/report/diff/render-diff-markdown.js';
import { renderDiffTable } from '../../lib/report/diff/render-diff-table.js';
import { FIXTURES_DIR } from '../support/paths.js';

const diff = JSON.parse(readFileSync(join(FIXTURES_DIR, 'diff', 'pr-diff.json'), 'utf8')) as CostDiff;

/** The fixture's changes repeated under many stacks: a diff no comment can hold in full. */
function bigDiff(copies: number): CostDiff {
  const stacks: CostDiff['stacks'] = [];
  const resources: ResourceChange[] = [];
  for (let i = 0; i < copies; i++) {
    for (const s of diff.stacks) stacks.push({ ...s, name: `${s.name}${i}` });
    for (const r of diff.resources) {
      const rename = (p: string) => p.replace(/^(\w+)\//, `$1${i}/`);
      resources.push({
        ...r,
        stack: `${r.stack}${i}`,
        path: rename(r.path),
        owner: rename(r.owner),
        ...(r.basePath ? { basePath: rename(r.basePath) } : {}),
      });
    }
  }
  return { ...diff, stacks, resources };
}

function balanced(markdown: string): boolean {
  return (markdown.match(/<details>/g)?.length ?? 0) === (markdown.match(/<\/details>/g)?.length ?? 0);
}

describe('PR comment markdown', () => {
  it('full comment', async () => {
    const markdown = renderDiffMarkdown(diff);
    await expect(markdown).toMatchFileSnapshot('__snapshots__/pr-comment.md');
    expect(balanced(markdown)).toBe(true);
  });

  it('shortened to a small limit: summary, largest changes and assumptions stay; details are cut with a note', async () => {
    const markdown = renderDiffMarkdown(bigDiff(3), { maxLength: 4000 });
    expect(markdown.length).toBeLessThanOrEqual(4000);
    await expect(markdown).toMatchFileSnapshot('__snapshots__/pr-comment-shortened.md');
    expect(markdown).toContain('### cdk-cost: ');
    expect(markdown).toContain('#### Largest changes by construct');
    expect(markdown).toContain('<details><summary>Assumptions</summary>');
    expect(markdown).toMatch(/Shortened to fit GitHub's comment size limit: \d+ rows? and \d+ sections? left out/);
    expect(balanced(markdown)).toBe(true);
  });

  it('a diff of thousands of resources fits the default limit (room for the marker under 65,536)', () => {
    const huge = bigDiff(500);
    expect(huge.resources.length).toBeGreaterThan(4000);
    const markdown = renderDiffMarkdown(huge);
    expect(markdown.length).toBeLessThanOrEqual(DEFAULT_MARKDOWN_LIMIT);
    expect(markdown.length).toBeGreaterThan(DEFAULT_MARKDOWN_LIMIT - 2000); // it fills the room it has
    expect(markdown).toContain("Shortened to fit GitHub's comment size limit");
    expect(markdown).toContain('<sub>Estimated by cdk-cost');
    expect(balanced(markdown)).toBe(true);
  });

  it('no changes', () => {
    const none: CostDiff = {
      ...diff,
      resources: [],
      constructs: [],
      stacks: diff.stacks.map((s) => ({ ...s, change: 'unchanged', before: s.after, delta: '0', percent: '0' })),
      totals: { ...diff.totals, before: diff.totals.after, delta: '0', percent: '0' },
      budgets: [],
      notPriced: { head: [], base: [], headUsageMissing: [] },
      warnings: [],
    };
    expect(renderDiffMarkdown(none)).toMatchInlineSnapshot(`
      "### cdk-cost: No change in monthly cost: no resource changes

      Monthly estimate **$589.53 → $589.53** (fixed +$315.43, usage-based -$11.23) · resources: 6 added, 1 removed, 2 changed, 1 moved

      No resource changes.

      <details><summary>Assumptions</summary>

      - Base: \`base.json\` (saved estimate) → head: \`test/fixtures/apps/cost-review/head\` (app)
      - Usage: base \`usage-before.yml\`, head \`usage.yml\`
      - Region: us-east-1
      - Prices: price snapshot, AWS data published up to 2025-11-04; on-demand USD, 730 h/month
      - Free tier: not applied

      </details>

      <sub>Estimated by cdk-cost from on-demand list prices (USD, 730 h/month) and the usage file; not a bill.</sub>
      "
    `);
  });

  it('pipes and angle brackets in names cannot break the table or inject HTML', () => {
    const tricky = {
      ...diff,
      resources: diff.resources.map((r, i) => (i === 0 ? { ...r, owner: 'Stack/A|B<script>', path: 'Stack/A|B<script>/Resource' } : r)),
    };
    const markdown = renderDiffMarkdown(tricky);
    expect(markdown).toContain('`Stack/A\\|B<script>`'); // inside a code span: shown, not run
    expect(markdown.replace(/`[^`\n]*`/g, '')).not.toContain('<script>');
  });

  it('the terminal table shows the same changes', async () => {
    await expect(renderDiffTable(diff)).toMatchFileSnapshot('__snapshots__/diff-table.txt');
  });
});
