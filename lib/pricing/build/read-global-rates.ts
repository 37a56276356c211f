/**
 * Rates of globally priced services. CloudFront bills by the edge location's pricing region
 * ("United States", "EU", …), Route 53 bills hosted zones and health checks and CloudWatch bills
 * dashboards account-wide, so their metered-unit maps list these rates under locations that are not AWS Regions ("", "Any").
 * The region readers skip such locations; this reader picks the rates up by name and writes them
 * into every region's file under the keys of lib/pricing/global-price-keys.ts — the charge is the
 * same whichever region the stack is deployed to. Each record keeps the rate's own rateCode.
 *
 * Tier bounds come from the data itself: CloudFront's data-transfer rates carry their upper bound
 * in GB ("Per Month": "10240", …, "Inf"); the others from their rate names ("first 25",
 * "up to 50"). Every tier of one price must carry the same SKU, as the Price List API's tiers do.
 */
import { join } from 'node:path';
import {
  CLOUDFRONT_DEDICATED_IP_SSL,
  CLOUDFRONT_EDGE_REGIONS,
  CLOUDFRONT_INVALIDATION_PATHS,
  CLOUDWATCH_DASHBOARD,
  ROUTE53_HEALTH_CHECK_AWS,
  ROUTE53_HEALTH_CHECK_FEATURES_AWS,
  ROUTE53_HEALTH_CHECK_FEATURES_OTHER,
  ROUTE53_HEALTH_CHECK_OTHER,
  ROUTE53_HOSTED_ZONE,
  ROUTE53_ROUTED_QUERIES,
  type Route53RoutingPolicy,
  cloudFrontDataOutKey,
  cloudFrontDataToOriginKey,
  cloudFrontRequestsKey,
} from '../global-price-keys.js';
import type { TierTuple } from '../snapshot/format.js';
import type { PriceCatalog } from './collector.js';
import type { Locations } from './locations.js';
import { normalizePrice } from './read-metered.js';
import { readJsonFile } from './read-json.js';

interface Rate {
  rateCode?: string;
  price?: string;
  'Per Month'?: string;
}

interface GlobalRate extends Rate {
  name: string;
}

interface TierSpec {
  rate: string;
  from: string;
  to: string | null;
  freeTier?: true;
}

const ON_DEMAND_TERM = 'JRTCKXETXF';

export function readGlobalRates(dataDir: string, locations: Locations, catalog: PriceCatalog): void {
  const regions = Object.keys(locations.byRegion).sort();
  readCloudFront(dataDir, locations, catalog, regions);
  readRoute53(dataDir, locations, catalog, regions);
  readCloudWatchDashboards(dataDir, locations, catalog, regions);
}

function readCloudFront(dataDir: string, locations: Locations, catalog: PriceCatalog, regions: string[]): void {
  const source = 'metered-unit-maps/cloudfront.json';
  const rates = globalRates(dataDir, source, locations);
  const add = (key: string, unit: string, tiers: TierTuple[] | string) =>
    place(catalog, 'AmazonCloudFront', regions, source, key, unit, tiers);
  for (const edge of CLOUDFRONT_EDGE_REGIONS) {
    add(cloudFrontDataOutKey(edge), 'GB', dataOutTiers(rates, `Regional DT from ${edge} to Internet `));
    add(cloudFrontDataToOriginKey(edge), 'GB', namedTiers(rates, [{ rate: `Regional DT to Origin from ${edge}`, from: '0', to: null }]));
    add(
      cloudFrontRequestsKey('HTTP', edge),
      'Requests',
      namedTiers(rates, [{ rate: `Request HTTP Methods from ${edge}`, from: '0', to: null }]),
    );
    add(
      cloudFrontRequestsKey('HTTPS', edge),
      'Requests',
      namedTiers(rates, [{ rate: `Request HTTPS Methods from ${edge}`, from: '0', to: null }]),
    );
  }
  const invalidation = 'Charge for invalidating objects removing the objects from CloudFront edge locations';
  add(
    CLOUDFRONT_INVALIDATION_PATHS,
    'Paths',
    namedTiers(rates, [
      { rate: `${invalidation} First 1000 free`, from: '0', to: '1000', freeTier: true },
      { rate: invalidation, from: '1000', to: null },
    ]),
  );
  add(
    CLOUDFRONT_DEDICATED_IP_SSL,
    'Certificate-Mo',
    namedTiers(rates, [{ rate: 'Charge for using an SSL certificate with a CloudFront alternate domain name', from: '0', to: null }]),
  );
}

