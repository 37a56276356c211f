/**
 * AWS::Route53::HealthCheck — per health check per month: basic checks of AWS endpoints (the
 * account's first 50 are free, applied only with --free-tier) or of other endpoints, plus the
 * optional-features charge, billed per feature per health check (HTTPS, string matching, fast
 * interval, latency measurement: a check with two features pays twice, per the Route 53 pricing
 * page). Calculated and CloudWatch-alarm checks are of AWS endpoints.
 */
import { Decimal } from '../../money.js';
import {
  ROUTE53_HEALTH_CHECK_AWS,
  ROUTE53_HEALTH_CHECK_FEATURES_AWS,
  ROUTE53_HEALTH_CHECK_FEATURES_OTHER,
  ROUTE53_HEALTH_CHECK_OTHER,
} from '../../pricing/global-price-keys.js';
import { definePricer } from '../pricer.js';
import { bool, num, str } from '../../model/properties.js';

export const route53HealthCheck = definePricer({
  types: ['AWS::Route53::HealthCheck'],
  service: 'Route 53',
  serviceCodes: ['AmazonRoute53'],
  usageKeys: [],
  price(ctx) {
    const r = ctx.resource;
    const type = str(r, 'HealthCheckConfig.Type') ?? 'HTTP';
    // An endpoint given by IP or domain name outside AWS is a non-AWS endpoint; calculated and alarm checks are AWS.
    const awsEndpoint =
      type === 'CALCULATED' ||
      type === 'CLOUDWATCH_METRIC' ||
      type === 'RECOVERY_CONTROL' ||
      /amazonaws\.com$/.test(str(r, 'HealthCheckConfig.FullyQualifiedDomainName') ?? '');
    const features = [
      type.startsWith('HTTPS') ? 'HTTPS' : undefined,
      type.endsWith('STR_MATCH') ? 'string matching' : undefined,
      num(r, 'HealthCheckConfig.RequestInterval') === 10 ? 'fast interval' : undefined,
      bool(r, 'HealthCheckConfig.MeasureLatency') === true ? 'latency measurement' : undefined,
    ].filter((f): f is string => !!f);
    ctx.add({
      name: `Health check (${type}, ${awsEndpoint ? 'AWS' : 'non-AWS'} endpoint)`,
      unit: 'checks',
      quantity: new Decimal(1),
      price: { serviceCode: 'AmazonRoute53', key: awsEndpoint ? ROUTE53_HEALTH_CHECK_AWS : ROUTE53_HEALTH_CHECK_OTHER },
      usageBased: false,
    });
    if (!awsEndpoint) ctx.note('endpoint assumed outside AWS (an IP address or a domain not under amazonaws.com): the non-AWS rate');
    if (features.length) {
      ctx.add({
        name: `Optional features (${features.join(', ')})`,
        unit: 'features',
        quantity: new Decimal(features.length),
        price: { serviceCode: 'AmazonRoute53', key: awsEndpoint ? ROUTE53_HEALTH_CHECK_FEATURES_AWS : ROUTE53_HEALTH_CHECK_FEATURES_OTHER },
        usageBased: false,
        formula: `${features.length} feature${features.length > 1 ? 's' : ''} × 1 health check (billed per feature)`,
      });
    }
  },
});
