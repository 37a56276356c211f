/**
 * AWS::Route53::HostedZone — the zone per month (public or private; AWS charges $-per-zone tiered by
 * the account's zone count, first 25 then the rest, so a zone is priced at the first tier) and
 * standard DNS queries (tiered at one billion a month). Queries to alias records that point at AWS
 * resources are free; latency, geo, geoproximity and IP-based records bill their own query rates,
 * priced on the record set (route53-record-set.ts).
 */
import { Decimal } from '../../money.js';
import { ROUTE53_HOSTED_ZONE, ROUTE53_STANDARD_QUERIES } from '../../pricing/global-price-keys.js';
import { definePricer } from '../pricer.js';
import { list } from '../../model/properties.js';

export const route53HostedZone = definePricer({
  types: ['AWS::Route53::HostedZone'],
  service: 'Route 53',
  serviceCodes: ['AmazonRoute53'],
  usageKeys: [
    {
      name: 'monthlyQueries',
      unit: 'queries/month',
      description: 'Standard DNS queries answered (alias queries to AWS resources are free)',
    },
  ],
  price(ctx) {
    const isPrivate = (list(ctx.resource, 'VPCs') ?? []).length > 0;
    ctx.add({
      name: `Hosted zone (${isPrivate ? 'private' : 'public'})`,
      unit: 'zone-months',
      quantity: new Decimal(1),
      price: { serviceCode: 'AmazonRoute53', key: ROUTE53_HOSTED_ZONE },
      usageBased: false,
    });
    ctx.add({
      name: 'Standard queries',
      unit: 'queries',
      quantity: ctx.usage.number('monthlyQueries'),
      price: { serviceCode: 'AmazonRoute53', key: ROUTE53_STANDARD_QUERIES },
      usageBased: true,
      usageKeys: ['monthlyQueries'],
    });
  },
});
