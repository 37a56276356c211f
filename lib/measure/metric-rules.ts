/**
 * How one usage key is computed from CloudWatch series: a window total scaled to the month, a ratio
 * of two totals (an average per request), a mean of daily values (a gauge), or a rate. Each result
 * carries its source (metric, statistic, window, datapoints) for the comment beside the value.
 * A key whose series have no datapoint at all gets no value: it is listed as without data.
 */
import type { MetricQuery, MetricResults } from '../scan/metrics/metric-query.js';
import type { PullWindow } from './pull-window.js';

export interface Measured {
  key: string;
  value: number;
  source: string;
  /** From CloudWatch (false: from the service's own API, e.g. DescribeTable). */
  fromMetrics?: boolean;
}

export interface MetricRule {
  key: string;
  queries: MetricQuery[];
  compute(results: MetricResults, window: PullWindow): Measured | undefined;
}

export function metric(
  namespace: string,
  name: string,
  dimensions: Record<string, string>,
  stat: MetricQuery['stat'] = 'Sum',
): MetricQuery {
  return { namespace, metric: name, dimensions, stat };
}

/** Values keep 6 decimals: enough for GB per month of small apps, and stable to compare. */
export function rounded(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

const BYTES_PER_GB = 1024 ** 3;
export const PER_GB = 1 / BYTES_PER_GB;

function names(queries: MetricQuery[]): string {
  const ns = queries[0]!.namespace;
  return `${ns} ${queries.map((q) => q.metric).join(' + ')} ${queries[0]!.stat}`;
}

function datapoints(results: MetricResults, queries: MetricQuery[]): number {
  return queries.reduce((n, q) => n + results.series(q).points.length, 0);
}

function total(results: MetricResults, queries: MetricQuery[]): number {
  return queries.reduce((s, q) => s + results.total(q), 0);
}

/** A counter: the window's total × 730 / (24 × days), times `factor` (e.g. bytes → GB). */
export function monthly(key: string, queries: MetricQuery[], factor = 1, unitNote = ''): MetricRule {
  return {
    key,
    queries,
    compute(results, w) {
      const n = datapoints(results, queries);
      if (n === 0) return undefined;
      return {
        key,
        fromMetrics: true,
        value: rounded(total(results, queries) * w.monthScale * factor),
        source: `${names(queries)}, ${w.label}, ${n} datapoints, × 730/${24 * w.days} h${unitNote}`,
      };
    },
  };
}

/** An average per event: total of `numerator` ÷ total of `denominator` (e.g. Duration ÷ Invocations). */
export function ratio(key: string, numerator: MetricQuery, denominator: MetricQuery, factor = 1, unitNote = ''): MetricRule {
  return {
    key,
    queries: [numerator, denominator],
    compute(results, w) {
      const n = datapoints(results, [numerator]);
      const den = results.total(denominator);
      if (n === 0 || den === 0) return undefined;
      return {
        key,
        fromMetrics: true,
        value: rounded((results.total(numerator) / den) * factor),
        source: `${names([numerator])} ÷ ${denominator.metric} ${denominator.stat}, ${w.label}, ${n} datapoints${unitNote}`,
      };
    },
  };
}

/** A gauge (bucket size, running tasks): the mean of its daily values over the window. */
export function mean(key: string, query: MetricQuery, factor = 1, unitNote = ''): MetricRule {
  return {
    key,
    queries: [query],
    compute(results, w) {
      const points = results.series(query).points;
      if (points.length === 0) return undefined;
      return {
        key,
        fromMetrics: true,
        value: rounded((points.reduce((s, p) => s + p.value, 0) / points.length) * factor),
        source: `${names([query])}, mean of ${points.length} daily datapoints, ${w.label}${unitNote}`,
      };
    },
  };
}

/** A rate: the window's total ÷ its length in `per` seconds (1: per second, 60: per minute). */
export function rate(key: string, query: MetricQuery, per: number, unit: string): MetricRule {
  return {
    key,
    queries: [query],
    compute(results, w) {
      const n = datapoints(results, [query]);
      if (n === 0) return undefined;
      return {
        key,
        fromMetrics: true,
        value: rounded((results.total(query) / (w.days * 86_400)) * per),
        source: `${names([query])} ÷ ${(w.days * 86_400) / per} ${unit} in ${w.label}, ${n} datapoints`,
      };
    },
  };
}
