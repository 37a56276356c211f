/**
 * The cost Diff: what changed between two Estimates (base → head), the one object the diff
 * renderers (table, json, markdown / PR comment) read. Versioned (schemaVersion) and documented in
 * README "Diff JSON". Money is exact decimal strings, like the Estimate; arrays in a stable order.
 */
import type { BudgetCheck } from '../budgets/budget-check.js';
import type { ResourceStatus, UnsupportedType } from '../estimate/estimate-types.js';
import type { LimitChanges } from '../limits/diff-limits.js';

export const DIFF_SCHEMA_VERSION = '1.0';
/** Tells a saved Diff apart from a saved Estimate (both have schemaVersion). */
export const DIFF_KIND = 'cdk-cost-diff';

export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * Why a resource's or component's cost changed:
 * - configuration: the template changed what is billed (instance class, count, memory, …)
 * - usage: the usage values it was priced with differ (usage file, derived load)
 * - prices: the same price key has a different unit price (different price data)
 * - coverage: priced on one side only (a pricer added or a price missing), or its status changed
 */
export type ChangeCause = 'configuration' | 'usage' | 'prices' | 'coverage';

export interface Delta {
  /** Monthly USD before (base) and after (head); "0" for a side where the thing does not exist. */
  before: string;
  after: string;
  delta: string;
  /** delta ÷ before × 100, rounded to 4 decimals; null when before is 0. */
  percent: string | null;
}

export interface CostDiff {
  schemaVersion: string;
  kind: typeof DIFF_KIND;
  currency: 'USD';
  base: SideInfo;
  head: SideInfo;
  /** Total monthly cost; fixed and usage-based parts separately. */
  totals: Delta & { fixed: Delta; usageBased: Delta };
  /** Resource counts by kind of change (unchanged ones are counted, not listed). */
  summary: { added: number; removed: number; changed: number; unchanged: number; moved: number };
  /** Every stack on either side. */
  stacks: Array<Delta & { name: string; change: ChangeKind | 'unchanged' }>;
  /** Constructs (any depth, as in Estimate.constructs) whose cost or resource count changed. */
  constructs: ConstructChange[];
  /** Added, removed and changed resources, largest |delta| first. */
  resources: ResourceChange[];
  /** What the head leaves unpriced (and what the base did), so a reviewer sees the blind spots. */
  notPriced: { head: UnsupportedType[]; base: UnsupportedType[]; headUsageMissing: UsageMissing[] };
  /** Budget checks evaluated with this diff (empty when no budget was set). */
  budgets: BudgetCheck[];
  /** With `diff --limits`: AWS limits the head crosses that the base did not, and those it no longer crosses. */
  limits?: LimitChanges;
  warnings: string[];
}

export interface SideInfo {
  /** What was given on the command line. */
  spec: string;
  /** "estimate" when the side is a saved Estimate JSON; otherwise how its source was read. */
  kind: 'estimate' | 'app' | 'assembly' | 'template';
  source: { kind: string; path: string };
  usageFile: string | null;
  freeTier: boolean;
  prices: { kind: string; pricesAsOf: string };
  regions: string[];
  summary: { resources: number; priced: number; free: number; usageMissing: number; unsupported: number };
}

export interface ConstructChange extends Delta {
  path: string;
  fqn?: string;
  change: ChangeKind;
  resourcesBefore: number;
  resourcesAfter: number;
}

export interface ResourceChange extends Delta {
  change: ChangeKind;
  /** Construct path on the head side (base side for removed resources). */
  path: string;
  /** Set when the resource was matched by logical id under a different construct path. */
  basePath?: string;
  logicalId: string;
  type: string;
  stack: string;
  /** The construct the user wrote that owns it (head side; base side for removed). */
  owner: string;
  service?: string;
  status: { before: ResourceStatus | null; after: ResourceStatus | null };
  causes: ChangeCause[];
  components: ComponentChange[];
  /** Usage values that differ between the sides (only for changed resources). */
  usageChanges: UsageChange[];
}

export interface ComponentChange extends Delta {
  change: ChangeKind;
  /** Name on the head side (base side for removed components). */
  name: string;
  /** The base side's name when it differs (e.g. "Data nodes (2 × r6g.large.search)"). */
  nameBefore?: string;
  unit: string;
  quantity: { before: string | null; after: string | null };
  unitPrice: { before: string | null; after: string | null };
  priceKey: { before: string | null; after: string | null };
  causes: ChangeCause[];
  /**
   * The usage values this component reads (its pricer's usage keys for it) that differ between the
   * sides: the cause "usage" of this component, not of its siblings. Absent when none differ.
   */
  usage?: UsageChange[];
}

export interface UsageChange {
  key: string;
  /** null: not given on that side. */
  before: number | string | boolean | null;
  after: number | string | boolean | null;
}

export interface UsageMissing {
  path: string;
  type: string;
  keys: string[];
}

export type { BudgetCheck } from '../budgets/budget-check.js';
