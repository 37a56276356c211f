/** An SQS message above the maximum (or the queue's MaximumMessageSize) is rejected at any load. */
import { limitIn, sizeInKB } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { perRequest, round } from '../load-math.js';

export const sqsMessageSize: LimitRule = {
  id: 'sqs-message-size',
  description:
    "Message size (avgMessageSizeKB) against the SendMessage maximum, or the queue's MaximumMessageSize when the template sets one",
  types: ['AWS::SQS::Queue'],
  limits: ['sqs.message-size'],
  evaluate(input) {
    const kb = input.usage.get('avgMessageSizeKB');
    const limit = limitIn(input.catalogue, 'sqs.message-size', input.resource.region);
    if (kb === undefined || !limit) return [];
    // MaximumMessageSize (bytes) lowers the maximum for this queue; then that is the limit.
    const set = input.model?.properties['MaximumMessageSize'];
    const applied =
      typeof set === 'number' && set / 1024 < sizeInKB(limit.value, limit.unit)
        ? { ...limit, name: `${limit.name}, lowered by MaximumMessageSize`, value: set / 1024, unit: 'KB' }
        : limit;
    const current = kb / sizeInKB(1, applied.unit);
    const avoid = 'Store the payload in S3 and send its key (claim check; the SQS Extended Client Library does this).';
    return perRequest(input, this.id, applied, current, `${round(current)} ${applied.unit} per message`, avoid);
  },
};
