/// <reference lib="dom" />
/**
 * The HTML reports in a real browser (headless Chromium): the upload-pipeline example's estimate,
 * its load sweep, the sync/async comparison and a pull-request diff. Each page draws its charts and
 * tables with the figures of the JSON the same command writes, works with mouse and keyboard,
 * logs no error and requests nothing. Reports and screenshots are kept under
 * test-output/html-report/ (a CI artifact).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { Decimal, formatUsd } from '../../lib/money.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import type { Sweep } from '../../lib/load/sweep/sweep.js';
import type { Comparison } from '../../lib/load/sweep/compare.js';
import type { CostDiff } from '../../lib/diff/diff-types.js';
import { renderDiffHtml } from '../../lib/report/html/render-html.js';
import { MAX_BANDS } from '../../lib/report/html/sweep-chart.js';
import { MAX_BARS } from '../../lib/report/html/diff-view.js';
import { cli } from '../support/cli.js';
import { exampleAssembly } from '../support/example-assembly.js';
import { FIXTURES_DIR, REPO_ROOT } from '../support/paths.js';
import { launchChromium, openReport, type OpenedReport } from '../support/browser.js';

const OUT = join(REPO_ROOT, 'test-output', 'html-report');
const EXAMPLE = join(REPO_ROOT, 'examples', 'upload-pipeline');
const usd = (v: string) => formatUsd(new Decimal(v));

let browser: Browser;
let assembly: string;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  assembly = await exampleAssembly(); // cached while the app is unchanged
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs the command twice, as JSON and as HTML (into test-output), and returns both. */
async function both<T>(name: string, ...args: string[]): Promise<{ json: T; file: string }> {
  const json = await cli(...args, '--format', 'json');
  expect(json.stderr).toBe('');
  const file = join(OUT, `${name}.html`);
  const html = await cli(...args, '--format', 'html', '--out', file);
  expect(html.code, html.stderr).toBe(0);
  return { json: JSON.parse(json.stdout) as T, file };
}

/** No console error, no uncaught exception, no request but the file itself. */
function expectQuiet(report: OpenedReport): void {
  expect(report.errors).toEqual([]);
  expect(report.requests).toEqual([]);
}

