/**
 * Price keys of services AWS prices globally rather than per region: CloudFront (by the edge
 * location's pricing region, e.g. "United States", "EU") and Route 53 (hosted zones, health
 * checks). The snapshot builder (lib/pricing/build/read-global-rates.ts) writes them into every
 * region's file, and pricers name them through these builders so the two sides cannot drift.
 */

/** CloudFront's edge pricing regions, as AWS names them in its price data. */
export const CLOUDFRONT_EDGE_REGIONS = [
  'United States',
  'Canada',
  'EU',
  'South Africa',
  'Middle East',
  'Japan',
  'Asia Pacific',
  'India',
  'Australia',
  'South America',
] as const;
export type CloudFrontEdgeRegion = (typeof CLOUDFRONT_EDGE_REGIONS)[number];

/** Data transfer from edge locations in `edge` to viewers, per GB, tiered (10 TB, 50 TB, … 5 PB). */
export const cloudFrontDataOutKey = (edge: CloudFrontEdgeRegion): `CloudFront DataTransfer Out:${CloudFrontEdgeRegion}` =>
  `CloudFront DataTransfer Out:${edge}`;

/** Data transfer from edge locations in `edge` back to the origin (POST/PUT uploads), per GB. */
export const cloudFrontDataToOriginKey = (edge: CloudFrontEdgeRegion): `CloudFront DataTransfer To Origin:${CloudFrontEdgeRegion}` =>
  `CloudFront DataTransfer To Origin:${edge}`;

/** HTTP or HTTPS requests served by edge locations in `edge`, per request. */
export const cloudFrontRequestsKey = (
  protocol: 'HTTP' | 'HTTPS',
  edge: CloudFrontEdgeRegion,
): `CloudFront Requests ${'HTTP' | 'HTTPS'}:${CloudFrontEdgeRegion}` => `CloudFront Requests ${protocol}:${edge}`;

/** Invalidation paths, per path; the first 1,000 a month are free (per account). */
export const CLOUDFRONT_INVALIDATION_PATHS = 'CloudFront Invalidation Paths';

/** A custom SSL certificate served from dedicated IP addresses at every edge (SslSupportMethod "vip"), per month. */
export const CLOUDFRONT_DEDICATED_IP_SSL = 'CloudFront Dedicated IP Custom SSL';

/** A CloudWatch dashboard per month (AWS lists the rate under the location "Any": it is account-wide). */
export const CLOUDWATCH_DASHBOARD = 'Dashboard Basic Dashboard';

/** A hosted zone per month, tiered by the account's zone count (first 25, then the rest). */
export const ROUTE53_HOSTED_ZONE = 'Route53 Hosted Zone';

/** Health checks per month: basic, of an AWS endpoint (first 50 free per account) or another endpoint. */
export const ROUTE53_HEALTH_CHECK_AWS = 'Route53 Health Check AWS';
export const ROUTE53_HEALTH_CHECK_OTHER = 'Route53 Health Check Non-AWS';
/** Optional health check features (HTTPS, string matching, fast interval, latency), per health check per month. */
export const ROUTE53_HEALTH_CHECK_FEATURES_AWS = 'Route53 Health Check Features AWS';
export const ROUTE53_HEALTH_CHECK_FEATURES_OTHER = 'Route53 Health Check Features Non-AWS';

/** Standard DNS queries, tiered (first billion a month, then the rest); folded by tier-groups.ts. */
export const ROUTE53_STANDARD_QUERIES = 'Route53 Standard Queries';

/**
 * DNS queries answered by records with a routing policy that bills its own query rate, tiered like
 * standard queries (first billion a month, then the rest): latency, geolocation, geoproximity and
 * IP-based (CIDR) routing. Queries to alias records that point at AWS resources are free.
 */
export const ROUTE53_ROUTED_QUERIES = {
  latency: 'Route53 Latency Based Routing Queries',
  geolocation: 'Route53 Geo DNS Queries',
  geoproximity: 'Route53 Geoproximity Queries',
  ipBased: 'Route53 IP Based Routing Queries',
} as const;
export type Route53RoutingPolicy = keyof typeof ROUTE53_ROUTED_QUERIES;
