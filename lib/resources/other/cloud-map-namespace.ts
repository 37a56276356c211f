/**
 * AWS::ServiceDiscovery::PrivateDnsNamespace / PublicDnsNamespace — Cloud Map creates a Route 53
 * hosted zone for the namespace, billed per zone-month like any hosted zone (the foundation's free
 * list said "billed by Route 53", but that zone is in no template, so nothing priced it). HTTP
 * namespaces create none and are free.
 */
import { Decimal } from '../../money.js';
import { ROUTE53_HOSTED_ZONE } from '../../pricing/global-price-keys.js';
import { definePricer } from '../pricer.js';

export const cloudMapNamespace = definePricer({
  types: [
    'AWS::ServiceDiscovery::PrivateDnsNamespace',
    'AWS::ServiceDiscovery::PublicDnsNamespace',
    'AWS::ServiceDiscovery::HttpNamespace',
  ],
  service: 'Route 53',
  serviceCodes: ['AmazonRoute53'],
  usageKeys: [],
  price(ctx) {
    const type = ctx.resource.type;
    if (type === 'AWS::ServiceDiscovery::HttpNamespace') {
      ctx.free('an HTTP namespace creates no hosted zone and has no charge');
      return;
    }
    const kind = type.endsWith('PrivateDnsNamespace') ? 'private' : 'public';
    ctx.add({
      name: `Hosted zone Cloud Map creates (${kind})`,
      unit: 'zone-months',
      quantity: new Decimal(1),
      price: { serviceCode: 'AmazonRoute53', key: ROUTE53_HOSTED_ZONE },
      usageBased: false,
    });
    ctx.note('DNS queries to the namespace and Cloud Map service registrations are not priced');
  },
});
