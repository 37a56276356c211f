/** A Lambda invocation longer than the 15-minute maximum fails whatever the load. */
import { limitIn } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { perRequest, round } from '../load-math.js';

export const lambdaTimeout: LimitRule = {
  id: 'lambda-timeout',
  description: 'Average invocation duration against the maximum function timeout',
  types: ['AWS::Lambda::Function'],
  limits: ['lambda.timeout'],
  evaluate(input) {
    const durationMs = input.usage.get('avgDurationMs');
    const limit = limitIn(input.catalogue, 'lambda.timeout', input.resource.region);
    if (durationMs === undefined || !limit) return [];
    const seconds = durationMs / 1000;
    const avoid = 'Split the work into steps (Step Functions), process in smaller batches, or run it on Fargate/ECS.';
    return perRequest(input, this.id, limit, seconds, `${round(seconds)} s per invocation`, avoid);
  },
};
