/**
 * AWS::ServiceDiscovery::Service — AWS Cloud Map bills each registered resource (service instance)
 * per month and discovery API calls per call; both are usage keys. AWS::ServiceDiscovery::Instance —
 * one registered instance a template declares. AWS's data lists two API-call rates ("API Call", "API
 * Call DIR-API-Calls") at the same price with nothing to tell them apart; lookups use "API Call".
 * The namespace's hosted zone is priced on the namespace (cloud-map-namespace.ts); DNS queries to it
 * are Route 53 queries.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';

const SERVICE = 'AWSCloudMap';

export const cloudMapService = definePricer({
  types: ['AWS::ServiceDiscovery::Service'],
  service: 'Cloud Map',
  serviceCodes: [SERVICE],
  usageKeys: [
    { name: 'registeredInstances', unit: 'instances', description: 'Service instances registered (e.g. ECS tasks), on average' },
    { name: 'monthlyLookups', unit: 'calls/month', description: 'Discovery API calls (DiscoverInstances)' },
  ],
  price(ctx) {
    ctx.add({
      name: 'Registered instances',
      unit: 'resource-months',
      quantity: ctx.usage.number('registeredInstances'),
      price: { serviceCode: SERVICE, key: 'Resource' },
      usageBased: true,
      usageKeys: ['registeredInstances'],
    });
    ctx.add({
      name: 'Discovery API calls',
      unit: 'calls',
      quantity: ctx.usage.number('monthlyLookups'),
      price: { serviceCode: SERVICE, key: 'API Call' },
      usageBased: true,
      usageKeys: ['monthlyLookups'],
    });
  },
});

export const cloudMapInstance = definePricer({
  types: ['AWS::ServiceDiscovery::Instance'],
  service: 'Cloud Map',
  serviceCodes: [SERVICE],
  usageKeys: [],
  price(ctx) {
    ctx.add({
      name: 'Registered instance',
      unit: 'resource-months',
      quantity: new Decimal(1),
      price: { serviceCode: SERVICE, key: 'Resource' },
      usageBased: false,
    });
  },
});
