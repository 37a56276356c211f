/**
 * AWS::Events::Archive — events archived are billed per GB processed into the archive, and the
 * archive per GB-month stored (the foundation's free list said "priced with the event bus usage",
 * which no pricer did).
 */
import { definePricer } from '../pricer.js';

export const eventsArchive = definePricer({
  types: ['AWS::Events::Archive'],
  service: 'EventBridge',
  serviceCodes: ['AWSEvents'],
  usageKeys: [
    { name: 'monthlyArchivedGB', unit: 'GB/month', description: 'Event data written to the archive per month' },
    { name: 'storageGB', unit: 'GB', description: 'Event data kept in the archive (grows with RetentionDays)' },
  ],
  price(ctx) {
    ctx.add({
      name: 'Events archived',
      unit: 'GB',
      quantity: ctx.usage.number('monthlyArchivedGB'),
      price: { serviceCode: 'AWSEvents', key: 'CloudWatch Events Archive Event' },
      usageBased: true,
      usageKeys: ['monthlyArchivedGB'],
    });
    ctx.add({
      name: 'Archive storage',
      unit: 'GB-months',
      quantity: ctx.usage.number('storageGB'),
      price: { serviceCode: 'AWSEvents', key: 'CloudWatch Events Event Storage' },
      usageBased: true,
      usageKeys: ['storageGB'],
    });
  },
});
