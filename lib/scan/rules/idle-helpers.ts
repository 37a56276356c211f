/**
 * What idle rules share: picking the resources to judge (in scope, old enough to judge over the
 * lookback) and turning metric series into evidence.
 */
import { DAY_SECONDS } from '../metrics/fetch-metrics.js';
import type { MetricQuery, MetricResults } from '../metrics/metric-query.js';
import type { Evidence, LiveResource } from '../types.js';
import type { RegionData, RuleContext } from './rule.js';
import { inScope, ownerOf, stackOf, type Owner } from './stack-index.js';

export interface Candidate<R> {
  record: R;
  stack: string | undefined;
  owner: Owner | undefined;
}

/**
 * Records in scope whose resource existed for the whole window: a resource created three days ago
 * with no traffic is new, not idle. The creation time is the service's (EC2, RDS, …) or, where the
 * service gives none (Lambda, SQS, SNS, …), the owning stack's record of creating it — so a stack
 * deployed an hour ago is not reported idle. Where neither says, the resource's last modification
 * (Lambda LastModified) stands in: a function changed minutes ago is not judged over 14 days.
 * Resources whose age nobody gives are judged.
 */
export function idleCandidates<R extends { resource: LiveResource }>(
  records: R[],
  data: RegionData,
  ctx: RuleContext,
  days = ctx.lookbackDays,
): Array<Candidate<R>> {
  const out: Array<Candidate<R>> = [];
  for (const record of records) {
    const stack = stackOf(record.resource, data);
    if (!inScope(stack, ctx)) continue;
    const owner = ownerOf(record.resource, data);
    const created = record.resource.createdAt ?? owner?.createdAt ?? record.resource.modifiedAt;
    if (created && ctx.now.getTime() - created.getTime() < days * DAY_SECONDS * 1000) continue;
    out.push({ record, stack, owner });
  }
  return out;
}

export function windowText(ctx: RuleContext): string {
  return `${ctx.window.start.toISOString().slice(0, 10)} → ${ctx.window.end.toISOString().slice(0, 10)}`;
}

export function metricEvidence(text: string, q: MetricQuery, metrics: MetricResults): Evidence {
  return {
    text,
    metric: {
      namespace: q.namespace,
      metric: q.metric,
      stat: q.stat,
      dimensions: q.dimensions,
      datapoints: metrics.series(q).points.map((p) => [p.day, p.value] as [string, number]),
    },
  };
}

/** The UTC days of the last `days` days of the window, oldest first (for "every day below N" checks). */
export function lastDays(ctx: RuleContext, days: number): string[] {
  const end = Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), ctx.now.getUTCDate());
  return Array.from({ length: days }, (_, i) => new Date(end - (days - i) * DAY_SECONDS * 1000).toISOString().slice(0, 10));
}

/** Value per day (0 for a day without a datapoint: CloudWatch publishes no zero for these counters). */
export function dailyValues(metrics: MetricResults, q: MetricQuery, days: string[]): number[] {
  const byDay = new Map(metrics.series(q).points.map((p) => [p.day, p.value]));
  return days.map((d) => byDay.get(d) ?? 0);
}

export function count(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
