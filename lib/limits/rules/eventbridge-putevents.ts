/** EventBridge PutEvents: the entry size maximum (any load) and the Region's account rate. */
import { limitIn, sizeInKB } from '../catalogue.js';
import type { LimitFinding, LimitRule } from '../limit-types.js';
import { peakPerSecond, perRequest, proportional, round } from '../load-math.js';

export const eventBridgePutEvents: LimitRule = {
  id: 'eventbridge-putevents',
  description: "Event size against the PutEvents entry maximum; peak events per second against the Region's PutEvents quota",
  types: ['AWS::Events::EventBus'],
  limits: ['eventbridge.putevents-entry-size', 'eventbridge.putevents-rate'],
  evaluate(input) {
    const findings: LimitFinding[] = [];
    const region = input.resource.region;
    const sizeKB = input.usage.get('avgEventSizeKB');
    const sizeLimit = limitIn(input.catalogue, 'eventbridge.putevents-entry-size', region);
    if (sizeKB !== undefined && sizeLimit) {
      const current = sizeKB / sizeInKB(1, sizeLimit.unit);
      findings.push(
        ...perRequest(
          input,
          this.id,
          sizeLimit,
          current,
          `${round(current)} ${sizeLimit.unit} per event`,
          'Put the payload in S3 and send its key in the event (claim check).',
        ),
      );
    }
    const events = input.usage.get('monthlyEvents');
    const rateLimit = limitIn(input.catalogue, 'eventbridge.putevents-rate', region);
    if (events !== undefined && rateLimit) {
      const rate = peakPerSecond(events, input.peakFactor);
      // PutEvents takes up to 10 entries per call; counting one call per event is the worst case.
      findings.push(
        ...proportional(
          input,
          this.id,
          rateLimit,
          rate,
          `${round(rate)} events/s at peak, one event per PutEvents call`,
          'Batch entries (up to 10 per PutEvents call), or request a higher PutEvents quota.',
        ),
      );
    }
    return findings;
  },
};
