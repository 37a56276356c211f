/**
 * Lambda's concurrency scaling rate per function: a sudden step from the average to the peak load
 * needs (peak − average) new execution environments, and Lambda adds at most the catalogue's figure
 * per 10 s to each function; requests above that are throttled (429) until it catches up.
 */
import { limitIn } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { peakPerSecond, proportional, round } from '../load-math.js';

export const lambdaScalingRate: LimitRule = {
  id: 'lambda-scaling-rate',
  description: 'New execution environments a jump from average to peak load needs, against the per-function scaling rate',
  types: ['AWS::Lambda::Function'],
  limits: ['lambda.scaling-rate'],
  evaluate(input) {
    const requests = input.usage.get('monthlyRequests');
    const durationMs = input.usage.get('avgDurationMs');
    const limit = limitIn(input.catalogue, 'lambda.scaling-rate', input.resource.region);
    if (requests === undefined || durationMs === undefined || !limit) return [];
    const seconds = durationMs / 1000;
    const peak = peakPerSecond(requests, input.peakFactor) * seconds;
    const average = peakPerSecond(requests, 1) * seconds;
    const step = peak - average;
    const load =
      `a step from ${round(average)} to ${round(peak)} concurrent (peak factor ${input.peakFactor}) ` +
      `needs ${round(step)} new environments at once`;
    const avoid =
      'Ramp traffic up gradually, keep warm capacity with provisioned concurrency, or put a queue in front so the function scales at ' +
      'its own pace.';
    return proportional(input, this.id, limit, step, load, avoid);
  },
};
