/**
 * The list of benchmarks. Add yours: one module per figure family, one line here.
 */
import { estimateBenchmarks } from './estimate-bench.js';

export interface Benchmark {
  name: string;
  description: string;
  run: () => Promise<void>;
}

export const benchmarks: Benchmark[] = [...estimateBenchmarks];
