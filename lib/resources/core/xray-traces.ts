/**
 * X-Ray traces for a traced resource (a Lambda function with TracingConfig Mode Active, an API Gateway
 * stage with TracingEnabled): traces recorded = requests × the sampling rate. Without an
 * `xraySamplingRate`, AWS's default sampling rule applies — the first request each second and 5% of
 * any additional requests (X-Ray developer guide, "default sampling rule: 1 request per second and
 * 5 percent of additional requests") — taken over a 730-hour month of evenly spread traffic:
 * min(R, S) + 5% × max(0, R − S) with S = 2,628,000 seconds. Traces retrieved and scanned are
 * priced when their usage keys are given.
 */
import { Decimal } from '../../money.js';
import type { ResourceModel } from '../../model/architecture.js';
import { type PricerContext, defineUsageKeys } from '../pricer.js';
import { fmt, HOURS_PER_MONTH } from '../../quantities.js';

export const XRAY_SERVICE = 'AWSXRay';
const SERVICE = XRAY_SERVICE;
const SECONDS_PER_MONTH = HOURS_PER_MONTH.times(3600);
const DEFAULT_FIXED_RATE = new Decimal('0.05');

/** A function with active tracing or a stage with TracingEnabled: only they record traces. */
export function isTraced(resource: ResourceModel): boolean {
  const tracing = resource.properties.TracingConfig as { Mode?: unknown } | undefined;
  const enabled = resource.properties.TracingEnabled;
  return tracing?.Mode === 'Active' || enabled === true || enabled === 'true';
}

export const XRAY_USAGE_KEYS = defineUsageKeys([
  {
    name: 'xraySamplingRate',
    unit: 'fraction',
    description: "X-Ray: share of requests traced (default: AWS's rule, 1 req/s + 5%)",
    appliesTo: isTraced,
  },
  {
    name: 'xrayTracesRetrieved',
    unit: 'traces/month',
    description: 'X-Ray: traces retrieved (console, BatchGetTraces)',
    appliesTo: isTraced,
  },
  { name: 'xrayTracesScanned', unit: 'traces/month', description: 'X-Ray: traces scanned by queries and insights', appliesTo: isTraced },
]);

/** An optional usage value: read when given, never reported as missing. */
function optional(ctx: PricerContext, key: string): Decimal | undefined {
  return ctx.usage.has(key) ? ctx.usage.number(key) : undefined;
}

/** Traces the default sampling rule records from `requests` evenly spread over the month. */
export function defaultRuleTraces(requests: Decimal): Decimal {
  const reservoir = Decimal.min(requests, SECONDS_PER_MONTH);
  return reservoir.plus(DEFAULT_FIXED_RATE.times(Decimal.max(0, requests.minus(SECONDS_PER_MONTH))));
}

/** Adds the X-Ray components of a traced resource whose monthly requests are `requests`. */
export function addXRayTraces(ctx: PricerContext, requests: Decimal | undefined, requestKey: string): void {
  const rate = optional(ctx, 'xraySamplingRate');
  const traces = requests && (rate ? requests.times(rate) : defaultRuleTraces(requests));
  const formula =
    requests &&
    (rate ? `${fmt(requests)} requests × ${fmt(rate)} sampled` : `default rule: min(${fmt(requests)}, 2,628,000 s × 1/s) + 5% of the rest`);
  ctx.add({
    name: 'X-Ray traces recorded',
    unit: 'traces',
    quantity: traces,
    price: { serviceCode: SERVICE, key: 'Traces Stored' },
    usageBased: true,
    usageKeys: [requestKey, 'xraySamplingRate'],
    ...(formula ? { formula } : {}),
  });
  const optionalLines = [
    ['xrayTracesRetrieved', 'X-Ray traces retrieved', 'Traces Retrieved'],
    ['xrayTracesScanned', 'X-Ray traces scanned', 'Traces Scanned'],
  ] as const;
  for (const [key, name, priceKey] of optionalLines) {
    const quantity = optional(ctx, key);
    if (!quantity) continue;
    ctx.add({ name, unit: 'traces', quantity, price: { serviceCode: SERVICE, key: priceKey }, usageBased: true, usageKeys: [key] });
  }
}

/** API Gateway stages: the stage's own traced requests are a usage key (the API's requests are priced on the API). */
export const XRAY_STAGE_USAGE_KEYS = defineUsageKeys([
  { name: 'monthlyRequests', unit: 'requests/month', description: 'X-Ray: requests through this stage (when TracingEnabled)' },
  ...XRAY_USAGE_KEYS,
]);

/** Adds the stage's X-Ray components when TracingEnabled; true when it did. */
export function addStageXRayTraces(ctx: PricerContext): boolean {
  if (ctx.resource.properties.TracingEnabled !== true && ctx.resource.properties.TracingEnabled !== 'true') return false;
  addXRayTraces(ctx, ctx.usage.number('monthlyRequests'), 'monthlyRequests');
  return true;
}

/** Lambda: active tracing (TracingConfig.Mode Active) records traces of its invocations. */
export function addLambdaXRayTraces(ctx: PricerContext, requests: Decimal | undefined): void {
  const tracing = ctx.resource.properties.TracingConfig as { Mode?: unknown } | undefined;
  if (tracing?.Mode === 'Active') addXRayTraces(ctx, requests, 'monthlyRequests');
}
