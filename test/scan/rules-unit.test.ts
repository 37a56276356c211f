/**
 * One unit test per scan rule that rules.test.ts does not exercise (before, these seven were only
 * covered end to end against the emulator): hand-made dataset records and CloudWatch series, no
 * AWS endpoint, each rule just inside (a finding) and just outside (none) of its threshold. The
 * metric queries are written out here, not taken from the rule, so a wrong metric name or
 * dimension fails too.
 */
import { describe, expect, it } from 'vitest';
import { liveResource } from '../../lib/scan/datasets/dataset.js';
import type { DatasetMap, DatasetName } from '../../lib/scan/datasets/index.js';
import { LoadedRegionData } from '../../lib/scan/engine/region-data.js';
import { metricWindow } from '../../lib/scan/metrics/fetch-metrics.js';
import { type MetricQuery, MetricResults, metricKey } from '../../lib/scan/metrics/metric-query.js';
import { idleDynamodbTable } from '../../lib/scan/rules/idle-dynamodb-table.js';
import { idleElasticacheCluster } from '../../lib/scan/rules/idle-elasticache-cluster.js';
import { idleKinesisStream } from '../../lib/scan/rules/idle-kinesis-stream.js';
import { idleOpensearchDomain } from '../../lib/scan/rules/idle-opensearch-domain.js';
import { idleSnsTopic } from '../../lib/scan/rules/idle-sns-topic.js';
import { orphanEbsVolume } from '../../lib/scan/rules/orphan-ebs-volume.js';
import { orphanElasticIp } from '../../lib/scan/rules/orphan-elastic-ip.js';
import type { Rule, RuleContext } from '../../lib/scan/rules/rule.js';
import { resolveThresholds } from '../../lib/scan/thresholds.js';
import type { LiveResource } from '../../lib/scan/types.js';

const NOW = new Date('2026-03-15T10:00:00Z');
const OLD = new Date('2025-01-01T00:00:00Z');
const ACCOUNT = '123456789012';

function ctx(thresholds: Record<string, string> = {}): RuleContext {
  return {
    region: 'eu-west-1',
    now: NOW,
    lookbackDays: 14,
    window: metricWindow(NOW, 14),
    thresholds: resolveThresholds(thresholds),
    scope: { kind: 'account', stacks: new Set() },
  };
}

function data(sets: Partial<DatasetMap>): LoadedRegionData {
  const d = new LoadedRegionData();
  for (const [name, value] of Object.entries(sets)) d.set(name as DatasetName, value as never);
  return d;
}

function res(type: string, id: string, name = id, extra: Partial<LiveResource> = {}): LiveResource {
  return liveResource({ id, name, type, region: 'eu-west-1', createdAt: OLD, ...extra });
}

/** Each query's total as one datapoint three days before NOW (inside the 14-day window). */
function metrics(totals: Array<[MetricQuery, number]>): MetricResults {
  const day = new Date(Date.UTC(2026, 2, 12)).toISOString().slice(0, 10);
  return new MetricResults(new Map(totals.map(([q, value]) => [metricKey(q), { query: q, points: [{ day, value }] }])));
}

const sum = (namespace: string, metric: string, dimensions: Record<string, string>): MetricQuery => ({
  namespace,
  metric,
  dimensions,
  stat: 'Sum',
});

interface ZeroTrafficCase {
  rule: Rule;
  thresholdKey: string;
  /** The dataset holding one record per resource name. */
  records(names: string[]): Partial<DatasetMap>;
  /** The CloudWatch counters whose sum over the lookback is compared with the threshold. */
  queries(name: string): MetricQuery[];
}

