/**
 * Messages in flight per queue (received, not yet deleted). The template gives the visibility
 * timeout, the longest a received message stays in flight; usage gives API requests, of which a
 * message takes three (send, receive, delete). So in flight ≤ peak messages/s × VisibilityTimeout,
 * an upper bound that consumers deleting sooner stay under; skipped when the timeout is not set.
 */
import { limitIn } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { peakPerSecond, proportional, round } from '../load-math.js';

const REQUESTS_PER_MESSAGE = 3;

export const sqsInFlight: LimitRule = {
  id: 'sqs-in-flight',
  description: 'Peak messages received per second × the visibility timeout, against the in-flight quota per queue',
  types: ['AWS::SQS::Queue'],
  limits: ['sqs.in-flight-standard', 'sqs.in-flight-fifo'],
  evaluate(input) {
    const requests = input.usage.get('monthlyRequests');
    const timeout = input.model?.properties['VisibilityTimeout'];
    const fifo = input.model?.properties['FifoQueue'] === true;
    const limit = limitIn(input.catalogue, fifo ? 'sqs.in-flight-fifo' : 'sqs.in-flight-standard', input.resource.region);
    if (requests === undefined || typeof timeout !== 'number' || !limit) return [];
    const messages = peakPerSecond(requests / REQUESTS_PER_MESSAGE, input.peakFactor);
    const inFlight = messages * timeout;
    const load =
      `${round(messages)} messages/s at peak (3 requests each) × ${round(timeout)} s visibility timeout = ` +
      `${round(inFlight)} in flight at most`;
    const avoid = 'Delete messages as soon as they are processed, shorten the visibility timeout, or spread the load over more queues.';
    return proportional(input, this.id, limit, inFlight, load, avoid);
  },
};
