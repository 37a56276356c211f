/**
 * Idle thresholds. Defaults follow the best-known published rules, so a finding means what a
 * FinOps reader already expects it to mean; every one can be overridden with --threshold KEY=VALUE.
 */
import { UserError, closest } from '../errors.js';

export interface ThresholdDefinition {
  key: string;
  default: number;
  unit: string;
  description: string;
  /** Where the default comes from. */
  source: string;
}

export const THRESHOLDS: ThresholdDefinition[] = [
  // AWS Trusted Advisor "Low Utilization Amazon EC2 Instances": daily CPU ≤ 10% and network I/O ≤ 5 MB
  // on 4 or more of the last 14 days.
  {
    key: 'ec2.cpuPercent',
    default: 10,
    unit: '%',
    description: 'daily average CPU at or below this counts as a low day',
    source: 'AWS Trusted Advisor, Low Utilization Amazon EC2 Instances',
  },
  {
    key: 'ec2.networkMB',
    default: 5,
    unit: 'MB/day',
    description: 'daily network in + out at or below this counts as a low day',
    source: 'AWS Trusted Advisor, Low Utilization Amazon EC2 Instances',
  },
  {
    key: 'ec2.lowDays',
    default: 4,
    unit: 'days',
    description: 'low days (within the lookback) that make an instance idle',
    source: 'AWS Trusted Advisor, Low Utilization Amazon EC2 Instances',
  },
  // Cloud Custodian's documented "stopped instances" policies and AWS Compute Optimizer both treat a
  // month-long stop as abandonment; the EBS volumes of a stopped instance keep billing.
  {
    key: 'ec2.stoppedDays',
    default: 30,
    unit: 'days',
    description: 'stopped for longer than this, with volumes attached',
    source: 'Cloud Custodian ec2 "state-age" filter examples; AWS Compute Optimizer idle EC2',
  },
  // Trusted Advisor "Idle Load Balancers": fewer than 100 requests per day over the last 7 days, or no
  // (healthy) back-end targets.
  {
    key: 'elb.requestsPerDay',
    default: 100,
    unit: 'requests/day',
    description: 'fewer requests (NLB: new flows) than this on every one of the last days',
    source: 'AWS Trusted Advisor, Idle Load Balancers',
  },
  {
    key: 'elb.days',
    default: 7,
    unit: 'days',
    description: 'the days the request threshold is checked over',
    source: 'AWS Trusted Advisor, Idle Load Balancers',
  },
  // Trusted Advisor "Amazon RDS Idle DB Instances": no connection in the last 7 days.
  {
    key: 'rds.days',
    default: 7,
    unit: 'days',
    description: 'days without any database connection',
    source: 'AWS Trusted Advisor, Amazon RDS Idle DB Instances',
  },
  // Compute Optimizer "idle" NAT gateways / Cloud Custodian nat-gateway metrics filter: no active
  // connections and no packets over the lookback.
  {
    key: 'nat.connections',
    default: 0,
    unit: 'connections',
    description: 'at most this many active connections (max) over the lookback',
    source: 'AWS Compute Optimizer idle resources (NAT gateway); Cloud Custodian nat-gateway metrics filter',
  },
  // Cloud Custodian "unused" filters (lambda invocations, sqs/sns/kinesis/dynamodb metrics) use 0 over
  // the period as the default idea of unused.
  {
    key: 'lambda.invocations',
    default: 0,
    unit: 'invocations',
    description: 'at most this many invocations over the lookback',
    source: 'Cloud Custodian lambda metrics filter (Invocations == 0)',
  },
  {
    key: 'sqs.messagesSent',
    default: 0,
    unit: 'messages',
    description: 'at most this many messages sent over the lookback',
    source: 'Cloud Custodian sqs metrics filter (NumberOfMessagesSent == 0)',
  },
  {
    key: 'sns.published',
    default: 0,
    unit: 'messages',
    description: 'at most this many messages published over the lookback',
    source: 'Cloud Custodian sns metrics filter (NumberOfMessagesPublished == 0)',
  },
  {
    key: 'dynamodb.consumedUnits',
    default: 0,
    unit: 'capacity units',
    description: 'at most this many consumed read + write units over the lookback',
    source: 'Cloud Custodian dynamodb-table metrics filter; AWS Trusted Advisor underutilized provisioned capacity',
  },
  {
    key: 'kinesis.incomingRecords',
    default: 0,
    unit: 'records',
    description: 'at most this many incoming records over the lookback',
    source: 'Cloud Custodian kinesis metrics filter (IncomingRecords == 0)',
  },
  {
    key: 'opensearch.requests',
    default: 0,
    unit: 'requests',
    description: 'at most this many search + indexing requests over the lookback',
    source: 'Cloud Custodian elasticsearch metrics filter',
  },
  {
    key: 'elasticache.commands',
    default: 0,
    unit: 'commands',
    description: 'at most this many get + set commands over the lookback',
    source: 'Cloud Custodian cache-cluster metrics filter',
  },
];

export type Thresholds = Record<string, number>;

export function defaultThresholds(): Thresholds {
  return Object.fromEntries(THRESHOLDS.map((t) => [t.key, t.default]));
}

/** Defaults with the user's overrides; unknown keys and non-numbers are errors that name the key. */
export function resolveThresholds(overrides: Record<string, string> = {}): Thresholds {
  const out = defaultThresholds();
  for (const [key, raw] of Object.entries(overrides)) {
    if (!(key in out)) {
      const guess = closest(key, Object.keys(out));
      throw new UserError(
        `--threshold ${key}: unknown threshold.`,
        `${guess ? `Did you mean ${guess}? ` : ''}Known: ${Object.keys(out).join(', ')}.`,
      );
    }
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0) {
      throw new UserError(`--threshold ${key}=${raw}: expected a number ≥ 0.`);
    }
    out[key] = value;
  }
  return out;
}
