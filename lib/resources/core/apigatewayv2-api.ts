/**
 * AWS::ApiGatewayV2::Api — HTTP APIs (requests, tiered; each 512 KB counts as a request) or
 * WebSocket APIs (messages, tiered, and connection minutes).
 */
import { definePricer } from '../pricer.js';
import { str } from '../../model/properties.js';

export const apiGatewayV2Api = definePricer({
  types: ['AWS::ApiGatewayV2::Api'],
  service: 'API Gateway',
  serviceCodes: ['AmazonApiGateway'],
  usageKeys: [
    { name: 'monthlyRequests', unit: 'requests/month', description: 'HTTP API requests per month (each 512 KB counts as one)' },
    { name: 'avgRequestSizeKB', unit: 'KB', description: 'Average request body size (checked against the payload maximum, not priced)' },
    { name: 'monthlyMessages', unit: 'messages/month', description: 'WebSocket messages sent and received (each 32 KB counts as one)' },
    { name: 'monthlyConnectionMinutes', unit: 'minutes/month', description: 'WebSocket connection minutes' },
  ],
  price(ctx) {
    const protocol = str(ctx.resource, 'ProtocolType') ?? 'HTTP';
    if (protocol === 'WEBSOCKET') {
      ctx.add({
        name: 'WebSocket messages',
        unit: 'messages',
        quantity: ctx.usage.number('monthlyMessages'),
        price: { serviceCode: 'AmazonApiGateway', key: 'WebSocket Messages' },
        usageBased: true,
        usageKeys: ['monthlyMessages'],
      });
      ctx.add({
        name: 'WebSocket connection minutes',
        unit: 'minutes',
        quantity: ctx.usage.number('monthlyConnectionMinutes'),
        price: { serviceCode: 'AmazonApiGateway', key: 'WebSocket Connection Minutes' },
        usageBased: true,
        usageKeys: ['monthlyConnectionMinutes'],
      });
      return;
    }
    ctx.add({
      name: 'HTTP API requests',
      unit: 'requests',
      quantity: ctx.usage.number('monthlyRequests'),
      price: { serviceCode: 'AmazonApiGateway', key: 'ApiGatewayHttpApi' },
      usageBased: true,
      usageKeys: ['monthlyRequests'],
    });
  },
});
