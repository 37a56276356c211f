/**
 * AWS::SQS::Queue — API requests (standard or FIFO, tiered); every 64 KB chunk of a payload is a request.
 */
import { definePricer } from '../pricer.js';
import { bool } from '../../model/properties.js';
import { chunks64KB, fmt, times } from '../../quantities.js';

export const sqsQueue = definePricer({
  types: ['AWS::SQS::Queue'],
  service: 'SQS',
  serviceCodes: ['AWSQueueService'],
  usageKeys: [
    { name: 'monthlyRequests', unit: 'requests/month', description: 'API requests (send, receive, delete, …) per month' },
    { name: 'avgMessageSizeKB', unit: 'KB', description: 'Average payload size; each 64 KB chunk is billed as one request (default 64)' },
  ],
  price(ctx) {
    const fifo = bool(ctx.resource, 'FifoQueue') === true;
    const requests = ctx.usage.number('monthlyRequests');
    const chunks = chunks64KB(ctx.usage.numberOr('avgMessageSizeKB', 64));
    ctx.add({
      name: fifo ? 'FIFO requests' : 'Standard requests',
      unit: 'requests',
      quantity: times(requests, chunks),
      price: { serviceCode: 'AWSQueueService', key: fifo ? 'FIFO first-in first-out per Requests' : 'Standard per Requests' },
      usageBased: true,
      usageKeys: ['monthlyRequests', 'avgMessageSizeKB'],
      ...(requests && !chunks.eq(1) ? { formula: `${fmt(requests)} requests × ${fmt(chunks)} chunks of 64 KB` } : {}),
    });
  },
});
