/**
 * The scan's vocabulary: a live resource as the inventory saw it, a finding about it, and the
 * report (the one object the table, json and markdown renderers read — like the Estimate).
 */
import type { ComponentCost } from '../estimate/estimate-types.js';
import type { AccountSummary, TagGroups } from './organization/org-types.js';

/** 1.1: `account` on findings, gaps and skipped regions, `accounts[]` and `groups` (organization scans, --group-by-tag). */
export const SCAN_SCHEMA_VERSION = '1.1';

/** One resource of the account, as a describe/list call returned it. */
export interface LiveResource {
  /** The identifier a user searches for in the console: the ARN where there is one, else the service's id. */
  id: string;
  /** Short display name (function name, volume id, queue name, …). */
  name: string;
  /** CloudFormation type, so the estimate's pricers can price it (AWS::EC2::Volume, …). */
  type: string;
  region: string;
  tags: Record<string, string>;
  createdAt?: Date;
  /**
   * When the resource last changed (Lambda LastModified), for services that give no creation time:
   * a function changed within the lookback has not been there, as it is, for the whole window.
   */
  modifiedAt?: Date;
  /** CloudFormation-shaped properties read from the describe output (what the pricer reads). */
  properties: Record<string, unknown>;
  /** Usage known from live state (stored bytes, …), as usage keys of the type's pricer. */
  usage?: Record<string, LiveUsage>;
  /** Every id CloudFormation may report as this resource's physical id (name, ARN, URL, IP, …). */
  physicalIds: string[];
}

export interface LiveUsage {
  value: number;
  /** Where the number came from, e.g. "DescribeLogGroups storedBytes = 1,234,567". */
  explanation: string;
}

export type FindingKind = 'orphaned' | 'idle';

export interface MetricEvidence {
  namespace: string;
  metric: string;
  stat: string;
  dimensions: Record<string, string>;
  /** Daily datapoints [ISO date, value]; days without a datapoint are absent. */
  datapoints: Array<[string, number]>;
}

export interface Evidence {
  text: string;
  metric?: MetricEvidence;
  tags?: Record<string, string>;
}

/** What a rule returns: the resource, why, and what to do. The engine prices it and merges rules. */
export interface RuleFinding {
  resource: LiveResource;
  /** The CloudFormation stack the resource belongs (or belonged) to, if known. */
  stack?: string;
  evidence: Evidence[];
  action: string;
  /** Usage for pricing that the rule learned (e.g. 0 invocations → monthlyRequests 0). */
  usage?: Record<string, LiveUsage>;
  /** When the waste is other resources' cost (a stopped instance's volumes): price these instead. */
  costOf?: LiveResource[];
  /** Why the waste cannot be priced, when the rule knows (shown instead of a cost). */
  unpricedReason?: string;
}

export type CostStatus = 'priced' | 'not-priced' | 'free';

export interface FindingCost {
  status: CostStatus;
  /** Monthly USD as an exact decimal string; null when not priced. */
  monthly: string | null;
  /** Why not priced or free ("no pricer for AWS::Kinesis::Stream yet"). */
  reason?: string;
  service?: string;
  components: ComponentCost[];
  notes: string[];
}

export interface Finding {
  kind: FindingKind;
  /** Ids of the rules that matched (several rules may match one resource; one finding each resource). */
  rules: string[];
  message: string;
  resource: { id: string; name: string; type: string; region: string; tags: Record<string, string> };
  stack: string | null;
  evidence: Evidence[];
  cost: FindingCost;
  action: string;
  /** The account the resource lives in (organization scans; absent when one account was scanned). */
  account?: string;
}

export interface CoverageGap {
  region: string;
  service: string;
  operation: string;
  code: string;
  message: string;
  /** Rules that could not run because of this gap. */
  rulesSkipped: string[];
  /** Organization scans: the account the gap is in. */
  account?: string;
}

export interface SkippedRegion {
  region: string;
  reason: string;
  /** Organization scans: the account the region was skipped in. */
  account?: string;
}

export interface ApiCallSummary {
  total: number;
  byService: Record<string, number>;
  cloudWatchGetMetricData: number;
  metricQueries: number;
}

export interface ScanReport {
  schemaVersion: string;
  currency: 'USD';
  hoursPerMonth: number;
  scannedAt: string;
  lookbackDays: number;
  window: { start: string; end: string };
  scope: { kind: 'account' | 'app'; source: string | null; stacks: string[] };
  regions: string[];
  prices: { kind: string; location: string; pricesAsOf: string };
  totals: { monthlyWaste: string; findings: number; priced: number; notPriced: number; orphaned: number; idle: number };
  /** Sorted by monthly waste, largest first; not-priced findings after priced ones. */
  findings: Finding[];
  gaps: CoverageGap[];
  /** How many rules the scan has, and which of them could not run in some region (a gap left their data unread). */
  coverage: { rules: number; notRun: string[] };
  skippedRegions: SkippedRegion[];
  thresholds: Record<string, number>;
  apiCalls: ApiCallSummary;
  notes: string[];
  /** Organization scans (--accounts / --organization): one entry per account, scanned or not. */
  accounts?: AccountSummary[];
  /** --group-by-tag: the waste per value of that tag on the findings' resources. */
  groups?: TagGroups;
}
