/**
 * AWS::ApiGateway::RestApi — REST API calls (tiered per month), and the responses it sends to the
 * internet, which API Gateway bills as data transfer out at EC2 rates (API Gateway pricing page:
 * "data transferred out … charged at the Amazon EC2 data transfer rates"), from
 * `avgResponseSizeKB` or `monthlyDataTransferOutGB`. The cache, logs and detailed metrics are
 * priced on the Stage.
 */
import { definePricer } from '../pricer.js';
import {
  DATA_TRANSFER_OUT_KEY,
  DATA_TRANSFER_SERVICE_CODE,
  RESPONSE_SIZE_KEY,
  addResponseDataTransferOut,
} from '../network/data-transfer-out.js';

export const apiGatewayRestApi = definePricer({
  types: ['AWS::ApiGateway::RestApi'],
  service: 'API Gateway',
  serviceCodes: ['AmazonApiGateway', DATA_TRANSFER_SERVICE_CODE],
  usageKeys: [
    { name: 'monthlyRequests', unit: 'requests/month', description: 'API calls received per month' },
    RESPONSE_SIZE_KEY,
    DATA_TRANSFER_OUT_KEY,
    // Not priced: read by the limits checks (payload size maximum).
    { name: 'avgRequestSizeKB', unit: 'KB', description: 'Average request body size (checked against the payload maximum, not priced)' },
  ],
  price(ctx) {
    const requests = ctx.usage.number('monthlyRequests');
    ctx.add({
      name: 'REST API requests',
      unit: 'requests',
      quantity: requests,
      price: { serviceCode: 'AmazonApiGateway', key: 'API Calls' },
      usageBased: true,
      usageKeys: ['monthlyRequests'],
    });
    addResponseDataTransferOut(ctx, requests, 'monthlyRequests');
  },
});
