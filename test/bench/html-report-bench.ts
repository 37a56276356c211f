/**
 * The HTML report on a large app: a 2,000-resource estimate renders to a file under 2 MB, and
 * headless Chromium opens it and draws the treemap and the table (the client script's ready marker,
 * then a painted frame) in under 2 s.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import { renderEstimateHtml } from '../../lib/report/html/render-html.js';
import { launchChromium, openReport } from '../support/browser.js';
import type { Benchmark } from './registry.js';
import { generateAssembly } from './generate-assembly.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

const RESOURCES = 2_000;
const RUNS = 5;

async function htmlReport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-bench-html-'));
  const browser = await launchChromium();
  try {
    const { usageFile } = generateAssembly(join(dir, 'assembly'), RESOURCES);
    const { estimate } = await runEstimate({ pricers: new PricerRegistry(), source: join(dir, 'assembly'), usageFile });
    const started = performance.now();
    const html = renderEstimateHtml(estimate);
    const renderMs = performance.now() - started;
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    const bytes = Buffer.byteLength(html);
    const cells = (html.match(/class="cell"/g) ?? []).length;
    console.log(
      `  ${RESOURCES.toLocaleString('en-US')} resources (${cells} treemap cells): rendered in ${renderMs.toFixed(0)} ms, ` +
        `${(bytes / 1024 / 1024).toFixed(2)} MB`,
    );
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const report = await openReport(browser, file);
      // Ready marker reached; wait for the frame that shows it.
      await report.page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
      times.push(report.readyMs);
      const drawn = await report.page.evaluate(
        '[document.querySelectorAll("#treemap .cell").length, document.querySelectorAll("#resources tbody tr").length]',
      );
      if (JSON.stringify(drawn) !== JSON.stringify([cells, RESOURCES])) throw new Error(`report not fully drawn: ${JSON.stringify(drawn)}`);
      if (report.errors.length || report.requests.length)
        throw new Error(`errors or requests: ${[...report.errors, ...report.requests].join('; ')}`);
      await report.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(
      `  open (file://) until treemap and table are drawn: median ${median.toFixed(0)} ms of ${RUNS} (min ${times[0]!.toFixed(0)}, ` +
        `max ${times[times.length - 1]!.toFixed(0)})`,
    );
    console.log(`  target: file < 2 MB → ${(bytes / 1024 / 1024).toFixed(2)} MB; drawn < 2000 ms → ${median.toFixed(0)} ms`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const htmlReportBenchmarks: Benchmark[] = [
  { name: 'html-report', description: 'HTML report of 2,000 resources: file size and time to draw in headless Chromium', run: htmlReport },
];
