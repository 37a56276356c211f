/**
 * AWS::S3::Bucket — Standard storage (GB-month, tiered) and requests.
 */
import type { Pricer } from '../pricer.js';

export const s3Bucket: Pricer = {
  types: ['AWS::S3::Bucket'],
  service: 'S3',
  serviceCodes: ['AmazonS3'],
  usageKeys: [
    { name: 'storageGB', unit: 'GB (average stored over the month)', description: 'Data stored in S3 Standard' },
    { name: 'monthlyPutRequests', unit: 'requests/month', description: 'PUT, COPY, POST and LIST requests' },
    { name: 'monthlyGetRequests', unit: 'requests/month', description: 'GET, SELECT and all other requests' },
  ],
  price(ctx) {
    ctx.add({
      name: 'Standard storage',
      unit: 'GB-months',
      quantity: ctx.usage.number('storageGB'),
      price: { serviceCode: 'AmazonS3', key: 'Standard Storage' },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
    ctx.add({
      name: 'PUT, COPY, POST, LIST requests',
      unit: 'requests',
      quantity: ctx.usage.number('monthlyPutRequests'),
      price: { serviceCode: 'AmazonS3', key: 'PUT COPY/POST or LIST requests per Requests' },
      usageBased: true,
      usageKeys: ['monthlyPutRequests'],
    });
    ctx.add({
      name: 'GET and other requests',
      unit: 'requests',
      quantity: ctx.usage.number('monthlyGetRequests'),
      price: { serviceCode: 'AmazonS3', key: 'GET and all other requests per Requests' },
      usageBased: true,
      usageKeys: ['monthlyGetRequests'],
    });
  },
};
