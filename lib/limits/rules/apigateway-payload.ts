/** A request body above API Gateway's payload maximum is rejected at any load. */
import { limitIn, sizeInKB } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { perRequest, round } from '../load-math.js';

export const apiGatewayPayload: LimitRule = {
  id: 'apigateway-payload',
  description: 'Request size (avgRequestSizeKB) against the REST / HTTP API payload maximum',
  types: ['AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api'],
  limits: ['apigateway.rest-payload', 'apigateway.http-payload'],
  evaluate(input) {
    const kb = input.usage.get('avgRequestSizeKB');
    const id = input.resource.type === 'AWS::ApiGateway::RestApi' ? 'apigateway.rest-payload' : 'apigateway.http-payload';
    const limit = limitIn(input.catalogue, id, input.resource.region);
    if (kb === undefined || !limit) return [];
    const current = kb / sizeInKB(1, limit.unit);
    const avoid = 'Upload to S3 with a presigned URL (multipart for large files) and send only the object key through the API.';
    return perRequest(input, this.id, limit, current, `${round(current, 3)} ${limit.unit} per request`, avoid);
  },
};
