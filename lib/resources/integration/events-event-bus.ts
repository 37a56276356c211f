/**
 * AWS::Events::EventBus — custom (or partner) events published to the bus, each 64 KB chunk of a
 * payload billed as one event. AWS service events on the default bus are free; a rule is free.
 */
import { definePricer } from '../pricer.js';
import { str } from '../../model/properties.js';
import { chunks64KB, fmt, times } from '../../quantities.js';

export const eventsEventBus = definePricer({
  types: ['AWS::Events::EventBus'],
  service: 'EventBridge',
  serviceCodes: ['AWSEvents'],
  usageKeys: [
    { name: 'monthlyEvents', unit: 'events/month', description: 'Events published to the bus (PutEvents entries)' },
    { name: 'avgEventSizeKB', unit: 'KB', description: 'Average event size; each 64 KB chunk is billed as one event (default 64)' },
  ],
  price(ctx) {
    const partner = str(ctx.resource, 'EventSourceName') !== undefined;
    const events = ctx.usage.number('monthlyEvents');
    const chunks = chunks64KB(ctx.usage.numberOr('avgEventSizeKB', 64));
    ctx.add({
      name: partner ? 'Partner events' : 'Custom events published',
      unit: 'events',
      quantity: times(events, chunks),
      price: { serviceCode: 'AWSEvents', key: 'CloudWatch Events Custom Event' },
      usageBased: true,
      usageKeys: ['monthlyEvents', 'avgEventSizeKB'],
      ...(events && !chunks.eq(1) ? { formula: `${fmt(events)} events × ${fmt(chunks)} chunks of 64 KB` } : {}),
    });
  },
});
