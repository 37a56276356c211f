/**
 * AWS::ApiGateway::Stage — a cache cluster (billed per hour by size), detailed CloudWatch metrics
 * and execution logs (apigateway-stage-observability.ts); free without any of them.
 */
import { definePricer } from '../pricer.js';
import { bool, str } from '../../model/properties.js';
import { monthlyHours } from '../../quantities.js';
import { addStageXRayTraces, XRAY_SERVICE, XRAY_STAGE_USAGE_KEYS } from './xray-traces.js';
import { STAGE_KEYS, addStageObservability } from './apigateway-stage-observability.js';
import type { PriceKeyOf } from '../../pricing/price-keys.js';

/** CacheClusterSize (GB) → AmazonApiGateway rate name ("Caching Memory Size 0 5" is 0.5 GB). */
const CACHE_KEYS: Record<string, PriceKeyOf<'AmazonApiGateway'>> = {
  '0.5': 'Caching Memory Size 0 5',
  '1.6': 'Caching Memory Size 1 6',
  '6.1': 'Caching Memory Size 6 1',
  '13.5': 'Caching Memory Size 13 5',
  '28.4': 'Caching Memory Size 28 4',
  '58.2': 'Caching Memory Size 58 2',
  '118': 'Caching Memory Size 118',
  '237': 'Caching Memory Size 237',
};

export const apiGatewayStage = definePricer({
  types: ['AWS::ApiGateway::Stage'],
  service: 'API Gateway',
  serviceCodes: ['AmazonApiGateway', 'AmazonCloudWatch'],
  optionalServiceCodes: [XRAY_SERVICE],
  // The stage's own monthlyRequests feeds both its execution logs and its X-Ray traces: declared once.
  usageKeys: [...STAGE_KEYS, ...XRAY_STAGE_USAGE_KEYS.filter((key) => key.name !== 'monthlyRequests')],
  price(ctx) {
    const traced = addStageXRayTraces(ctx);
    const observed = addStageObservability(ctx);
    if (bool(ctx.resource, 'CacheClusterEnabled') !== true) {
      if (!traced && !observed) {
        ctx.free(
          'a stage without a cache cluster, detailed metrics, execution logs or tracing has no charge; requests are priced on the API',
        );
      }
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
});
