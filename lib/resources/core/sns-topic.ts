/**
 * AWS::SNS::Topic — publish requests (64 KB chunks) and deliveries to each subscription in the app,
 * by protocol (deliveries to SQS and Lambda have no charge, HTTP and email do). FIFO topics bill
 * payload and subscription messages instead (sns-fifo.ts).
 */
import { Decimal } from '../../money.js';
import { referencing } from '../../model/find-resources.js';
import { definePricer } from '../pricer.js';
import { bool, list, str } from '../../model/properties.js';
import { chunks64KB, fmt, times } from '../../quantities.js';
import { addFifoCharges } from './sns-fifo.js';
import type { PriceKeyOf } from '../../pricing/price-keys.js';

/** Delivery price by subscription protocol (AmazonSNS rate names). */
const DELIVERY_KEYS: Record<string, PriceKeyOf<'AmazonSNS'>> = {
  sqs: 'Amazon SQS Notifications',
  lambda: 'AWS Lambda Notifications',
  http: 'HTTP Notifications',
  https: 'HTTP Notifications',
  email: 'SNS Email and Email JSON Notifications',
  'email-json': 'SNS Email and Email JSON Notifications',
  firehose: 'Amazon Kinesis Data Firehose Messages',
};

export const snsTopic = definePricer({
  types: ['AWS::SNS::Topic'],
  service: 'SNS',
  serviceCodes: ['AmazonSNS'],
  usageKeys: [
    { name: 'monthlyRequests', unit: 'publishes/month', description: 'Messages published per month' },
    { name: 'avgMessageSizeKB', unit: 'KB', description: 'Average message size; each 64 KB chunk is billed as one request (default 64)' },
  ],
  price(ctx) {
    const r = ctx.resource;
    const fifo = bool(r, 'FifoTopic') === true;
    const publishes = ctx.usage.number('monthlyRequests');
    const chunks = chunks64KB(ctx.usage.numberOr('avgMessageSizeKB', 64));
    ctx.add({
      name: fifo ? 'FIFO publish requests' : 'Publish requests',
      unit: 'requests',
      quantity: times(publishes, chunks),
      price: { serviceCode: 'AmazonSNS', key: fifo ? 'Amazon SNS FIFO API Requests per Requests' : 'Amazon SNS API Requests' },
      usageBased: true,
      usageKeys: ['monthlyRequests', 'avgMessageSizeKB'],
    });

    const protocols: string[] = [];
    for (const sub of referencing(ctx.architecture, r, 'AWS::SNS::Subscription', 'TopicArn'))
      protocols.push(str(sub, 'Protocol') ?? 'unknown');
    for (const inline of list(r, 'Subscription') ?? []) protocols.push(str(inline as Record<string, unknown>, 'Protocol') ?? 'unknown');
    if (fifo) {
      addFifoCharges(ctx, publishes, protocols.length);
      return;
    }
    const counts = new Map<string, number>();
    for (const p of protocols) counts.set(p.toLowerCase(), (counts.get(p.toLowerCase()) ?? 0) + 1);
    for (const [protocol, count] of [...counts.entries()].sort()) {
      const key = DELIVERY_KEYS[protocol];
      if (!key) {
        ctx.note(
          `${count} ${protocol} subscription(s): ${protocol} deliveries are not priced ` +
            `(${protocol === 'sms' ? 'SMS prices vary by destination country' : 'unsupported protocol'})`,
        );
        continue;
      }
      const deliveries = times(publishes, new Decimal(count));
      ctx.add({
        name: `${protocol.toUpperCase()} deliveries (${count} subscription${count > 1 ? 's' : ''})`,
        unit: 'notifications',
        quantity: deliveries,
        price: { serviceCode: 'AmazonSNS', key },
        usageBased: true,
        usageKeys: ['monthlyRequests'],
        ...(publishes ? { formula: `${fmt(publishes)} messages × ${count} subscription${count > 1 ? 's' : ''}` } : {}),
      });
    }
    if (protocols.length) ctx.note('each message is assumed delivered to every subscription (no filter policies applied)');
  },
});
