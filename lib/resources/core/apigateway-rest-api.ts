/**
 * AWS::ApiGateway::RestApi — REST API calls (tiered per month). The cache, if any, is priced on the Stage.
 */
import type { Pricer } from '../pricer.js';

export const apiGatewayRestApi: Pricer = {
  types: ['AWS::ApiGateway::RestApi'],
  service: 'API Gateway',
  serviceCodes: ['AmazonApiGateway'],
  usageKeys: [{ name: 'monthlyRequests', unit: 'requests/month', description: 'API calls received per month' }],
  price(ctx) {
    ctx.add({
      name: 'REST API requests',
      unit: 'requests',
      quantity: ctx.usage.number('monthlyRequests'),
      price: { serviceCode: 'AmazonApiGateway', key: 'API Calls' },
      usageBased: true,
      usageKeys: ['monthlyRequests'],
    });
  },
};
