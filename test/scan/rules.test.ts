/**
 * The rules are pure functions over datasets: each is exercised here with plain objects — no AWS
 * endpoint — on both sides of its threshold.
 */
import { describe, expect, it } from 'vitest';
import { liveResource } from '../../lib/scan/datasets/dataset.js';
import type { DatasetMap, DatasetName } from '../../lib/scan/datasets/index.js';
import { LoadedRegionData } from '../../lib/scan/engine/region-data.js';
import { metricWindow } from '../../lib/scan/metrics/fetch-metrics.js';
import { MetricResults, metricKey, type MetricQuery } from '../../lib/scan/metrics/metric-query.js';
import { idleClassicLoadBalancer } from '../../lib/scan/rules/idle-classic-load-balancer.js';
import { idleEc2Instance } from '../../lib/scan/rules/idle-ec2-instance.js';
import { idleLambdaFunction } from '../../lib/scan/rules/idle-lambda-function.js';
import { idleLoadBalancer } from '../../lib/scan/rules/idle-load-balancer.js';
import { idleNatGateway } from '../../lib/scan/rules/idle-nat-gateway.js';
import { idleRdsInstance } from '../../lib/scan/rules/idle-rds-instance.js';
import { idleSqsQueue } from '../../lib/scan/rules/idle-sqs-queue.js';
import { idleStoppedInstance } from '../../lib/scan/rules/idle-stopped-instance.js';
import { logGroupWithoutRetention } from '../../lib/scan/rules/log-group-without-retention.js';
import { orphanEbsSnapshot } from '../../lib/scan/rules/orphan-ebs-snapshot.js';
import { functionOfLogGroup, orphanLambdaLogGroup } from '../../lib/scan/rules/orphan-lambda-log-group.js';
import { orphanRetainedResource } from '../../lib/scan/rules/orphan-retained-resource.js';
import { orphanStackTag } from '../../lib/scan/rules/orphan-stack-tag.js';
import type { Rule, RuleContext } from '../../lib/scan/rules/rule.js';
import { resolveThresholds } from '../../lib/scan/thresholds.js';
import type { LiveResource } from '../../lib/scan/types.js';

const NOW = new Date('2026-03-15T10:00:00Z');
const OLD = new Date('2025-01-01T00:00:00Z');

function ctx(overrides: Partial<RuleContext> = {}): RuleContext {
  const window = metricWindow(NOW, 14);
  return {
    region: 'eu-west-1',
    now: NOW,
    lookbackDays: 14,
    window,
    thresholds: resolveThresholds(),
    scope: { kind: 'account', stacks: new Set() },
    ...overrides,
  };
}

function data(sets: Partial<DatasetMap>): LoadedRegionData {
  const d = new LoadedRegionData();
  for (const [name, value] of Object.entries(sets)) d.set(name as DatasetName, value as never);
  return d;
}

function res(type: string, id: string, extra: Partial<LiveResource> = {}): LiveResource {
  return liveResource({ id, name: extra.name ?? id, type, region: 'eu-west-1', createdAt: OLD, ...extra });
}

/** Metric results with a daily value for the given days before NOW (1 = yesterday). */
function metrics(series: Array<[MetricQuery, Record<number, number>]>): MetricResults {
  const map = new Map(
    series.map(([q, days]) => [
      metricKey(q),
      {
        query: q,
        points: Object.entries(days)
          .map(([ago, value]) => ({ day: new Date(Date.UTC(2026, 2, 15) - Number(ago) * 86_400_000).toISOString().slice(0, 10), value }))
          .sort((a, b) => (a.day < b.day ? -1 : 1)),
      },
    ]),
  );
  return new MetricResults(map);
}

const none = new MetricResults(new Map());
const run = (rule: Rule, d: LoadedRegionData, m = none, c = ctx()) => rule.evaluate(d, c, m);
const days = (n: number, value: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i + 1, value]));
const noStacks = { live: [], deleted: [], livePhysicalIds: new Set<string>() };

