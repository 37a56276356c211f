/**
 * `usage pull`: for each stack of the app that is deployed, the resources' physical ids, then every
 * metric the measured usage keys need in one batched GetMetricData run per region (the scan's
 * fetchMetrics: ≤ 500 queries a call), then the values. Keys are only those the resource's pricer
 * reads (`usageKeys`, with `appliesTo`). Nothing is invented: a key without datapoints is listed.
 */
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { UserError } from '../errors.js';
import { nodeName } from '../graph/flow-graph.js';
import type { Architecture, ResourceModel } from '../model/architecture.js';
import type { PricerLookup } from '../usage/resolve-usage.js';
import type { ClientFactory } from '../scan/aws/clients.js';
import { fetchMetrics } from '../scan/metrics/fetch-metrics.js';
import type { MetricQuery, MetricResults } from '../scan/metrics/metric-query.js';
import { deployedStack, type DeployedStack } from './deployed-stacks.js';
import { type Measured, PER_GB, rounded } from './metric-rules.js';
import { metricPlan, type MetricPlan } from './metric-sources.js';
import type { PullWindow } from './pull-window.js';

export interface PulledResource {
  selector: string;
  resource: ResourceModel;
  values: Measured[];
  /** Measured keys CloudWatch had no datapoint for, or why the resource could not be measured. */
  withoutData: string[];
}

export interface PullResult {
  window: PullWindow;
  stacks: Array<{ name: string; region: string; deployed: boolean; status?: string }>;
  resources: PulledResource[];
  /** Usage-bearing resources of types `usage pull` does not measure (their keys stay as they are). */
  notMeasured: Array<{ selector: string; type: string }>;
  /** Metric queries sent, and GetMetricData calls they took. */
  metricQueries: number;
}

export interface PullOptions {
  architecture: Architecture;
  pricers: PricerLookup;
  clients: ClientFactory;
  window: PullWindow;
}

interface Planned {
  pulled: PulledResource;
  plan: MetricPlan;
  region: string;
  physicalId: string;
}

export async function pullUsage(options: PullOptions): Promise<PullResult> {
  const { architecture, pricers, clients, window } = options;
  const stacks: PullResult['stacks'] = [];
  const deployed: Array<{ model: Architecture['stacks'][number]; live: DeployedStack }> = [];
  for (const model of architecture.stacks) {
    if (model.parent) continue; // nested stacks: measured through the parent's resources when deployed (not yet)
    const live = await deployedStack(clients, model.name, model.region);
    stacks.push({ name: model.name, region: model.region, deployed: Boolean(live), ...(live ? { status: live.status } : {}) });
    if (live) deployed.push({ model, live });
  }
  if (deployed.length === 0) {
    throw new UserError(
      `None of the stacks of ${architecture.source.path} is deployed: ` +
        `${stacks.map((s) => `${s.name} (${s.region})`).join(', ') || 'the source has no stacks'}.`,
      'Deploy the app first (cdk deploy), or give the region it is deployed in with --region.',
    );
  }

  const planned: Planned[] = [];
  const resources: PulledResource[] = [];
  const notMeasured: PullResult['notMeasured'] = [];
  for (const { model, live } of deployed) {
    for (const r of model.resources) {
      const keys = new Set((pricers.pricerFor(r.type)?.usageKeys ?? []).filter((k) => k.appliesTo?.(r) ?? true).map((k) => k.name));
      if (keys.size === 0) continue;
      const selector = nodeName(r);
      const physicalId = live.physicalIds.get(r.logicalId);
      const pulled: PulledResource = { selector, resource: r, values: [], withoutData: [] };
      if (!physicalId) {
        const plan = metricPlan(r, '');
        if (plan === undefined) notMeasured.push({ selector, type: r.type });
        else {
          pulled.withoutData.push(`not in the deployed stack ${live.name}`);
          resources.push(pulled);
        }
        continue;
      }
      const plan = metricPlan(r, physicalId);
      if (plan === undefined) {
        notMeasured.push({ selector, type: r.type });
        continue;
      }
      resources.push(pulled);
      if (typeof plan === 'string') {
        pulled.withoutData.push(plan);
        continue;
      }
      const rules = plan.rules.filter((rule) => keys.has(rule.key));
      planned.push({ pulled, plan: { ...plan, rules }, region: plan.region ?? model.region, physicalId });
    }
  }

  // One batched fetch per region: every query of every resource there.
  const byRegion = new Map<string, MetricQuery[]>();
  for (const p of planned) byRegion.set(p.region, [...(byRegion.get(p.region) ?? []), ...p.plan.rules.flatMap((rule) => rule.queries)]);
  const results = new Map<string, MetricResults>();
  let metricQueries = 0;
  for (const [region, queries] of byRegion) {
    const fetched = await fetchMetrics(clients, region, queries, window);
    metricQueries += fetched.size;
    results.set(region, fetched);
  }

  for (const p of planned) {
    for (const rule of p.plan.rules) {
      const measured = rule.compute(results.get(p.region)!, window);
      if (measured) p.pulled.values.push(measured);
      else p.pulled.withoutData.push(rule.key);
    }
    if (p.plan.describe === 'dynamodb-table-size') {
      const size = await tableSize(clients, p.region, p.physicalId);
      if (size !== undefined) p.pulled.values.push(size);
      else p.pulled.withoutData.push('storageGB');
    }
  }
  return { window, stacks, resources, notMeasured, metricQueries };
}

/** DynamoDB updates TableSizeBytes about every six hours; it is the table's size now, not a window average. */
async function tableSize(clients: ClientFactory, region: string, table: string): Promise<Measured | undefined> {
  const t = (await clients.get(DynamoDBClient, region).send(new DescribeTableCommand({ TableName: table }))).Table;
  if (t?.TableSizeBytes === undefined) return undefined;
  return {
    key: 'storageGB',
    value: rounded(t.TableSizeBytes * PER_GB),
    source: `DynamoDB DescribeTable TableSizeBytes = ${t.TableSizeBytes} (bytes → GB, 1024³), now`,
  };
}
