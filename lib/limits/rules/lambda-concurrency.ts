/**
 * Lambda concurrency = peak invocations per second × average duration (Little's law). The quota is
 * shared by every function in the account and Region: this checks each function on its own, and
 * account-limits.ts checks their sum per Region.
 */
import { limitIn } from '../catalogue.js';
import type { LimitRule, UsageNumbers } from '../limit-types.js';
import { peakPerSecond, proportional, round } from '../load-math.js';

/** Peak invocations/s and concurrent executions of one function, or undefined without the usage that tells them. */
export function lambdaPeakConcurrency(usage: UsageNumbers, peakFactor: number): { rate: number; concurrency: number } | undefined {
  const requests = usage.get('monthlyRequests');
  const durationMs = usage.get('avgDurationMs');
  if (requests === undefined || durationMs === undefined) return undefined;
  const rate = peakPerSecond(requests, peakFactor);
  return { rate, concurrency: rate * (durationMs / 1000) };
}

export const LAMBDA_CONCURRENCY_AVOID =
  'Shorten the function, batch work (SQS/Kinesis batches), put a queue in front to smooth peaks, ' +
  'or request a higher concurrency quota; shared by all functions in the account and Region.';

export const lambdaConcurrency: LimitRule = {
  id: 'lambda-concurrency',
  description: 'Concurrent executions at peak (requests/s × duration) against the account concurrency quota',
  types: ['AWS::Lambda::Function'],
  limits: ['lambda.concurrent-executions'],
  evaluate(input) {
    const peak = lambdaPeakConcurrency(input.usage, input.peakFactor);
    const limit = limitIn(input.catalogue, 'lambda.concurrent-executions', input.resource.region);
    if (!peak || !limit) return [];
    const { rate, concurrency } = peak;
    const durationMs = input.usage.get('avgDurationMs')!;
    const load = `${round(rate)} invocations/s at peak × ${round(durationMs / 1000, 3)} s = ${round(concurrency)} concurrent`;
    return proportional(input, this.id, limit, concurrency, load, LAMBDA_CONCURRENCY_AVOID);
  },
};
