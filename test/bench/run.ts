/**
 * `npm run bench`: every benchmark module, run in sequence, each printing its figures.
 * Benchmarks measure; they do not assert (timed tests are flaky on shared machines) —
 * but each prints its target next to the measured figure, so a regression is visible.
 *
 * Run one: `npm run bench -- <name>` (names below).
 */
import { benchmarks } from './registry.js';

const only = process.argv.slice(2);
const selected = only.length ? benchmarks.filter((b) => only.includes(b.name)) : benchmarks;
if (only.length && selected.length === 0) {
  console.error(`unknown benchmark(s) ${only.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`);
  process.exitCode = 1;
}
for (const bench of selected) {
  console.log(`\n== ${bench.name}: ${bench.description}`);
  await bench.run();
}