describe('estimate report of the upload pipeline', () => {
  let estimate: Estimate;
  let report: OpenedReport;
  beforeAll(async () => {
    const r = await both<Estimate>('upload-pipeline', 'estimate', `${assembly}#UploadPipeline`, '--usage', join(EXAMPLE, 'usage.yml'));
    estimate = r.json;
    report = await openReport(browser, r.file);
  });
  afterAll(async () => {
    await report?.page.screenshot({ path: join(OUT, 'upload-pipeline.png'), fullPage: true });
    expectQuiet(report);
    await report?.close();
  });

  it('shows the total of the Estimate JSON', async () => {
    expect(estimate.resources.length).toBeGreaterThan(10);
    const total = await report.page.textContent('#total');
    expect(total).toContain(usd(estimate.totals.monthly));
    const summary = await report.page.textContent('header');
    expect(summary).toContain(usd(estimate.totals.fixed));
    expect(summary).toContain(usd(estimate.totals.usageBased));
    expect(summary).toContain(estimate.prices.pricesAsOf);
    expect(summary).toContain(estimate.stacks[0]!.region);
  });

  it('draws one treemap rectangle per resource that costs money, with an accessible name', async () => {
    const costing = estimate.resources.filter((r) => new Decimal(r.monthly).gt(0));
    const paths = await report.page.$$eval('#treemap .cell', (cells) => cells.map((c) => c.getAttribute('data-path')));
    expect(paths.sort()).toEqual(costing.map((r) => r.path).sort());
    expect(
      await report.page.$$eval(
        '#treemap .cell rect',
        (rects) => rects.filter((r) => Number(r.getAttribute('width')) > 0 && Number(r.getAttribute('height')) > 0).length,
      ),
    ).toBe(costing.length);
    // The largest resource has the largest rectangle, drawn with a real size.
    const largest = [...costing].sort((a, b) => new Decimal(b.monthly).comparedTo(a.monthly))[0]!;
    const box = await report.page.locator(`#treemap .cell[data-path="${largest.path}"] rect`).boundingBox();
    expect(box!.width * box!.height).toBeGreaterThan(10_000);
    expect(await report.page.getAttribute('#treemap', 'aria-labelledby')).toBe('treemap-title');
    expect(await report.page.textContent('#treemap-desc')).toContain(usd(estimate.totals.monthly));
  });

  it('lists every resource in the table and sorts it by cost', async () => {
    const page = report.page;
    expect(await page.locator('#resources tbody tr').count()).toBe(estimate.resources.length);
    const monthlyColumn = () =>
      page.$$eval('#resources tbody tr', (rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[6]!.getAttribute('data-v'))));
    const expected = estimate.resources.map((r) => Number(r.monthly));
    const header = page.locator('#resources thead th', { hasText: 'Monthly' });
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await monthlyColumn()).toEqual([...expected].sort((a, b) => b - a));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await monthlyColumn()).toEqual([...expected].sort((a, b) => a - b));
    // The first row is now the cheapest resource, its cost shown as formatted in the JSON.
    const cheapest = [...estimate.resources].sort((a, b) => new Decimal(a.monthly).comparedTo(b.monthly))[0]!;
    expect(await page.textContent('#resources tbody tr:first-child td:nth-child(7)')).toBe(usd(cheapest.monthly));
    await page.locator('#resources thead th', { hasText: 'Type' }).locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBeNull();
    const types = await page.$$eval('#resources tbody tr', (rows) =>
      rows.map((r) => (r as HTMLTableRowElement).cells[1]!.textContent ?? ''),
    );
    expect(types).toEqual([...types].sort((a, b) => a.localeCompare(b)));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
  });

  it('shows a resource’s cost components on hover, click and keyboard', async () => {
    const page = report.page;
    const ranked = [...estimate.resources]
      .filter((r) => new Decimal(r.monthly).gt(0))
      .sort((a, b) => new Decimal(b.monthly).comparedTo(a.monthly) || (a.path < b.path ? -1 : 1));
    const panelShows = async (path: string) => {
      const r = estimate.resources.find((x) => x.path === path)!;
      expect(await page.textContent('#details h3')).toBe(path);
      expect(await page.locator('#details tbody tr').count()).toBe(r.components.length);
      expect(await page.textContent('#details')).toContain(usd(r.monthly));
      for (const c of r.components) expect(await page.textContent('#details')).toContain(c.name);
    };
    // Hover previews.
    await page.hover(`#treemap .cell[data-path="${ranked[0]!.path}"]`);
    await panelShows(ranked[0]!.path);
    // Click pins: the panel keeps it after the mouse leaves.
    await page.click(`#treemap .cell[data-path="${ranked[1]!.path}"]`);
    await page.mouse.move(1, 1);
    await panelShows(ranked[1]!.path);
    expect(await page.getAttribute(`#treemap .cell[data-path="${ranked[1]!.path}"]`, 'aria-pressed')).toBe('true');
    // Keyboard: Tab reaches the treemap (one tab stop), arrows move, Enter and Space pin.
    await page.focus('#treemap .cell[tabindex="0"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-i'))).toBe('0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe(ranked[2]!.path);
    await panelShows(ranked[1]!.path); // focus alone does not change the pinned resource
    await page.keyboard.press('Enter');
    await panelShows(ranked[2]!.path);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await panelShows(ranked[3]!.path);
    expect(await page.$$eval('#treemap .cell[tabindex="0"]', (c) => c.length)).toBe(1);
  });

  it('is one file: no script, style or image is fetched', async () => {
    expect(await report.page.$$eval('script[src], link, img, iframe', (n) => n.length)).toBe(0);
    expectQuiet(report);
  });

  it('prints without the interactive parts and with every table row', async () => {
    await report.page.emulateMedia({ media: 'print' });
    expect(await report.page.isVisible('#details')).toBe(false);
    expect(await report.page.isVisible('#resources tbody tr:last-child')).toBe(true);
    const scroll = await report.page.$eval('.scroll', (e) => getComputedStyle(e).maxHeight);
    expect(scroll).toBe('none');
    await report.page.emulateMedia({ media: 'screen' });
  });
});

describe('sweep report', () => {
  it('draws cost by construct against load, with a log axis and the numbers as a table', async () => {
    const { json: sweep, file } = await both<Sweep>(
      'sweep',
      'estimate',
      `${assembly}#UploadPipeline`,
      '--usage',
      join(EXAMPLE, 'load.yml'),
      '--scale',
      '0.1,1,10,100',
    );
    const report = await openReport(browser, file);
    const page = report.page;
    const costing = new Set(sweep.steps.flatMap((s) => s.constructs.filter((c) => !new Decimal(c.monthly).isZero()).map((c) => c.path)));
    const bands = Math.min(costing.size, MAX_BANDS);
    expect(await page.locator('#sweep-chart .lin path.band').count()).toBe(bands);
    expect(await page.locator('#sweep-chart .lin circle.total-point').count()).toBe(sweep.steps.length);
    expect(await page.isVisible('#sweep-chart .lin')).toBe(true);
    expect(await page.isVisible('#sweep-chart .logv')).toBe(false);
    await page.check('input.log-toggle');
    expect(await page.isVisible('#sweep-chart .logv')).toBe(true);
    expect(await page.isVisible('#sweep-chart .lin')).toBe(false);
    expect(await page.locator('#sweep-chart .logv path.band-line').count()).toBe(bands);
    // On the log axis each step's total sits higher than the one before (the totals grow).
    const ys = await page.$$eval('#sweep-chart .logv circle.total-point', (c) => c.map((e) => Number(e.getAttribute('cy'))));
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeLessThan(ys[i - 1]!);
    const table = await page.textContent('table');
    for (const step of sweep.steps) expect(table).toContain(usd(step.totals.monthly));
    expect(await page.getAttribute('#sweep-chart', 'role')).toBe('img');
    await page.screenshot({ path: join(OUT, 'sweep.png'), fullPage: true });
    expectQuiet(report);
    await report.close();
  });
});

