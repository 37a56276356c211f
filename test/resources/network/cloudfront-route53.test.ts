/**
 * AWS::CloudFront::Distribution (data out by edge pricing region and price class, tiered at 10 TB;
 * HTTP/HTTPS requests; origin transfer; invalidations) and Route 53 hosted zones (zone tiers,
 * standard queries tiered at one billion) and health checks. Both are global services: their prices
 * are the same in every stack region.
 */
import { describe, expect, it } from 'vitest';
import {
  CLOUDFRONT_INVALIDATION_PATHS,
  ROUTE53_HEALTH_CHECK_AWS,
  ROUTE53_HEALTH_CHECK_FEATURES_OTHER,
  ROUTE53_HEALTH_CHECK_OTHER,
  ROUTE53_HOSTED_ZONE,
  ROUTE53_STANDARD_QUERIES,
  cloudFrontDataOutKey,
  cloudFrontDataToOriginKey,
  cloudFrontRequestsKey,
} from '../../../lib/pricing/global-price-keys.js';
import { bound, component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const CF = 'AmazonCloudFront';
const R53 = 'AmazonRoute53';

const distribution = (priceClass: string, policy = 'allow-all') => `
Resources:
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        PriceClass: ${priceClass}
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: ${policy} }
        Origins: [{ Id: o, DomainName: example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
`;

describe('AWS::CloudFront::Distribution', () => {
  it('prices data out across the 10 TB tier boundary and requests at United States edge rates by default', async () => {
    const gb = 15000;
    const cdn = resource(
      await priceInline(distribution('PriceClass_All'), {
        usage: { Cdn: { monthlyDataTransferOutGB: gb, monthlyHttpsRequests: 50000000, monthlyHttpRequests: 2000000 } },
      }),
      'Cdn',
    );
    const key = cloudFrontDataOutKey('United States');
    const first = bound(CF, key, 0);
    const out = component(cdn, 'Data transfer out to viewers (United States edges)');
    expect(first.toFixed()).toBe('10240');
    expect(out.monthly).toBe(
      first
        .times(unit(CF, key, 'us-east-1', 0))
        .plus(
          d(gb)
            .minus(first)
            .times(unit(CF, key, 'us-east-1', 1)),
        )
        .toFixed(),
    );
    expect(out.tiers).toHaveLength(2);
    expectLine(component(cdn, 'HTTPS requests'), 50000000, unit(CF, cloudFrontRequestsKey('HTTPS', 'United States')));
    expectLine(component(cdn, 'HTTP requests'), 2000000, unit(CF, cloudFrontRequestsKey('HTTP', 'United States')));
    expect(cdn.notes.join('\n')).toContain('set viewerRegion');
  });

  it("prices at the viewer region's edges when the price class serves it, and at included edges when it does not", async () => {
    const japan = resource(
      await priceInline(distribution('PriceClass_200'), {
        usage: { Cdn: { viewerRegion: 'Japan', monthlyDataTransferOutGB: 100, monthlyHttpsRequests: 1000 } },
      }),
      'Cdn',
    );
    expectLine(component(japan, 'Data transfer out to viewers (Japan edges)'), 100, unit(CF, cloudFrontDataOutKey('Japan')));
    const excluded = resource(
      await priceInline(distribution('PriceClass_100'), {
        usage: { Cdn: { viewerRegion: 'South America', monthlyDataTransferOutGB: 100 } },
      }),
      'Cdn',
    );
    expectLine(
      component(excluded, 'Data transfer out to viewers (United States edges)'),
      100,
      unit(CF, cloudFrontDataOutKey('United States')),
    );
    expect(excluded.notes.join('\n')).toContain('PriceClass_100 has no edge locations in South America');
  });

  it('drops the HTTP line for HTTPS-only viewers and prices origin transfer and invalidations beyond the free 1,000', async () => {
    const cdn = resource(
      await priceInline(distribution('PriceClass_100', 'redirect-to-https'), {
        usage: {
          Cdn: { monthlyHttpsRequests: 10, monthlyDataTransferOutGB: 1, monthlyDataTransferToOriginGB: 50, monthlyInvalidationPaths: 3000 },
        },
      }),
      'Cdn',
    );
    expect(cdn.components.some((c) => c.name.startsWith('HTTP requests'))).toBe(false);
    expectLine(component(cdn, 'Data transfer to origin'), 50, unit(CF, cloudFrontDataToOriginKey('United States')));
    // Free tier off by default: all 3,000 paths at the paid rate; with --free-tier the first 1,000 are free.
    const paths = component(cdn, 'Invalidation paths');
    expect(paths.monthly).toBe(
      d(3000)
        .times(unit(CF, CLOUDFRONT_INVALIDATION_PATHS, 'us-east-1', 1))
        .toFixed(),
    );
    const free = resource(
      await priceInline(distribution('PriceClass_100', 'redirect-to-https'), {
        freeTier: true,
        usage: { Cdn: { monthlyInvalidationPaths: 3000 } },
      }),
      'Cdn',
    );
    // The line stays at 3,000 paths; the free 1,000 come off on a "Free tier:" line of their own.
    expect(component(free, 'Invalidation paths').monthly).toBe(paths.monthly);
    expect(component(free, 'Free tier: CloudFront Invalidation Paths').quantity).toBe('-1000');
    const others = free.components.filter((c) => !c.name.startsWith('Invalidation') && !c.name.startsWith('Free tier'));
    const rest = others.reduce((sum, c) => sum.plus(c.monthly), d(0));
    expect(free.monthly).toBe(rest.plus(d(2000).times(unit(CF, CLOUDFRONT_INVALIDATION_PATHS, 'us-east-1', 1))).toFixed());
  });

  it('lists data out and requests as usage missing without usage, and prices the same in any stack region', async () => {
    const cdn = resource(await priceInline(distribution('PriceClass_All')), 'Cdn');
    expect(cdn.status).toBe('usage-missing');
    expect(cdn.missingUsage).toEqual(['monthlyDataTransferOutGB', 'monthlyHttpRequests', 'monthlyHttpsRequests']);
    const usage = { Cdn: { monthlyDataTransferOutGB: 500, monthlyHttpsRequests: 1000000 } };
    const virginia = resource(await priceInline(distribution('PriceClass_All'), { usage }), 'Cdn');
    const frankfurt = resource(await priceInline(distribution('PriceClass_All'), { region: 'eu-central-1', usage }), 'Cdn');
    expect(frankfurt.monthly).toBe(virginia.monthly);
    expect(d(virginia.monthly).gt(0)).toBe(true);
  });
});

describe('AWS::Route53::HostedZone', () => {
  const zone = `
Resources:
  Zone:
    Type: AWS::Route53::HostedZone
    Properties: { Name: example.com }
`;
  it('prices the zone at the first-25 tier and standard queries across the one-billion boundary', async () => {
    const queries = 1500000000;
    const hz = resource(await priceInline(zone, { usage: { Zone: { monthlyQueries: queries } } }), 'Zone');
    expectLine(component(hz, 'Hosted zone (public)'), 1, unit(R53, ROUTE53_HOSTED_ZONE));
    expect(bound(R53, ROUTE53_HOSTED_ZONE, 0).toFixed()).toBe('25');
    const first = bound(R53, ROUTE53_STANDARD_QUERIES, 0);
    expect(first.toFixed()).toBe('1000000000');
    const line = component(hz, 'Standard queries');
    expect(line.monthly).toBe(
      first
        .times(unit(R53, ROUTE53_STANDARD_QUERIES, 'us-east-1', 0))
        .plus(
          d(queries)
            .minus(first)
            .times(unit(R53, ROUTE53_STANDARD_QUERIES, 'us-east-1', 1)),
        )
        .toFixed(),
    );
  });

  it('keeps the zone charge and lists queries as missing without usage', async () => {
    const hz = resource(await priceInline(zone), 'Zone');
    expect(hz.status).toBe('priced');
    expect(hz.missingUsage).toEqual(['monthlyQueries']);
    expect(hz.monthly).toBe(unit(R53, ROUTE53_HOSTED_ZONE).toFixed());
  });
});

describe('AWS::Route53::HealthCheck', () => {
  it('prices AWS and non-AWS endpoint checks and optional features', async () => {
    const estimate = await priceInline(`
Resources:
  External:
    Type: AWS::Route53::HealthCheck
    Properties: { HealthCheckConfig: { Type: HTTPS_STR_MATCH, FullyQualifiedDomainName: example.com, SearchString: ok } }
  Calculated:
    Type: AWS::Route53::HealthCheck
    Properties: { HealthCheckConfig: { Type: CALCULATED, ChildHealthChecks: [] } }
`);
    const external = resource(estimate, 'External');
    expectLine(component(external, 'Health check (HTTPS_STR_MATCH, non-AWS endpoint)'), 1, unit(R53, ROUTE53_HEALTH_CHECK_OTHER));
    // Route 53 pricing page: optional health check features are billed per feature per health check,
    // so HTTPS with string matching is two features.
    expectLine(component(external, 'Optional features (HTTPS, string matching)'), 2, unit(R53, ROUTE53_HEALTH_CHECK_FEATURES_OTHER));
    // Free tier (first 50 AWS-endpoint checks) off by default: billed at the paid rate.
    expectLine(
      component(resource(estimate, 'Calculated'), 'Health check (CALCULATED, AWS endpoint)'),
      1,
      unit(R53, ROUTE53_HEALTH_CHECK_AWS, 'us-east-1', 1),
    );
  });
});
