/**
 * What --explain PATH shows for one resource: its usage keys with their resolved values, and how its
 * load arrives. Built above estimate (lib/load/explain-construct.ts), rendered by report.
 */
import type { ResourceModel } from '../model/architecture.js';
import type { UsageValue } from './usage-value.js';

export interface ExplainedResource {
  resource: ResourceModel;
  /** Usage keys the resource's pricer reads, with the value each resolved to (absent: not given). */
  keys: Array<{ key: string; unit: string; value?: UsageValue }>;
  /** Step-by-step derivation of the resource's load (Explainer.steps). */
  steps: string[];
}