describe('idle rules', () => {
  it('NAT gateway: idle without traffic, or when no route table routes to it, even if new', () => {
    const q = (id: string, metric: string, stat: 'Maximum' | 'Sum') => ({
      namespace: 'AWS/NATGateway',
      metric,
      dimensions: { NatGatewayId: id },
      stat,
    });
    const d = data({
      natGateways: [
        { resource: res('AWS::EC2::NatGateway', 'nat-busy'), state: 'available', routeTables: ['rtb-1'] },
        { resource: res('AWS::EC2::NatGateway', 'nat-quiet'), state: 'available', routeTables: ['rtb-2'] },
        {
          resource: res('AWS::EC2::NatGateway', 'nat-unrouted', { createdAt: new Date('2026-03-14T00:00:00Z') }),
          state: 'available',
          routeTables: [],
        },
      ],
    });
    const m = metrics([
      [q('nat-busy', 'ActiveConnectionCount', 'Maximum'), { 3: 4 }],
      [q('nat-busy', 'PacketsInFromSource', 'Sum'), { 3: 900 }],
    ]);
    const found = run(idleNatGateway, d, m);
    expect(found.map((f) => f.resource.id)).toEqual(['nat-quiet', 'nat-unrouted']);
    expect(found[1]!.evidence.map((e) => e.text)).toEqual(['no route table routes to it']);
    expect(idleNatGateway.metrics!(d, ctx())).toHaveLength(6); // the new one is not judged on traffic
  });

  it('EC2: Trusted Advisor low utilization needs 4 low days (CPU ≤ 10% and network ≤ 5 MB)', () => {
    const q = (id: string) => ({
      cpu: { namespace: 'AWS/EC2', metric: 'CPUUtilization', dimensions: { InstanceId: id }, stat: 'Average' as const },
      in: { namespace: 'AWS/EC2', metric: 'NetworkIn', dimensions: { InstanceId: id }, stat: 'Sum' as const },
    });
    const d = data({
      instances: ['i-three', 'i-four', 'i-chatty', 'i-unknown'].map((id) => ({
        resource: res('AWS::EC2::Instance', id),
        state: 'running',
        volumeIds: [],
      })),
    });
    const m = metrics([
      [q('i-three').cpu, { ...days(14, 50), 1: 5, 2: 5, 3: 5 }],
      [q('i-four').cpu, { ...days(14, 50), 1: 5, 2: 5, 3: 5, 4: 10 }],
      [q('i-chatty').cpu, days(14, 1)],
      [q('i-chatty').in, days(14, 6 * 1024 * 1024)],
    ]);
    expect(run(idleEc2Instance, d, m).map((f) => f.resource.id)).toEqual(['i-four']);
    const looser = ctx({ thresholds: resolveThresholds({ 'ec2.networkMB': '10' }) });
    expect(run(idleEc2Instance, d, m, looser).map((f) => f.resource.id)).toEqual(['i-four', 'i-chatty']);
  });

  it('load balancers: idle with no targets, or under 100 requests on each of the last 7 days', () => {
    const rc = (dim: string) => ({
      namespace: 'AWS/ApplicationELB',
      metric: 'RequestCount',
      dimensions: { LoadBalancer: dim },
      stat: 'Sum' as const,
    });
    const lb = (name: string, targets: number) => ({
      resource: res('AWS::ElasticLoadBalancingV2::LoadBalancer', `arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/${name}/1`, {
        name,
      }),
      kind: 'application' as const,
      metricDimension: `app/${name}/1`,
      registeredTargets: targets,
    });
    const d = data({ loadBalancersV2: [lb('busy', 2), lb('one-good-day', 2), lb('quiet', 2), lb('no-targets', 0)] });
    const m = metrics([
      [rc('app/busy/1'), days(14, 5000)],
      [rc('app/one-good-day/1'), { ...days(14, 10), 6: 100 }],
      [rc('app/quiet/1'), days(14, 99)],
      [rc('app/no-targets/1'), days(14, 5000)],
    ]);
    expect(run(idleLoadBalancer, d, m).map((f) => f.resource.name)).toEqual(['quiet', 'no-targets']);
    const classic = data({ classicLoadBalancers: [{ resource: res('AWS::ElasticLoadBalancing::LoadBalancer', 'web'), instances: 0 }] });
    expect(run(idleClassicLoadBalancer, classic).map((f) => f.evidence[0]!.text)).toEqual(['no instances registered']);
  });

  it('RDS: idle only with no connection on each of the last 7 days', () => {
    const q = (id: string) => ({
      namespace: 'AWS/RDS',
      metric: 'DatabaseConnections',
      dimensions: { DBInstanceIdentifier: id },
      stat: 'Maximum' as const,
    });
    const d = data({
      dbInstances: ['weekly', 'never', 'stopped'].map((id) => ({
        resource: res('AWS::RDS::DBInstance', id),
        status: id === 'stopped' ? 'stopped' : 'available',
      })),
    });
    expect(
      run(
        idleRdsInstance,
        d,
        metrics([
          [q('weekly'), { 7: 1 }],
          [q('never'), { 8: 3 }],
        ]),
      ).map((f) => f.resource.id),
    ).toEqual(['never']);
  });

  it('stopped instances: only after more than 30 days, priced as their volumes', () => {
    const volume = res('AWS::EC2::Volume', 'vol-1', { properties: { VolumeType: 'gp3', Size: 100 } });
    const stoppedSince = (d: string) => ({
      resource: res('AWS::EC2::Instance', `i-${d}`),
      state: 'stopped',
      stateSince: new Date(d),
      volumeIds: ['vol-1'],
    });
    const d = data({
      instances: [stoppedSince('2026-02-20T00:00:00Z'), stoppedSince('2026-02-05T00:00:00Z')],
      volumes: [{ resource: volume, state: 'in-use', attachedTo: [] }],
    });
    const found = run(idleStoppedInstance, d);
    expect(found.map((f) => f.resource.id)).toEqual(['i-2026-02-05T00:00:00Z']);
    expect(found[0]!.costOf).toEqual([volume]);
  });

  it('Lambda: CDK deployment-time handlers are not judged; SQS: dead-letter queues are not judged', () => {
    const stacks = {
      live: [
        {
          name: 'App',
          id: 'arn:stack/App',
          status: 'CREATE_COMPLETE',
          resources: [
            {
              logicalId: 'BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691',
              type: 'AWS::Lambda::Function',
              physicalId: 'App-Handler-1',
              status: 'CREATE_COMPLETE',
              path: 'App/BucketNotificationsHandler050a0587b7544547bf325f094a3db834/Resource',
            },
            {
              logicalId: 'Worker1',
              type: 'AWS::Lambda::Function',
              physicalId: 'App-Worker-1',
              status: 'CREATE_COMPLETE',
              path: 'App/Worker/Resource',
            },
          ],
        },
      ],
      deleted: [],
      livePhysicalIds: new Set(['App-Handler-1', 'App-Worker-1']),
    };
    const d = data({
      stacks,
      functions: ['App-Handler-1', 'App-Worker-1'].map((name) => ({ resource: res('AWS::Lambda::Function', `arn:fn:${name}`, { name }) })),
    });
    const found = run(idleLambdaFunction, d);
    expect(found.map((f) => [f.resource.name, f.stack])).toEqual([['App-Worker-1', 'App']]);
    expect(found[0]!.usage?.monthlyRequests?.value).toBe(0);
    const queues = data({
      queues: [
        { resource: res('AWS::SQS::Queue', 'arn:q:dlq', { name: 'dlq' }), url: 'u1', isDeadLetterQueue: true },
        { resource: res('AWS::SQS::Queue', 'arn:q:jobs', { name: 'jobs' }), url: 'u2', isDeadLetterQueue: false },
      ],
    });
    expect(run(idleSqsQueue, queues).map((f) => f.resource.name)).toEqual(['jobs']);
  });

  it('a function the API gives no creation time for is as old as its stack says it is', () => {
    const stacks = {
      live: [
        {
          name: 'App',
          id: 'arn:stack/App',
          status: 'UPDATE_COMPLETE',
          resources: [
            {
              logicalId: 'Worker1',
              type: 'AWS::Lambda::Function',
              physicalId: 'App-Worker-1',
              status: 'CREATE_COMPLETE',
              createdAt: new Date('2026-03-10T00:00:00Z'),
              path: 'App/Worker/Resource',
            },
          ],
        },
      ],
      deleted: [],
      livePhysicalIds: new Set(['App-Worker-1']),
    };
    // ListFunctions gives no creation time.
    const functions = [
      { resource: { ...res('AWS::Lambda::Function', 'arn:fn:App-Worker-1', { name: 'App-Worker-1' }), createdAt: undefined } },
    ];
    // Created by the stack five days before NOW: too young for a 14-day lookback, judged over 3 days.
    expect(run(idleLambdaFunction, data({ stacks, functions }))).toEqual([]);
    expect(run(idleLambdaFunction, data({ stacks, functions }), none, ctx({ lookbackDays: 3, window: metricWindow(NOW, 3) }))).toHaveLength(
      1,
    );
  });

  it('a function no stack speaks for is as old as its LastModified says (created minutes before the scan)', () => {
    const fresh = [
      {
        resource: res('AWS::Lambda::Function', 'arn:fn:new', {
          name: 'new',
          createdAt: undefined,
          modifiedAt: new Date(NOW.getTime() - 5 * 60_000),
        }),
      },
    ];
    expect(run(idleLambdaFunction, data({ stacks: noStacks, functions: fresh }))).toEqual([]);
    const old = [{ resource: res('AWS::Lambda::Function', 'arn:fn:old', { name: 'old', createdAt: undefined, modifiedAt: OLD }) }];
    expect(run(idleLambdaFunction, data({ stacks: noStacks, functions: old })).map((f) => f.resource.name)).toEqual(['old']);
  });

  it('resources younger than the lookback are not judged idle', () => {
    const d = data({
      queues: [
        {
          resource: res('AWS::SQS::Queue', 'arn:q:new', { name: 'new', createdAt: new Date('2026-03-10T00:00:00Z') }),
          url: 'u',
          isDeadLetterQueue: false,
        },
      ],
    });
    expect(run(idleSqsQueue, d)).toEqual([]);
    expect(run(idleSqsQueue, d, none, ctx({ lookbackDays: 3, window: metricWindow(NOW, 3) }))).toHaveLength(1);
  });
});

