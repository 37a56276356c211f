/**
 * What a REST API stage's MethodSettings cost in CloudWatch.
 *
 * Detailed metrics (MetricsEnabled): API Gateway then publishes its 7 metrics (4XXError, 5XXError,
 * CacheHitCount, CacheMissCount, Count, IntegrationLatency, Latency) for every method — dimension
 * ApiName, Method, Resource, Stage — billed as custom metrics (API Gateway Developer Guide,
 * "Amazon API Gateway dimensions and metrics"; CloudWatch pricing). A setting for "/*" and "*"
 * covers every AWS::ApiGateway::Method of the API; others cover the one method they name.
 *
 * Execution logging (LoggingLevel INFO or ERROR, DataTraceEnabled): standard CloudWatch Logs
 * ingestion, requests × bytes logged per request (`logBytesPerRequest`). Its default is a stated
 * assumption, not AWS data: INFO writes about 20 execution-log lines of about 100 bytes per request
 * (2 KB); data tracing adds the request and response headers and bodies, which API Gateway cuts at
 * 1,024 bytes per log event (4 KB in all). ERROR logs only failing requests: no default.
 */
import { Decimal } from '../../money.js';
import { referencedResource, referencing } from '../../model/find-resources.js';
import type { ResourceModel } from '../../model/architecture.js';
import { type PricerContext, defineUsageKeys } from '../pricer.js';
import { bool, list, str } from '../../model/properties.js';
import { fmt } from '../../quantities.js';

export const STAGE_KEYS = defineUsageKeys([
  {
    name: 'monthlyRequests',
    unit: 'requests/month',
    description: "Requests to this stage (for execution logs and X-Ray traces); usually the API's monthlyRequests",
  },
  {
    name: 'logBytesPerRequest',
    unit: 'bytes',
    description: 'Execution-log bytes per request (default 2,048 at INFO, 4,096 with data tracing; none at ERROR)',
  },
]);

/** API Gateway's metrics per dimension. */
const METRICS_PER_METHOD = 7;
const DEFAULT_LOG_BYTES = { info: 2048, dataTrace: 4096 };

type Setting = Record<string, unknown>;

export function addStageObservability(ctx: PricerContext): boolean {
  const settings = (list(ctx.resource, 'MethodSettings') ?? []).filter((s): s is Setting => !!s && typeof s === 'object');
  const metrics = addDetailedMetrics(ctx, settings);
  const logs = addExecutionLogs(ctx, settings);
  return metrics || logs;
}

const isAll = (s: Setting): boolean => (str(s, 'ResourcePath') ?? '/*') === '/*' && (str(s, 'HttpMethod') ?? '*') === '*';

function methodsOf(ctx: PricerContext): { count: number; why: string } {
  const api: ResourceModel | undefined = referencedResource(ctx.architecture, ctx.resource, ctx.resource.properties.RestApiId);
  if (!api) {
    ctx.note('RestApiId is not an API in this template: detailed metrics priced for 1 method');
    return { count: 1, why: 'methods unknown, 1 assumed' };
  }
  const methods = referencing(ctx.architecture, api, 'AWS::ApiGateway::Method', 'RestApiId').filter(
    (m) => str(m, 'HttpMethod') !== 'OPTIONS',
  );
  return { count: methods.length, why: `${methods.length} methods of ${api.logicalId} (CORS OPTIONS aside)` };
}

function addDetailedMetrics(ctx: PricerContext, settings: Setting[]): boolean {
  const enabled = settings.filter((s) => bool(s, 'MetricsEnabled') === true);
  if (enabled.length === 0) return false;
  const methods = enabled.some(isAll)
    ? methodsOf(ctx)
    : { count: enabled.length, why: `${enabled.length} method setting${enabled.length > 1 ? 's' : ''}` };
  if (methods.count === 0) return false;
  const metrics = new Decimal(methods.count * METRICS_PER_METHOD);
  ctx.add({
    name: `Detailed CloudWatch metrics (${METRICS_PER_METHOD} per method)`,
    unit: 'metrics',
    quantity: metrics,
    price: { serviceCode: 'AmazonCloudWatch', key: 'Metric' },
    usageBased: false,
    formula: `${methods.why} × ${METRICS_PER_METHOD} metrics`,
  });
  return true;
}

function addExecutionLogs(ctx: PricerContext, settings: Setting[]): boolean {
  const levels = settings.map((s) => (str(s, 'LoggingLevel') ?? 'OFF').toUpperCase());
  const dataTrace = settings.some((s) => bool(s, 'DataTraceEnabled') === true);
  const info = levels.includes('INFO');
  if (!info && !dataTrace && !levels.includes('ERROR')) return false;
  const requests = ctx.usage.number('monthlyRequests');
  const fallback = dataTrace ? DEFAULT_LOG_BYTES.dataTrace : info ? DEFAULT_LOG_BYTES.info : undefined;
  const given = ctx.usage.has('logBytesPerRequest');
  // Read through usage.number when there is no default, so the key is reported missing.
  const bytes = given || fallback === undefined ? ctx.usage.number('logBytesPerRequest') : new Decimal(fallback);
  const level = dataTrace ? 'INFO with data tracing' : info ? 'INFO' : 'ERROR';
  if (!given && fallback !== undefined) {
    ctx.note(`execution logging ${level}: assumed ${fmt(fallback)} bytes logged per request; set logBytesPerRequest`);
  }
  if (!given && fallback === undefined) {
    ctx.note('execution logging at ERROR logs only failing requests: give logBytesPerRequest (bytes per request on average)');
  }
  ctx.add({
    name: `Execution logs (${level})`,
    unit: 'GB',
    quantity: requests && bytes ? requests.times(bytes).div(1024 ** 3) : undefined,
    price: { serviceCode: 'AmazonCloudWatch', key: 'Logs Collected Data Ingestion' },
    usageBased: true,
    usageKeys: ['monthlyRequests', ...(fallback === undefined || given ? ['logBytesPerRequest'] : [])],
    formula: `${requests ? fmt(requests) : '?'} requests × ${bytes ? fmt(bytes) : '?'} bytes ÷ 1,073,741,824 bytes/GB`,
  });
  return true;
}
