/**
 * The rule contract (after CloudBurn's rules): an id, a message, the datasets it reads, optionally
 * the metrics it needs, and a pure evaluate function over them. Rules do no I/O: the engine loads
 * each dataset once per region and fetches every rule's metrics in shared GetMetricData batches, so a
 * rule is tested with plain objects and no AWS endpoint.
 */
import type { DatasetMap, DatasetName } from '../datasets/index.js';
import type { MetricWindow } from '../metrics/fetch-metrics.js';
import type { MetricQuery, MetricResults } from '../metrics/metric-query.js';
import type { ThresholdDefinition, Thresholds } from '../thresholds.js';
import type { FindingKind, LiveResource, RuleFinding } from '../types.js';

export interface RegionData {
  has(name: DatasetName): boolean;
  /** A loaded dataset. Rules only `get` what they declared (required) or checked with `has` (optional). */
  get<K extends DatasetName>(name: K): DatasetMap[K];
  /** Every resource of every inventory dataset that was loaded. */
  inventory(): LiveResource[];
}

export interface ScanScope {
  kind: 'account' | 'app';
  /** Stack names of the app (app scope only). */
  stacks: ReadonlySet<string>;
}

export interface RuleContext {
  region: string;
  now: Date;
  lookbackDays: number;
  window: MetricWindow;
  thresholds: Thresholds;
  scope: ScanScope;
}

export interface Rule {
  id: string;
  kind: FindingKind;
  /** One line, what the finding means ("Lambda function with no invocations"). */
  message: string;
  /** Datasets without which the rule cannot run (a coverage gap skips it). */
  datasets: DatasetName[];
  /** Datasets that improve the result when available (pricing details, stack names, paths). */
  optionalDatasets?: DatasetName[];
  /** The idle thresholds it reads (`ctx.thresholds[key]`), declared once: THRESHOLDS is built from these. */
  thresholds?: ThresholdDefinition[];
  metrics?(data: RegionData, ctx: RuleContext): MetricQuery[];
  evaluate(data: RegionData, ctx: RuleContext, metrics: MetricResults): RuleFinding[];
}
