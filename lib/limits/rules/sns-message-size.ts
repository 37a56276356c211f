/** An SNS message above the topic's default maximum size is rejected at any load. */
import { limitIn, sizeInKB } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { perRequest, round } from '../load-math.js';

export const snsMessageSize: LimitRule = {
  id: 'sns-message-size',
  description: 'Message size (avgMessageSizeKB) against the topic default maximum',
  types: ['AWS::SNS::Topic'],
  limits: ['sns.message-size'],
  evaluate(input) {
    const kb = input.usage.get('avgMessageSizeKB');
    const limit = limitIn(input.catalogue, 'sns.message-size', input.resource.region);
    if (kb === undefined || !limit) return [];
    // The template may raise the maximum (MaximumMessageSize, bytes); then that is the limit.
    const raised = input.model?.properties['MaximumMessageSize'];
    const applied = typeof raised === 'number' ? { ...limit, value: raised / 1024, unit: 'KB' } : limit;
    const current = kb / sizeInKB(1, applied.unit);
    const avoid = "Store the payload in S3 and publish its key (claim check), or raise the topic's MaximumMessageSize (up to 1 MiB).";
    return perRequest(input, this.id, applied, current, `${round(current)} ${applied.unit} per message`, avoid);
  },
};
