/**
 * The list of benchmarks. Add yours: one module per figure family, one line here.
 */
import { estimateBenchmarks } from './estimate-bench.js';
import { corpusBenchmarks } from './corpus-coverage.js';
import { pricingBenchmarks } from './pricing-bench.js';
import { scanBenchmarks } from './scan-bench.js';
import { costReviewBenchmarks } from './cost-review-bench.js';
import { loadBenchmarks } from './load-bench.js';
import { htmlReportBenchmarks } from './html-report-bench.js';
import { scannerSummaryBenchmarks } from './scanner-summary-bench.js';

export interface Benchmark {
  name: string;
  description: string;
  run: () => Promise<void>;
}

export const benchmarks: Benchmark[] = [
  ...estimateBenchmarks,
  ...corpusBenchmarks,
  ...pricingBenchmarks,
  ...scanBenchmarks,
  ...costReviewBenchmarks,
  ...loadBenchmarks,
  ...htmlReportBenchmarks,
  ...scannerSummaryBenchmarks,
];
