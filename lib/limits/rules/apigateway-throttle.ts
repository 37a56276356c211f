/**
 * API Gateway's account throttle per Region (region-specific default). Shared by all APIs in the
 * account and Region: this checks each API on its own, and account-limits.ts checks their sum.
 */
import { limitIn } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { peakPerSecond, proportional, round } from '../load-math.js';

export const API_THROTTLE_AVOID =
  'Fewer, larger calls (batch, or upload to S3 with a presigned URL instead of chunks through the API), ' +
  'CloudFront caching, or request a higher throttle quota.';

export const apiGatewayThrottle: LimitRule = {
  id: 'apigateway-throttle',
  description: 'Peak requests per second against the account throttle quota in the Region',
  types: ['AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api'],
  limits: ['apigateway.throttle'],
  evaluate(input) {
    const requests = input.usage.get('monthlyRequests');
    const limit = limitIn(input.catalogue, 'apigateway.throttle', input.resource.region);
    if (requests === undefined || !limit) return [];
    const rate = peakPerSecond(requests, input.peakFactor);
    return proportional(input, this.id, limit, rate, `${round(rate)} requests/s at peak`, API_THROTTLE_AVOID);
  },
};