describe('orphan rules', () => {
  const stack = (name: string, id: string, resources: Array<[string, string]>) => ({
    name,
    id,
    status: 'UPDATE_COMPLETE',
    resources: resources.map(([logicalId, physicalId]) => ({ logicalId, type: 'AWS::EC2::Volume', physicalId, status: 'UPDATE_COMPLETE' })),
  });
  const tagged = (id: string, stackName: string, stackId: string, logicalId: string) =>
    res('AWS::EC2::Volume', id, {
      tags: {
        'aws:cloudformation:stack-name': stackName,
        'aws:cloudformation:stack-id': stackId,
        'aws:cloudformation:logical-id': logicalId,
      },
    });

  it('stack tags: deleted stack, removed logical id, replaced resource; not the current one', () => {
    const live = stack('Web', 'arn:stack/Web/2', [['Data', 'vol-new']]);
    const d = data({
      stacks: {
        live: [live],
        deleted: [
          { name: 'Old', id: 'arn:stack/Old/1', status: 'DELETE_COMPLETE', deletedAt: new Date('2026-01-02T00:00:00Z'), resources: [] },
        ],
        livePhysicalIds: new Set(['vol-new']),
      },
      volumes: [
        { resource: tagged('vol-new', 'Web', 'arn:stack/Web/2', 'Data'), state: 'in-use', attachedTo: [] },
        { resource: tagged('vol-old', 'Web', 'arn:stack/Web/2', 'Data'), state: 'in-use', attachedTo: [] },
        { resource: tagged('vol-gone', 'Web', 'arn:stack/Web/2', 'Logs'), state: 'in-use', attachedTo: [] },
        { resource: tagged('vol-deleted', 'Old', 'arn:stack/Old/1', 'Data'), state: 'in-use', attachedTo: [] },
        { resource: tagged('vol-recreated', 'Web', 'arn:stack/Web/1', 'Data'), state: 'in-use', attachedTo: [] },
      ],
      stackTags: [
        {
          arn: 'arn:aws:secretsmanager:eu-west-1:1:secret:db-AbC',
          tags: {
            'aws:cloudformation:stack-name': 'Old',
            'aws:cloudformation:stack-id': 'arn:stack/Old/1',
            'aws:cloudformation:logical-id': 'Secret',
          },
        },
      ],
    });
    const found = run(orphanStackTag, d);
    expect(Object.fromEntries(found.map((f) => [f.resource.id, f.evidence[0]!.text]))).toEqual({
      'vol-old': 'stack Web replaced Data with vol-new; this is the old one',
      'vol-gone': 'stack Web no longer contains logical id Logs',
      'vol-deleted': 'stack Old was deleted on 2026-01-02; the resource was left behind',
      'vol-recreated': 'stack Web (arn:stack/Web/1) no longer exists',
      'arn:aws:secretsmanager:eu-west-1:1:secret:db-AbC': 'stack Old was deleted on 2026-01-02; the resource was left behind',
    });
    expect(found.find((f) => f.resource.id.startsWith('arn:aws:secrets'))!.resource.type).toBe('AWS::SecretsManager::Secret');
    const scoped = ctx({ scope: { kind: 'app', stacks: new Set(['Old']) } });
    expect(run(orphanStackTag, d, none, scoped).map((f) => f.resource.id)).toEqual([
      'vol-deleted',
      'arn:aws:secretsmanager:eu-west-1:1:secret:db-AbC',
    ]);
  });

  it('set difference: recorded by a deleted stack, or named by CloudFormation for a known stack; never hand-made ones', () => {
    const d = data({
      stacks: {
        live: [stack('Shop', 'arn:stack/Shop/1', [['Orders', 'Shop-Orders1A2B3C4D-ABCDEFGHIJKL']])],
        deleted: [
          {
            name: 'Gone',
            id: 'arn:stack/Gone/1',
            status: 'DELETE_COMPLETE',
            resources: [
              { logicalId: 'Table', type: 'AWS::DynamoDB::Table', physicalId: 'gone-table', status: 'DELETE_SKIPPED' },
              { logicalId: 'Q', type: 'AWS::SQS::Queue', physicalId: 'deleted-q', status: 'DELETE_COMPLETE' },
            ],
          },
        ],
        livePhysicalIds: new Set(['Shop-Orders1A2B3C4D-ABCDEFGHIJKL']),
      },
      tables: [
        'Shop-Orders1A2B3C4D-ABCDEFGHIJKL',
        'Shop-Carts5E6F7A8B-MNOPQRSTUVWX',
        'gone-table',
        'deleted-q',
        'hand-made',
        'Shopping-list',
      ].map((name) => ({ resource: res('AWS::DynamoDB::Table', `arn:table/${name}`, { name }) })),
    });
    const found = run(orphanRetainedResource, d);
    expect(found.map((f) => [f.resource.name, f.stack])).toEqual([
      ['Shop-Carts5E6F7A8B-MNOPQRSTUVWX', 'Shop'],
      ['gone-table', 'Gone'],
    ]);
  });

  it('Lambda log groups whose function is gone; log groups without retention; snapshots still used by an AMI stay', () => {
    expect(functionOfLogGroup('/aws/lambda/us-east-1.edge-fn')).toBe('edge-fn');
    expect(functionOfLogGroup('/ecs/api')).toBeUndefined();
    const group = (name: string, retentionDays?: number) => ({
      resource: res('AWS::Logs::LogGroup', name),
      storedBytes: 10,
      ...(retentionDays ? { retentionDays } : {}),
    });
    const d = data({
      logGroups: [group('/aws/lambda/alive', 7), group('/aws/lambda/dead', 7), group('/app/forever')],
      functions: [{ resource: res('AWS::Lambda::Function', 'arn:fn', { name: 'alive' }) }],
    });
    expect(run(orphanLambdaLogGroup, d).map((f) => f.resource.id)).toEqual(['/aws/lambda/dead']);
    expect(run(logGroupWithoutRetention, d).map((f) => f.resource.id)).toEqual(['/app/forever']);
    const snapshots = data({
      snapshots: [
        { resource: res('AWS::EC2::Snapshot', 'snap-ami'), volumeId: 'vol-x', sizeGiB: 8, images: ['ami-1'] },
        { resource: res('AWS::EC2::Snapshot', 'snap-live'), volumeId: 'vol-live', sizeGiB: 8, images: [] },
        { resource: res('AWS::EC2::Snapshot', 'snap-orphan'), volumeId: 'vol-x', sizeGiB: 8, images: [] },
      ],
      volumes: [{ resource: res('AWS::EC2::Volume', 'vol-live'), state: 'in-use', attachedTo: ['i-1'] }],
      stacks: noStacks,
    });
    expect(run(orphanEbsSnapshot, snapshots).map((f) => f.resource.id)).toEqual(['snap-orphan']);
  });
});

describe('thresholds', () => {
  it('rejects unknown keys with a suggestion, and non-numbers', () => {
    expect(() => resolveThresholds({ 'ec2.cpuPercnt': '5' })).toThrow(/unknown threshold/);
    try {
      resolveThresholds({ 'ec2.cpuPercnt': '5' });
    } catch (e) {
      expect((e as { hint?: string }).hint).toMatch(/Did you mean ec2.cpuPercent\?/);
    }
    expect(() => resolveThresholds({ 'rds.days': 'seven' })).toThrow(/expected a number/);
    expect(resolveThresholds({ 'rds.days': '3' })['rds.days']).toBe(3);
  });
});
