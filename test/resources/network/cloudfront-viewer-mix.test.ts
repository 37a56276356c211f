/**
 * CloudFront viewer mix: `viewerRegions` splits data out and requests over the edge pricing regions,
 * each share priced at the edge its price class serves it from, with each region's own volume tiers
 * ("Usage tiers for data transfer are measured separately for each geographic region",
 * https://aws.amazon.com/cloudfront/faqs/).
 */
import { describe, expect, it } from 'vitest';
import { cloudFrontDataOutKey, cloudFrontRequestsKey } from '../../../lib/pricing/global-price-keys.js';
import { PricerRegistry } from '../../../lib/resources/registry.js';
import { parseUsageFile } from '../../../lib/usage/usage-file.js';
import { UsageResolver } from '../../../lib/usage/resolve-usage.js';
import { architectureOf, bound, component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const CF = 'AmazonCloudFront';
const template = (priceClass: string) => `
Resources:
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        PriceClass: ${priceClass}
        DefaultCacheBehavior: { TargetOriginId: o, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: o, DomainName: example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
`;

describe('CloudFront viewerRegions', () => {
  it('splits GB out and requests by region; each region has its own tiers', async () => {
    const viewerRegions = 'United States: 0.6, EU: 0.3, Japan: 0.1';
    const usage = { monthlyDataTransferOutGB: 20000, monthlyHttpsRequests: 10000000, viewerRegions };
    const cdn = resource(await priceInline(template('PriceClass_All'), { usage: { Cdn: usage } }), 'Cdn');
    // United States: 12,000 GB crosses the first tier (10 TB); EU 6,000 GB and Japan 2,000 GB stay in theirs.
    const us = component(cdn, 'Data transfer out to viewers (United States edges)');
    const usKey = cloudFrontDataOutKey('United States');
    const first = bound(CF, usKey, 0);
    expect(us.quantity).toBe('12000');
    const [tier1, tier2] = [unit(CF, usKey, 'us-east-1', 0), unit(CF, usKey, 'us-east-1', 1)];
    expect(us.monthly).toBe(first.times(tier1).plus(d(12000).minus(first).times(tier2)).toFixed());
    expectLine(component(cdn, 'Data transfer out to viewers (EU edges)'), 6000, unit(CF, cloudFrontDataOutKey('EU')));
    expectLine(component(cdn, 'Data transfer out to viewers (Japan edges)'), 2000, unit(CF, cloudFrontDataOutKey('Japan')));
    expectLine(component(cdn, 'HTTPS requests (EU edges)'), 3000000, unit(CF, cloudFrontRequestsKey('HTTPS', 'EU')));
    expectLine(component(cdn, 'HTTPS requests (Japan edges)'), 1000000, unit(CF, cloudFrontRequestsKey('HTTPS', 'Japan')));
    expect(component(cdn, 'HTTPS requests (EU edges)').usage?.viewerRegions?.value).toBe(usage.viewerRegions);
  });

  it('regions outside the price class are served (and priced) from its edges, merged into one line', async () => {
    const usage = { monthlyDataTransferOutGB: 1000, viewerRegions: 'United States: 0.5, EU: 0.2, Japan: 0.2, India: 0.1' };
    const cdn = resource(await priceInline(template('PriceClass_100'), { usage: { Cdn: usage } }), 'Cdn');
    expectLine(component(cdn, 'Data transfer out to viewers (United States edges)'), 800, unit(CF, cloudFrontDataOutKey('United States')));
    expectLine(component(cdn, 'Data transfer out to viewers (EU edges)'), 200, unit(CF, cloudFrontDataOutKey('EU')));
    expect(cdn.notes.join('\n')).toContain('PriceClass_100 has no edge locations in Japan');
  });

  it('names are the edge pricing regions of the price data; shares must add up to 1', () => {
    const architecture = architectureOf(template('PriceClass_All'));
    const validate = (mix: string) => () => {
      const file = parseUsageFile(`resources:\n  Cdn:\n    viewerRegions: ${mix}\n`, 'u.yml');
      new UsageResolver(file, architecture, new PricerRegistry()).validate();
    };
    expect(validate('{ United States: 0.6, EU: 0.4 }')).not.toThrow();
    expect(validate('{ United States: 0.6, Europe: 0.4 }')).toThrow('"Europe" is not one of United States, Canada, EU');
    expect(validate('{ United States: 0.6, EU: 0.3 }')).toThrow('the shares add up to 0.9, not 1');
  });
});
