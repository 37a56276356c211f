/**
 * A CloudWatch metric a rule needs for one resource, and the daily series it gets back.
 */

export type MetricStat = 'Sum' | 'Average' | 'Maximum';

export interface MetricQuery {
  namespace: string;
  metric: string;
  dimensions: Record<string, string>;
  stat: MetricStat;
}

/** Daily datapoints over the window, ascending; days CloudWatch has no datapoint for are absent. */
export interface MetricSeries {
  query: MetricQuery;
  points: Array<{ day: string; value: number }>;
}

/** Canonical identity of a query (dimension order does not matter), so rules sharing one fetch it once. */
export function metricKey(q: MetricQuery): string {
  const dims = Object.entries(q.dimensions)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return `${q.namespace}|${q.metric}|${q.stat}|${dims}`;
}

export class MetricResults {
  constructor(private readonly byKey: ReadonlyMap<string, MetricSeries>) {}

  /** The series for a query (empty when CloudWatch returned no datapoints). */
  series(q: MetricQuery): MetricSeries {
    return this.byKey.get(metricKey(q)) ?? { query: q, points: [] };
  }

  /** Sum of the daily values (for Sum-stat counters: the total over the window). */
  total(q: MetricQuery): number {
    return this.series(q).points.reduce((s, p) => s + p.value, 0);
  }

  /** Largest daily value, 0 when there is none. */
  max(q: MetricQuery): number {
    return this.series(q).points.reduce((m, p) => Math.max(m, p.value), 0);
  }

  get size(): number {
    return this.byKey.size;
  }
}
