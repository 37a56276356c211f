/**
 * Limit rules and their findings. Rules are pure: a priced resource, its usage, the catalogue and
 * the peak-to-average factor in; findings out. One rule per file under rules/.
 */
import type { ResourceCost } from '../estimate/estimate-types.js';
import type { ResourceModel } from '../model/architecture.js';
import type { AppliedLimit, LimitsCatalogue } from './catalogue.js';

/** Usage values of one resource as numbers (what the pricers read), by key. */
export type UsageNumbers = ReadonlyMap<string, number>;

export interface LimitInput {
  resource: ResourceCost;
  /** The template resource (properties such as ShardCount, Timeout); absent for a saved estimate. */
  model?: ResourceModel;
  usage: UsageNumbers;
  catalogue: LimitsCatalogue;
  /** Peak requests per second ÷ average over the month. */
  peakFactor: number;
}

export interface LimitFinding {
  /** Construct path of the resource. */
  resource: string;
  rule: string;
  limit: AppliedLimit;
  /** The quantity compared with the limit, at today's (estimated) load, in the limit's unit. */
  current: number;
  /** How that quantity was reached, e.g. "856 requests/s at peak × 0.2 s". */
  load: string;
  /**
   * The multiple of today's load at which the limit is crossed: limit ÷ current for quantities that
   * grow with load; 0 for a per-request size already over it ("at any load"); null when load never
   * crosses it (a per-request size under the limit).
   */
  breaksAt: number | null;
  /** True when the limit is crossed at the estimated load (breaksAt ≤ 1). */
  crossed: boolean;
  /** Designs that avoid it. */
  avoid: string;
  /**
   * For an account-wide quota summed over several resources (resource is then "account in REGION"):
   * each resource's share of `current`, largest first.
   */
  contributors?: Array<{ resource: string; current: number }>;
}

export interface LimitRule {
  id: string;
  description: string;
  /** CloudFormation types it looks at. */
  types: string[];
  /** Catalogue ids it uses. */
  limits: string[];
  evaluate(input: LimitInput): LimitFinding[];
}
