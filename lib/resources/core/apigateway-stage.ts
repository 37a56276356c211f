/**
 * AWS::ApiGateway::Stage — free unless it runs a cache cluster, which is billed per hour by size.
 */
import type { Pricer } from '../pricer.js';
import { bool, str } from '../properties.js';
import { monthlyHours } from '../quantities.js';
import { addStageXRayTraces, XRAY_SERVICE, XRAY_STAGE_USAGE_KEYS } from './xray-traces.js';

/** CacheClusterSize (GB) → AmazonApiGateway rate name ("Caching Memory Size 0 5" is 0.5 GB). */
const CACHE_KEYS: Record<string, string> = {
  '0.5': 'Caching Memory Size 0 5',
  '1.6': 'Caching Memory Size 1 6',
  '6.1': 'Caching Memory Size 6 1',
  '13.5': 'Caching Memory Size 13 5',
  '28.4': 'Caching Memory Size 28 4',
  '58.2': 'Caching Memory Size 58 2',
  '118': 'Caching Memory Size 118',
  '237': 'Caching Memory Size 237',
};

export const apiGatewayStage: Pricer = {
  types: ['AWS::ApiGateway::Stage'],
  service: 'API Gateway',
  serviceCodes: ['AmazonApiGateway', XRAY_SERVICE],
  usageKeys: XRAY_STAGE_USAGE_KEYS,
  price(ctx) {
    const traced = addStageXRayTraces(ctx);
    if (bool(ctx.resource, 'CacheClusterEnabled') !== true) {
      if (!traced) ctx.free('a stage without a cache cluster has no charge; requests are priced on the API');
      return;
    }
    const size = str(ctx.resource, 'CacheClusterSize') ?? '0.5';
    const key = CACHE_KEYS[size];
    if (!key) {
      ctx.unsupported(`cache cluster size ${size} GB is not one API Gateway offers`);
      return;
    }
    ctx.add({
      name: `Cache cluster (${size} GB)`,
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: 'AmazonApiGateway', key },
      usageBased: false,
    });
  },
};
