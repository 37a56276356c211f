/**
 * Lambda concurrency = peak invocations per second × average duration (Little's law). The quota is
 * shared by every function in the account and Region; this checks each function on its own.
 */
import { limitIn } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { peakPerSecond, proportional, round } from '../load-math.js';

export const lambdaConcurrency: LimitRule = {
  id: 'lambda-concurrency',
  description: 'Concurrent executions at peak (requests/s × duration) against the account concurrency quota',
  types: ['AWS::Lambda::Function'],
  limits: ['lambda.concurrent-executions'],
  evaluate(input) {
    const requests = input.usage.get('monthlyRequests');
    const durationMs = input.usage.get('avgDurationMs');
    const limit = limitIn(input.catalogue, 'lambda.concurrent-executions', input.resource.region);
    if (requests === undefined || durationMs === undefined || !limit) return [];
    const rate = peakPerSecond(requests, input.peakFactor);
    const concurrency = rate * (durationMs / 1000);
    const load = `${round(rate)} invocations/s at peak × ${round(durationMs / 1000, 3)} s = ${round(concurrency)} concurrent`;
    const avoid =
      'Shorten the function, batch work (SQS/Kinesis batches), put a queue in front to smooth peaks, ' +
      'or request a higher concurrency quota; shared by all functions in the account and Region.';
    return proportional(input, this.id, limit, concurrency, load, avoid);
  },
};
