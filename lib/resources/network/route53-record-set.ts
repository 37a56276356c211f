/**
 * AWS::Route53::RecordSet and AWS::Route53::RecordSetGroup — records have no charge of their own,
 * but latency (Region), geolocation (GeoLocation), geoproximity (GeoProximityLocation) and IP-based
 * (CidrRoutingConfig) records answer queries at their own per-query rates, tiered at one billion a
 * month (Route 53 pricing page, "Queries"). Those queries are priced here, from `monthlyQueries`;
 * simple, weighted, failover and multivalue records answer standard queries, priced on the hosted
 * zone. Queries to alias records that point at AWS resources are free, whatever the policy.
 */
import { ROUTE53_ROUTED_QUERIES, type Route53RoutingPolicy } from '../../pricing/global-price-keys.js';
import { definePricer } from '../pricer.js';
import { list, prop } from '../../model/properties.js';

const LABELS: Record<Route53RoutingPolicy, string> = {
  latency: 'Latency-based routing',
  geolocation: 'Geolocation routing',
  geoproximity: 'Geoproximity routing',
  ipBased: 'IP-based routing',
};

/** The routing policy that sets a record's query rate; undefined for standard queries or free alias queries. */
function routedPolicy(record: Record<string, unknown>): Route53RoutingPolicy | undefined {
  if (prop(record, 'AliasTarget') !== undefined) return undefined;
  if (prop(record, 'Region') !== undefined) return 'latency';
  if (prop(record, 'GeoLocation') !== undefined) return 'geolocation';
  if (prop(record, 'GeoProximityLocation') !== undefined) return 'geoproximity';
  if (prop(record, 'CidrRoutingConfig') !== undefined) return 'ipBased';
  return undefined;
}

export const route53RecordSet = definePricer({
  types: ['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup'],
  service: 'Route 53',
  serviceCodes: ['AmazonRoute53'],
  usageKeys: [
    {
      name: 'monthlyQueries',
      unit: 'queries/month',
      description:
        'Queries answered by latency, geolocation, geoproximity or IP-based records (tiered at 1 billion); ' +
        'standard queries go on the hosted zone',
    },
  ],
  price(ctx) {
    const r = ctx.resource;
    const records =
      r.type === 'AWS::Route53::RecordSetGroup'
        ? (list(r, 'RecordSets') ?? []).filter((x): x is Record<string, unknown> => !!x && typeof x === 'object')
        : [r.properties];
    const policies = [...new Set(records.map(routedPolicy).filter((p): p is Route53RoutingPolicy => !!p))];
    if (policies.length === 0) {
      const alias = records.some((x) => prop(x, 'AliasTarget') !== undefined);
      ctx.free(
        alias
          ? 'queries to alias records that point at AWS resources are free; other queries are priced on the hosted zone'
          : 'records have no charge; their standard queries are priced on the hosted zone',
      );
      return;
    }
    const policy = policies[0]!;
    if (policies.length > 1) {
      ctx.note(
        `the group mixes ${policies.map((p) => LABELS[p].toLowerCase()).join(', ')}: ` +
          `all monthlyQueries priced at the ${LABELS[policy].toLowerCase()} rate`,
      );
    }
    ctx.add({
      name: `${LABELS[policy]} queries`,
      unit: 'queries',
      quantity: ctx.usage.number('monthlyQueries'),
      price: { serviceCode: 'AmazonRoute53', key: ROUTE53_ROUTED_QUERIES[policy] },
      usageBased: true,
      usageKeys: ['monthlyQueries'],
    });
  },
});
