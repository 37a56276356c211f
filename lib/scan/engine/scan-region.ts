/**
 * One region: load every dataset the rules need (each once), fetch every rule's metrics in shared
 * GetMetricData batches, evaluate the rules. A permission the scan lacks becomes a coverage gap and
 * the rules that needed it are skipped; the scan goes on.
 */
import type { ClientFactory } from '../aws/clients.js';
import { scanActivity } from '../aws/command-log.js';
import { errorInfo, isAccessDenied, isRegionDisabled } from '../aws/errors.js';
import { isFatalSdkError } from '../../aws/sdk-errors.js';
import { DATASETS, type DatasetName } from '../datasets/index.js';
import { fetchMetrics, type MetricWindow } from '../metrics/fetch-metrics.js';
import { MetricResults, type MetricQuery } from '../metrics/metric-query.js';
import type { Rule, RuleContext } from '../rules/rule.js';
import type { CoverageGap, RuleFinding } from '../types.js';
import { LoadedRegionData } from './region-data.js';

export interface RegionScanInput {
  region: string;
  clients: ClientFactory;
  rules: Rule[];
  context: Omit<RuleContext, 'region'>;
  window: MetricWindow;
  progress?: (event: { region: string; step: string; done: number; total: number }) => void;
}

export interface RegionScanResult {
  findings: Array<RuleFinding & { rule: Rule }>;
  gaps: CoverageGap[];
  metricQueries: number;
}

/** Thrown when the region answers as a region the account has not enabled. */
export class RegionDisabledError extends Error {}

const DATASET_CONCURRENCY = 4;

export async function scanRegion(input: RegionScanInput): Promise<RegionScanResult> {
  const { region, clients, rules } = input;
  const ctx: RuleContext = { ...input.context, region };
  const data = new LoadedRegionData();
  const gaps: CoverageGap[] = [];
  const failed = new Map<DatasetName, CoverageGap>();
  const needed = [...new Set(rules.flatMap((r) => [...r.datasets, ...(r.optionalDatasets ?? [])]))];
  const total = needed.length + 1;
  let done = 0;

  const load = async (name: DatasetName) => {
    const dataset = DATASETS[name];
    const activity = `${region}/${name}`;
    try {
      data.set(name, (await scanActivity.run(activity, () => dataset.load({ region, clients }))) as never);
    } catch (error) {
      if (isRegionDisabled(error)) throw new RegionDisabledError(errorInfo(error).message);
      if (isFatalSdkError(error) || !isServiceError(error)) throw error;
      const info = errorInfo(error);
      const sent = clients.log.records.filter((r) => r.activity === activity);
      const gap: CoverageGap = {
        region,
        service: dataset.service,
        operation: sent.at(-1)?.command ?? name,
        code: info.code,
        message: info.message,
        rulesSkipped: [],
      };
      failed.set(name, gap);
      gaps.push(gap);
    } finally {
      input.progress?.({ region, step: name, done: ++done, total });
    }
  };
  const queue = [...needed];
  await Promise.all(
    Array.from({ length: DATASET_CONCURRENCY }, async () => {
      for (let name = queue.shift(); name; name = queue.shift()) await load(name);
    }),
  );

  const runnable = rules.filter((rule) => {
    const missing = rule.datasets.filter((d) => failed.has(d));
    for (const d of missing) failed.get(d)!.rulesSkipped.push(rule.id);
    return missing.length === 0;
  });

  const queries: MetricQuery[] = runnable.flatMap((rule) => rule.metrics?.(data, ctx) ?? []);
  let metrics = new MetricResults(new Map());
  let metricRules = runnable;
  if (queries.length > 0) {
    try {
      metrics = await fetchMetrics(clients, region, queries, input.window);
    } catch (error) {
      if (isRegionDisabled(error)) throw new RegionDisabledError(errorInfo(error).message);
      if (isFatalSdkError(error) || !isServiceError(error)) throw error;
      const info = errorInfo(error);
      const skipped = runnable.filter((r) => r.metrics).map((r) => r.id);
      gaps.push({
        region,
        service: 'cloudwatch',
        operation: 'GetMetricData',
        code: info.code,
        message: info.message,
        rulesSkipped: skipped,
      });
      metricRules = runnable.filter((r) => !r.metrics);
    }
  }
  input.progress?.({ region, step: 'metrics', done: ++done, total });

  const findings = metricRules.flatMap((rule) => rule.evaluate(data, ctx, metrics).map((f) => ({ ...f, rule })));
  return { findings, gaps, metricQueries: metrics.size };
}

/** An error AWS (or the endpoint) answered with, as opposed to a bug in cdk-cost. */
function isServiceError(error: unknown): boolean {
  const e = error as { $metadata?: unknown; $fault?: unknown; name?: string };
  return Boolean(e && (e.$metadata !== undefined || e.$fault !== undefined)) || isAccessDenied(error);
}
