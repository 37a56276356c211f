/**
 * The shape most idle rules share: sum one or more CloudWatch counters over the lookback for each
 * resource, and call the resource idle when the total is at or below a threshold (default 0).
 * Days without a datapoint count as zero: these counters are only published when there is traffic.
 */
import type { DatasetName } from '../datasets/index.js';
import type { MetricQuery } from '../metrics/metric-query.js';
import type { LiveResource, LiveUsage } from '../types.js';
import { count, idleCandidates, metricEvidence, windowText, type Candidate } from './idle-helpers.js';
import type { RegionData, Rule, RuleContext } from './rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

export interface ZeroTrafficSpec<R extends { resource: LiveResource }> {
  id: string;
  message: string;
  dataset: DatasetName;
  /** The idle threshold it compares the total with (declared here, collected into THRESHOLDS). */
  threshold: ThresholdDefinition;
  /** What is counted, plural ("invocations"). */
  noun: string;
  queries(record: R): MetricQuery[];
  action: string | ((record: R) => string);
  /** Usage the idle resource has (request keys at 0), so its pricer prices what is left: the fixed part. */
  idleUsage: Record<string, number>;
  /** Resources the rule should not judge (CDK deployment handlers, dead-letter queues, …). */
  skip?(candidate: Candidate<R>, data: RegionData): boolean;
}

export function zeroTrafficRule<R extends { resource: LiveResource }>(spec: ZeroTrafficSpec<R>): Rule {
  const candidates = (data: RegionData, ctx: RuleContext) =>
    idleCandidates(data.get(spec.dataset) as unknown as R[], data, ctx).filter((c) => !spec.skip?.(c, data));
  return {
    id: spec.id,
    kind: 'idle',
    message: spec.message,
    datasets: [spec.dataset],
    thresholds: [spec.threshold],
    optionalDatasets: ['stacks'],
    metrics: (data, ctx) => candidates(data, ctx).flatMap((c) => spec.queries(c.record)),
    evaluate(data, ctx, metrics) {
      const threshold = ctx.thresholds[spec.threshold.key] ?? spec.threshold.default;
      return candidates(data, ctx).flatMap((c) => {
        const queries = spec.queries(c.record);
        const total = queries.reduce((s, q) => s + metrics.total(q), 0);
        if (total > threshold) return [];
        const usage: Record<string, LiveUsage> = {};
        for (const [key, value] of Object.entries(spec.idleUsage))
          usage[key] = { value, explanation: `${count(total)} ${spec.noun} in ${ctx.lookbackDays} days` };
        return [
          {
            resource: c.record.resource,
            ...(c.stack ? { stack: c.stack } : {}),
            evidence: queries.map((q) =>
              metricEvidence(
                `${q.namespace} ${q.metric} (${q.stat}) = ${count(metrics.total(q))} over ${windowText(ctx)} ` +
                  `(threshold ${spec.threshold.key} ≤ ${count(threshold)})`,
                q,
                metrics,
              ),
            ),
            action: typeof spec.action === 'function' ? spec.action(c.record) : spec.action,
            usage,
          },
        ];
      });
    },
  };
}
