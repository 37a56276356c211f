/** A synchronous Lambda invocation's payload above the 6 MB maximum is rejected at any load. */
import { limitIn, sizeInKB } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { perRequest, round } from '../load-math.js';

export const lambdaPayload: LimitRule = {
  id: 'lambda-payload',
  description: 'Invocation payload size (avgPayloadSizeKB) against the synchronous invocation maximum',
  types: ['AWS::Lambda::Function'],
  limits: ['lambda.payload-sync'],
  evaluate(input) {
    const kb = input.usage.get('avgPayloadSizeKB');
    const limit = limitIn(input.catalogue, 'lambda.payload-sync', input.resource.region);
    if (kb === undefined || !limit) return [];
    const current = kb / sizeInKB(1, limit.unit);
    const avoid = 'Pass a reference instead of the data: the caller uploads to S3 (presigned URL) and the function reads the object.';
    return perRequest(input, this.id, limit, current, `${round(current, 3)} ${limit.unit} per invocation`, avoid);
  },
};