function readRoute53(dataDir: string, locations: Locations, catalog: PriceCatalog, regions: string[]): void {
  const source = 'metered-unit-maps/route53.json';
  const rates = globalRates(dataDir, source, locations);
  const add = (key: string, unit: string, tiers: TierTuple[] | string) =>
    place(catalog, 'AmazonRoute53', regions, source, key, unit, tiers);
  add(
    ROUTE53_HOSTED_ZONE,
    'HostedZone-Mo',
    namedTiers(rates, [
      { rate: 'DNS Zone first 25', from: '0', to: '25' },
      { rate: 'DNS Zone', from: '25', to: null },
    ]),
  );
  add(
    ROUTE53_HEALTH_CHECK_AWS,
    'HealthCheck-Mo',
    namedTiers(rates, [
      { rate: 'Basic Health checks up to 50 AWS per Mo', from: '0', to: '50', freeTier: true },
      { rate: 'Basic Health checks AWS per Mo', from: '50', to: null },
    ]),
  );
  add(
    ROUTE53_HEALTH_CHECK_OTHER,
    'HealthCheck-Mo',
    namedTiers(rates, [{ rate: 'Basic Health checks External Non AWS per Mo', from: '0', to: null }]),
  );
  add(
    ROUTE53_HEALTH_CHECK_FEATURES_AWS,
    'HealthCheck-Mo',
    namedTiers(rates, [{ rate: 'Optional Health Check Features AWS per Mo', from: '0', to: null }]),
  );
  add(
    ROUTE53_HEALTH_CHECK_FEATURES_OTHER,
    'HealthCheck-Mo',
    namedTiers(rates, [{ rate: 'Optional Health Check Features External Non AWS per Mo', from: '0', to: null }]),
  );
  const routed: Record<Route53RoutingPolicy, string> = {
    latency: 'Query Latency Based Routing External',
    geolocation: 'Query Geo DNS External',
    geoproximity: 'Query Geoproximity External',
    ipBased: 'Query IP Based Routing External',
  };
  for (const [policy, rate] of Object.entries(routed) as Array<[Route53RoutingPolicy, string]>) {
    add(
      ROUTE53_ROUTED_QUERIES[policy],
      'Queries',
      namedTiers(rates, [
        { rate: `${rate} first 1B`, from: '0', to: '1000000000' },
        { rate: `${rate} over 1B`, from: '1000000000', to: null },
      ]),
    );
  }
}

/** The dashboard rate; the free allowance of 3 is a separate offer term, not an on-demand tier (see free-tier.json). */
function readCloudWatchDashboards(dataDir: string, locations: Locations, catalog: PriceCatalog, regions: string[]): void {
  const source = 'metered-unit-maps/cloudwatch.json';
  const rates = globalRates(dataDir, source, locations);
  const tiers = namedTiers(rates, [{ rate: 'Dashboard Basic Dashboard', from: '0', to: null }]);
  place(catalog, 'AmazonCloudWatch', regions, source, CLOUDWATCH_DASHBOARD, 'Dashboards', tiers);
}

/** On-demand rates listed under locations that are not AWS Regions, by readable name. */
function globalRates(dataDir: string, source: string, locations: Locations): Map<string, GlobalRate> {
  const data = readJsonFile<{ regions: Record<string, Record<string, Rate>> }>(join(dataDir, source));
  const out = new Map<string, GlobalRate>();
  for (const [location, rates] of Object.entries(data.regions)) {
    if (locations.regionCodeOf(location)) continue;
    for (const [name, rate] of Object.entries(rates)) {
      if (!rate.rateCode || rate.price === undefined || rate.rateCode.split('.')[1] !== ON_DEMAND_TERM) continue;
      if (!out.has(name)) out.set(name, { ...rate, name });
    }
  }
  return out;
}

/** CloudFront data transfer: one rate per tier, each carrying its upper bound in GB. */
function dataOutTiers(rates: Map<string, GlobalRate>, prefix: string): TierTuple[] | string {
  const tiers = [...rates.values()].filter((r) => r.name.startsWith(prefix));
  if (tiers.length === 0) return `no rates named "${prefix}…"`;
  const bound = (r: GlobalRate) => (r['Per Month'] === 'Inf' ? Infinity : Number(r['Per Month']));
  if (tiers.some((r) => !Number.isFinite(bound(r)) && r['Per Month'] !== 'Inf')) return `a "${prefix}…" rate has no "Per Month" bound`;
  tiers.sort((a, b) => bound(a) - bound(b));
  let from = '0';
  return tiers.map((r) => {
    const to = r['Per Month'] === 'Inf' ? null : r['Per Month']!;
    const tuple: TierTuple = [from, to, normalizePrice(r.price!), r.rateCode!];
    from = to ?? from;
    return tuple;
  });
}

function namedTiers(rates: Map<string, GlobalRate>, specs: TierSpec[]): TierTuple[] | string {
  const missing = specs.filter((s) => !rates.has(s.rate)).map((s) => s.rate);
  if (missing.length) return `rates missing: ${missing.join(', ')}`;
  return specs.map((s) => {
    const r = rates.get(s.rate)!;
    return s.freeTier ? [s.from, s.to, normalizePrice(r.price!), r.rateCode!, 1] : [s.from, s.to, normalizePrice(r.price!), r.rateCode!];
  });
}

function place(
  catalog: PriceCatalog,
  serviceCode: string,
  regions: string[],
  source: string,
  key: string,
  unit: string,
  tiers: TierTuple[] | string,
): void {
  if (typeof tiers === 'string') {
    catalog.problems.push(`${serviceCode} "${key}": ${tiers}; not in the snapshot`);
    return;
  }
  const skus = new Set(tiers.map((t) => t[3]?.split('.')[0]));
  if (skus.size > 1) {
    catalog.problems.push(`${serviceCode} "${key}": tier rates carry different SKUs (${[...skus].join(', ')}); not in the snapshot`);
    return;
  }
  if (!catalog.sources[source]) {
    catalog.problems.push(`${serviceCode} "${key}": source ${source} was not read; not in the snapshot`);
    return;
  }
  for (const region of regions) catalog.add(serviceCode, region, key, { s: source, u: unit, t: tiers });
}