describe('compare report', () => {
  it('draws both designs against load and marks the crossover', async () => {
    const { json: c, file } = await both<Comparison>(
      'compare',
      'compare',
      `${assembly}#UploadPipeline`,
      `${assembly}#SyncUploadPipeline`,
      '--usage',
      join(EXAMPLE, 'load.yml'),
      '--scale',
      '0.01,0.1,1,10',
    );
    expect(c.crossovers).toHaveLength(1);
    const report = await openReport(browser, file);
    const page = report.page;
    expect(await page.locator('#compare-chart .lin .line-a').count()).toBe(1);
    expect(await page.locator('#compare-chart .lin .line-b').count()).toBe(1);
    expect(await page.locator('#compare-chart .lin .crossover').count()).toBe(c.crossovers.length);
    expect(await page.isVisible('#compare-chart .lin .crossover circle')).toBe(true);
    const crossover = c.crossovers[0]!;
    expect(await page.textContent('#compare-chart .lin .crossover text')).toContain(usd(crossover.monthly));
    expect(await page.textContent('header')).toContain(
      `both cost ${usd(crossover.monthly)} a month; ${crossover.cheaperBelow.toUpperCase()} is cheaper below it`,
    );
    // The marker lies between the steps it was found between.
    const x = Number(await page.getAttribute('#compare-chart .lin .crossover line', 'x1'));
    const stepXs = await page.$$eval('#compare-chart .lin circle', (cs) => cs.map((e) => Number(e.getAttribute('cx'))));
    const below = c.steps.filter((s) => new Decimal(s.scale).lt(crossover.scale)).length;
    expect(x).toBeGreaterThan(stepXs[below - 1]!);
    expect(x).toBeLessThan(stepXs[below]!);
    const rows = await page.$$eval('tbody tr', (r) => r.map((e) => e.textContent ?? ''));
    expect(rows).toHaveLength(c.steps.length);
    c.steps.forEach((s, i) => expect(rows[i]).toContain(usd(s.b.monthly)));
    await page.check('input.log-toggle');
    expect(await page.isVisible('#compare-chart .logv .crossover circle')).toBe(true);
    await page.screenshot({ path: join(OUT, 'compare.png'), fullPage: true });
    expectQuiet(report);
    await report.close();
  });
});

describe('diff report', () => {
  it('shows the total change, a bar per largest change and every changed resource', async () => {
    const diff = JSON.parse(readFileSync(join(FIXTURES_DIR, 'diff', 'pr-diff.json'), 'utf8')) as CostDiff;
    const file = join(OUT, 'diff.html');
    writeFileSync(file, renderDiffHtml(diff));
    const report = await openReport(browser, file);
    const page = report.page;
    expect(await page.textContent('#total')).toContain(`${usd(diff.totals.before)} → ${usd(diff.totals.after)}`);
    // Resources that cost something on either side are listed; cost-free ones (routes) are only counted.
    const costed = diff.resources.filter((r) => !new Decimal(r.before).isZero() || !new Decimal(r.after).isZero());
    expect(await page.locator('#changes tbody tr').count()).toBe(costed.length);
    expect(await page.locator('#diff-chart .bar').count()).toBe(Math.min(costed.length, MAX_BARS));
    const firstBar = await page.textContent('#diff-chart .bar');
    expect(firstBar).toContain(costed[0]!.path);
    for (const _b of diff.budgets.filter((x) => x.exceeded)) expect(await page.textContent('.budgets')).toContain('Budget exceeded');
    await page.locator('#changes thead th', { hasText: 'Δ / month' }).locator('button').click();
    const deltas = await page.$$eval('#changes tbody tr', (rows) =>
      rows.map((r) => Number((r as HTMLTableRowElement).cells[5]!.getAttribute('data-v'))),
    );
    expect(deltas).toEqual(costed.map((r) => Number(r.delta)).sort((a, b) => b - a));
    await page.screenshot({ path: join(OUT, 'diff.png'), fullPage: true });
    expectQuiet(report);
    await report.close();
  });
});
