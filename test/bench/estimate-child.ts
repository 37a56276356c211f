/**
 * Runs one estimate in a fresh process and prints {ms, maxRssMb, resources}: peak memory has to be
 * measured in a process that did nothing else.
 * Usage: node dist/test/bench/estimate-child.js SOURCE USAGE_FILE
 */
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import { renderJson } from '../../lib/report/render-json.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

const [source, usageFile] = process.argv.slice(2);
const started = performance.now();
const { estimate } = await runEstimate({ pricers: new PricerRegistry(), source: source!, ...(usageFile ? { usageFile } : {}) });
const json = renderJson(estimate);
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    resources: estimate.summary.resources,
    bytes: json.length,
    total: estimate.totals.monthly,
  }) + '\n',
);
