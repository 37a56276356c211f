/**
 * The Estimate: the one object every renderer (table, json, markdown, html) and the diff read.
 * Versioned (schemaVersion) and documented in README "Estimate JSON". Money and quantities are
 * exact decimal strings; renderers round for display. Arrays are in a stable order.
 */

export const ESTIMATE_SCHEMA_VERSION = '1.0';

export type ResourceStatus = 'priced' | 'free' | 'usage-missing' | 'unsupported';
export type ComponentStatus = 'priced' | 'usage-missing' | 'no-price';

export interface Estimate {
  schemaVersion: string;
  currency: 'USD';
  hoursPerMonth: number;
  freeTier: boolean;
  source: { kind: string; path: string };
  usageFile: string | null;
  prices: PriceSummary;
  totals: CostSplit;
  summary: StatusSummary;
  stacks: StackCost[];
  constructs: ConstructCost[];
  services: ServiceCost[];
  resources: ResourceCost[];
  unsupportedTypes: UnsupportedType[];
  /** Per resource type: how its resources were classified (added in 1.0 additively; absent in older files). */
  coverage?: Coverage;
  /**
   * With --free-tier: each always-free allowance the estimate drew on, how much of it and what that
   * took off (added in 1.0 additively; absent without --free-tier). Every amount here is also a
   * "Free tier: …" component of the resources that drew on it, so the totals already include it.
   */
  freeTierAllowances?: AllowanceUse[];
  warnings: string[];
}

export interface CostSplit {
  /** Total monthly cost, USD. */
  monthly: string;
  /** Part that exists as long as the resources do (hours, provisioned capacity). */
  fixed: string;
  /** Part that depends on load (requests, GB, …). */
  usageBased: string;
}

export interface StatusSummary {
  resources: number;
  priced: number;
  free: number;
  usageMissing: number;
  unsupported: number;
  /**
   * Of the unsupported resources, those partly priced: some cost components priced (and in the
   * totals, which are then a lower bound), some without a price (the resource's `reason`). Added
   * within 1.0 (additive): older files lack it.
   */
  partlyPriced?: number;
}

export interface PriceSummary {
  kind: 'snapshot' | 'live';
  location: string;
  /** Newest AWS publication date of the price data used. */
  pricesAsOf: string;
  /** Each price source used by this estimate → its publication date and quality. */
  sources: Record<string, { publicationDate: string; quality: string }>;
}

export interface StackCost extends CostSplit {
  name: string;
  region: string;
  regionSource: string;
  resources: number;
}

export interface ConstructCost extends CostSplit {
  path: string;
  /** Construct class from tree.json, e.g. aws-cdk-lib.aws_s3.Bucket. */
  fqn?: string;
  /** Number of resources under it. */
  resources: number;
}

export interface ServiceCost extends CostSplit {
  service: string;
}

export interface ResourceCost extends CostSplit {
  path: string;
  logicalId: string;
  type: string;
  stack: string;
  region: string;
  /** The construct the user wrote that owns this resource (for roll-ups). */
  owner: string;
  service?: string;
  status: ResourceStatus;
  /**
   * Why free or unsupported. An unsupported resource with priced components is partly priced: the
   * reason names the components without a price, and the priced ones count in the totals.
   */
  reason?: string;
  components: ComponentCost[];
  /** Usage keys the pricer read but no usage gave. */
  missingUsage: string[];
  notes: string[];
}

export interface ComponentCost {
  name: string;
  unit: string;
  /** Monthly quantity in `unit`; null when the usage it needs was not given. */
  quantity: string | null;
  /** Unit price when one tier applies; null when several tiers (see `tiers`) or no price. */
  unitPrice: string | null;
  monthly: string;
  usageBased: boolean;
  status: ComponentStatus;
  formula?: string;
  /** The usage values this component read, and where each came from. */
  usage?: Record<string, { value: number | string | boolean; origin: string; derived: boolean }>;
  price: PriceIdentity | null;
  /** How the quantity fell into the price's tiers (only when tiered). */
  tiers?: Array<{ from: string; to: string | null; quantity: string; unitPrice: string; monthly: string; rateCode?: string }>;
  /** Why no price (e.g. "no price for BoxUsage:m3.medium in eu-north-1"). */
  problem?: string;
  /**
   * Set on a free-tier line (--free-tier): the id of the allowance (see Estimate.freeTierAllowances)
   * it subtracts. Such a line follows the line it discounts, with the same unit, price and fixed /
   * usage-based kind, a negative quantity (the part of the allowance used here) and a negative monthly.
   */
  allowance?: string;
}

/** One always-free allowance as an estimate used it. */
export interface AllowanceUse {
  /** e.g. "lambda-requests"; "data:<service>:<key>" for a zero-price tier of the price data no listed allowance covers. */
  id: string;
  name: string;
  serviceCode: string;
  /** The allowance per month in AWS's words and unit (free-tier.json). */
  amount: string;
  amountUnit: string;
  /** The same in the prices' unit, and how much of it this estimate's resources used (≤ quantity). */
  quantity: string;
  used: string;
  unit: string;
  /** What it took off the estimate (negative or zero), USD per month: the sum of its free-tier lines. */
  monthly: string;
  /** Resources that drew on it, in the order they drew (the estimate's resource order). */
  resources: string[];
  /** Where AWS states it, and what it says there. */
  url: string;
  statement?: string;
  /** Which data the allowance came from (the snapshot's free-tier.json, or the price data's zero tier). */
  from: string;
}

export interface PriceIdentity {
  serviceCode: string;
  region: string;
  key: string;
  unit?: string;
  /** Rate codes (SKU.offerTerm.rateCode) of the tiers used. */
  rateCodes: string[];
  origin: string;
  quality: string;
  publicationDate: string;
}

export interface UnsupportedType {
  type: string;
  count: number;
  reason: string;
  paths: string[];
}

/** How completely the estimate covers the app: per resource type, and the headline shares. */
export interface Coverage {
  /** Resources that ended priced, free, usage-missing, or unsupported with a specific reason (not "no pricer yet"). */
  classified: number;
  /** Resources that are not free (their cost depends on what they are and how they are used). */
  costBearing: number;
  /** Cost-bearing resources a pricer priced (status priced or usage-missing). */
  costBearingPriced: number;
  /**
   * Cost-bearing resources by status: fully priced, priced at $0 for want of usage, and
   * unsupported (of which partly priced). Added within 1.0 (additive): older files lack it.
   */
  costBearingStatuses?: { priced: number; usageMissing: number; unsupported: number; partlyPriced: number };
  /** One entry per CloudFormation type, sorted by type. */
  types: TypeCoverage[];
}

export interface TypeCoverage {
  type: string;
  count: number;
  /** The status every resource of the type has, or "mixed" (see `statuses`). */
  status: ResourceStatus | 'mixed';
  statuses: { priced: number; free: number; usageMissing: number; unsupported: number };
  /** Why resources of the type are free or unsupported: each distinct reason with its count. */
  reasons: Array<{ status: 'free' | 'unsupported'; reason: string; count: number }>;
}
