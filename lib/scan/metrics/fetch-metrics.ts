/**
 * All metric queries of a region in as few GetMetricData calls as the API allows: up to 500 queries
 * per call (the API's limit), each call paginated by NextToken, one daily period over the lookback.
 */
import type { MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { ClientFactory } from '../aws/clients.js';
import { MetricResults, metricKey, type MetricQuery, type MetricSeries } from './metric-query.js';

/** IAM actions the metric fetch calls (part of the scan policy, iam-policy.ts). */
export const METRICS_IAM_ACTIONS = ['cloudwatch:GetMetricData'];

export const MAX_QUERIES_PER_CALL = 500;
export const DAY_SECONDS = 86_400;

export interface MetricWindow {
  start: Date;
  end: Date;
}

/** The lookback window: from 00:00 UTC `days` days before `now`, to `now` — whole UTC days per period. */
export function metricWindow(now: Date, days: number): MetricWindow {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * DAY_SECONDS * 1000);
  return { start, end: now };
}

export async function fetchMetrics(
  clients: ClientFactory,
  region: string,
  queries: MetricQuery[],
  window: MetricWindow,
): Promise<MetricResults> {
  const unique = new Map<string, MetricQuery>();
  for (const q of queries) unique.set(metricKey(q), q);
  const all = [...unique.values()];
  const results = new Map<string, MetricSeries>();
  const { CloudWatchClient, paginateGetMetricData } = await import('@aws-sdk/client-cloudwatch');
  const client = clients.get(CloudWatchClient, region);
  for (let offset = 0; offset < all.length; offset += MAX_QUERIES_PER_CALL) {
    const batch = all.slice(offset, offset + MAX_QUERIES_PER_CALL);
    const byId = new Map(batch.map((q, i) => [`m${i}`, q]));
    const points = new Map<string, Map<string, number>>();
    const request: MetricDataQuery[] = batch.map((q, i) => ({
      Id: `m${i}`,
      ReturnData: true,
      MetricStat: {
        Metric: {
          Namespace: q.namespace,
          MetricName: q.metric,
          Dimensions: Object.entries(q.dimensions).map(([Name, Value]) => ({ Name, Value })),
        },
        Period: DAY_SECONDS,
        Stat: q.stat,
      },
    }));
    const pages = paginateGetMetricData(
      { client },
      { MetricDataQueries: request, StartTime: window.start, EndTime: window.end, ScanBy: 'TimestampAscending' },
    );
    for await (const page of pages) {
      for (const r of page.MetricDataResults ?? []) {
        if (!r.Id || !byId.has(r.Id)) continue;
        const days = points.get(r.Id) ?? new Map<string, number>();
        (r.Timestamps ?? []).forEach((t, i) => {
          const value = r.Values?.[i];
          if (value !== undefined) days.set(t.toISOString().slice(0, 10), value);
        });
        points.set(r.Id, days);
      }
    }
    for (const [id, q] of byId) {
      const days = points.get(id) ?? new Map<string, number>();
      results.set(metricKey(q), {
        query: q,
        points: [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, value]) => ({ day, value })),
      });
    }
  }
  return new MetricResults(results);
}
