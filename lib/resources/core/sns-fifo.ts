/**
 * SNS FIFO topics bill what standard topics do not: the payload published (per GB) and every
 * message delivered to a subscription (per message, plus its payload per GB). Deliveries go to
 * SQS FIFO queues only. Payload needs the average message size, so it is usage-missing without it.
 */
import { Decimal } from '../../money.js';
import type { PricerContext } from '../pricer.js';
import { fmt, times } from '../../quantities.js';

const KB_PER_GB = new Decimal(1024).times(1024);

export function addFifoCharges(ctx: PricerContext, publishes: Decimal | undefined, subscriptions: number): void {
  const sizeKb = ctx.usage.number('avgMessageSizeKB'); // recorded as missing when not given
  if (sizeKb === undefined) ctx.note('FIFO payload (per GB) needs avgMessageSizeKB');
  const publishedGb = times(publishes, sizeKb)?.div(KB_PER_GB);
  ctx.add({
    name: 'FIFO publish payload',
    unit: 'GB',
    quantity: publishedGb,
    price: { serviceCode: 'AmazonSNS', key: 'SNS FIFO Publish Payload per GB' },
    usageBased: true,
    usageKeys: ['monthlyRequests', 'avgMessageSizeKB'],
  });
  if (subscriptions === 0) return;
  const n = new Decimal(subscriptions);
  ctx.add({
    name: `FIFO subscription messages (${subscriptions} subscription${subscriptions > 1 ? 's' : ''})`,
    unit: 'messages',
    quantity: times(publishes, n),
    price: { serviceCode: 'AmazonSNS', key: 'Amazon SNS FIFO Subscription Messages per Messages' },
    usageBased: true,
    usageKeys: ['monthlyRequests'],
    ...(publishes ? { formula: `${fmt(publishes)} messages × ${subscriptions} subscription${subscriptions > 1 ? 's' : ''}` } : {}),
  });
  ctx.add({
    name: 'FIFO subscription payload',
    unit: 'GB',
    quantity: times(publishedGb, n),
    price: { serviceCode: 'AmazonSNS', key: 'Amazon SNS FIFO Subscription Messages Payload per GB' },
    usageBased: true,
    usageKeys: ['monthlyRequests', 'avgMessageSizeKB'],
  });
}