const ZERO_TRAFFIC: ZeroTrafficCase[] = [
  {
    rule: idleDynamodbTable,
    thresholdKey: 'dynamodb.consumedUnits',
    records: (names) => ({ tables: names.map((n) => ({ resource: res('AWS::DynamoDB::Table', n) })) }),
    queries: (n) => [
      sum('AWS/DynamoDB', 'ConsumedReadCapacityUnits', { TableName: n }),
      sum('AWS/DynamoDB', 'ConsumedWriteCapacityUnits', { TableName: n }),
    ],
  },
  {
    rule: idleElasticacheCluster,
    thresholdKey: 'elasticache.commands',
    records: (names) => ({ cacheClusters: names.map((n) => ({ resource: res('AWS::ElastiCache::CacheCluster', n), engine: 'redis' })) }),
    queries: (n) => [
      sum('AWS/ElastiCache', 'GetTypeCmds', { CacheClusterId: n }),
      sum('AWS/ElastiCache', 'SetTypeCmds', { CacheClusterId: n }),
    ],
  },
  {
    rule: idleElasticacheCluster,
    thresholdKey: 'elasticache.commands',
    records: (names) => ({
      cacheClusters: names.map((n) => ({ resource: res('AWS::ElastiCache::CacheCluster', n), engine: 'memcached' })),
    }),
    queries: (n) => [sum('AWS/ElastiCache', 'CmdGet', { CacheClusterId: n }), sum('AWS/ElastiCache', 'CmdSet', { CacheClusterId: n })],
  },
  {
    rule: idleKinesisStream,
    thresholdKey: 'kinesis.incomingRecords',
    records: (names) => ({ streams: names.map((n) => ({ resource: res('AWS::Kinesis::Stream', n) })) }),
    queries: (n) => [sum('AWS/Kinesis', 'IncomingRecords', { StreamName: n })],
  },
  {
    rule: idleOpensearchDomain,
    thresholdKey: 'opensearch.requests',
    records: (names) => ({
      domains: names.map((n) => ({
        resource: res('AWS::OpenSearchService::Domain', `arn:aws:es:eu-west-1:${ACCOUNT}:domain/${n}`, n),
      })) as DatasetMap['domains'],
    }),
    // OpenSearch publishes per domain and account: the ClientId dimension is the account id from the ARN.
    queries: (n) => [
      sum('AWS/ES', 'SearchRate', { DomainName: n, ClientId: ACCOUNT }),
      sum('AWS/ES', 'IndexingRate', { DomainName: n, ClientId: ACCOUNT }),
    ],
  },
  {
    rule: idleSnsTopic,
    thresholdKey: 'sns.published',
    records: (names) => ({ topics: names.map((n) => ({ resource: res('AWS::SNS::Topic', n) })) as DatasetMap['topics'] }),
    queries: (n) => [sum('AWS/SNS', 'NumberOfMessagesPublished', { TopicName: n })],
  },
];

describe.each(ZERO_TRAFFIC.map((c) => [`${c.rule.id} (${c.queries('x')[0]!.metric})`, c] as const))('%s', (_name, c) => {
  /** A total of `total` over the rule's counters, the last counter carrying the remainder (all are summed). */
  const traffic = (name: string, total: number): Array<[MetricQuery, number]> => {
    const qs = c.queries(name);
    return qs.map((q, i) => [
      q,
      i === qs.length - 1 ? total - Math.floor(total / qs.length) * (qs.length - 1) : Math.floor(total / qs.length),
    ]);
  };

  it('asks CloudWatch for exactly its counters', () => {
    const d = data(c.records(['a']));
    expect(c.rule.metrics!(d, ctx()).map(metricKey).sort()).toEqual(c.queries('a').map(metricKey).sort());
  });

  it('default threshold 0: nothing counted is idle, one counted is not', () => {
    const d = data(c.records(['silent', 'one']));
    const found = c.rule.evaluate(d, ctx(), metrics(traffic('one', 1)));
    expect(found.map((f) => f.resource.name)).toEqual(['silent']);
    expect(found[0]!.evidence).toHaveLength(c.queries('silent').length);
    expect(found[0]!.evidence[0]!.text).toContain(`${c.thresholdKey} ≤ 0`);
  });

  it('a raised threshold: at it is idle, one above is not', () => {
    const d = data(c.records(['at', 'above']));
    const m = metrics([...traffic('at', 50), ...traffic('above', 51)]);
    const found = c.rule.evaluate(d, ctx({ [c.thresholdKey]: '50' }), m);
    expect(found.map((f) => f.resource.name)).toEqual(['at']);
  });

  it('a resource younger than the lookback is not judged', () => {
    const records = c.records(['new']);
    for (const list of Object.values(records)) for (const r of list as Array<{ resource: LiveResource }>) r.resource.createdAt = NOW;
    expect(c.rule.evaluate(data(records), ctx(), metrics([]))).toEqual([]);
  });
});

describe('orphan-ebs-volume', () => {
  const volume = (id: string, state: string) => ({
    resource: res('AWS::EC2::Volume', id, id, { properties: { Size: 100, VolumeType: 'gp3' } }),
    state,
    attachedTo: state === 'in-use' ? ['i-1'] : [],
  });

  it('"available" (attached to nothing) is an orphan; "in-use" and a volume still being created are not', () => {
    const d = data({ volumes: [volume('vol-free', 'available'), volume('vol-used', 'in-use'), volume('vol-new', 'creating')] });
    const found = orphanEbsVolume.evaluate(d, ctx(), metrics([]));
    expect(found.map((f) => f.resource.id)).toEqual(['vol-free']);
    expect(found[0]!.evidence[0]!.text).toBe('state "available": attached to no instance (100 GiB gp3, created 2025-01-01)');
  });
});

describe('orphan-elastic-ip', () => {
  const address = (id: string, associated: boolean) => ({
    resource: res('AWS::EC2::EIP', id, `203.0.113.${id.length}`),
    associated,
    ...(associated ? { associatedWith: 'eni-1' } : {}),
  });

  it('an address associated with nothing is an orphan; an associated one is not', () => {
    const d = data({ addresses: [address('eipalloc-free', false), address('eipalloc-used', true)] });
    const found = orphanElasticIp.evaluate(d, ctx(), metrics([]));
    expect(found.map((f) => f.resource.id)).toEqual(['eipalloc-free']);
    expect(found[0]!.evidence[0]!.text).toContain('is associated with no instance or network interface');
  });
});
