/**
 * AWS::CloudFront::Distribution — data transfer out to viewers (tiered), HTTP and HTTPS requests,
 * data transfer to the origin, invalidation paths beyond the free 1,000, and a dedicated-IP custom
 * SSL certificate. CloudFront bills by the edge location's pricing region: all traffic is priced at
 * the rates of `viewerRegion` (default United States), or of the edges the price class serves it
 * from. The distribution is global: its prices are the same whichever region the stack is in.
 */
import { CLOUDFRONT_DEDICATED_IP_SSL, CLOUDFRONT_EDGE_REGIONS, CLOUDFRONT_INVALIDATION_PATHS, cloudFrontDataOutKey, cloudFrontDataToOriginKey, cloudFrontRequestsKey, type CloudFrontEdgeRegion } from '../../pricing/global-price-keys.js';
import { Decimal } from '../../money.js';
import type { Pricer } from '../pricer.js';
import { bool, list, str } from '../properties.js';
import { DEFAULT_PRICE_CLASS, DEFAULT_VIEWER_REGION, servingEdge } from './cloudfront-edge-regions.js';

export const cloudFrontDistribution: Pricer = {
  types: ['AWS::CloudFront::Distribution'],
  service: 'CloudFront',
  serviceCodes: ['AmazonCloudFront'],
  usageKeys: [
    { name: 'monthlyDataTransferOutGB', unit: 'GB/month', description: 'Data sent from edge locations to viewers' },
    { name: 'monthlyHttpsRequests', unit: 'requests/month', description: 'HTTPS requests' },
    { name: 'monthlyHttpRequests', unit: 'requests/month', description: 'HTTP requests' },
    { name: 'monthlyDataTransferToOriginGB', unit: 'GB/month', description: 'Data sent from edges to the origin (POST/PUT bodies)' },
    { name: 'monthlyInvalidationPaths', unit: 'paths/month', description: 'Invalidation paths requested (first 1,000 a month per account are free)' },
    {
      name: 'viewerRegion',
      unit: 'edge pricing region',
      kind: 'string',
      allowed: [...CLOUDFRONT_EDGE_REGIONS],
      description: `Where most viewers are: the edge pricing region whose rates apply (default ${DEFAULT_VIEWER_REGION})`,
    },
  ],
  price(ctx) {
    const r = ctx.resource;
    const priceClass = str(r, 'DistributionConfig.PriceClass') ?? DEFAULT_PRICE_CLASS;
    const viewers = (ctx.usage.string('viewerRegion') as CloudFrontEdgeRegion | undefined) ?? DEFAULT_VIEWER_REGION;
    const { edge, note } = servingEdge(priceClass, viewers);
    if (note) ctx.note(note);
    if (!ctx.usage.has('viewerRegion')) ctx.note(`traffic priced at ${edge} edge rates (set viewerRegion for viewers elsewhere)`);
    if (bool(r, 'DistributionConfig.Enabled') === false) ctx.note('the distribution is disabled: it serves no traffic while disabled');

    ctx.add({
      name: `Data transfer out to viewers (${edge} edges)`,
      unit: 'GB',
      quantity: ctx.usage.number('monthlyDataTransferOutGB'),
      price: { serviceCode: 'AmazonCloudFront', key: cloudFrontDataOutKey(edge) },
      usageBased: true,
      usageKeys: ['monthlyDataTransferOutGB'],
    });
    const httpsOnly = ['https-only', 'redirect-to-https'].includes(str(r, 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy') ?? '');
    ctx.add({
      name: `HTTPS requests (${edge} edges)`,
      unit: 'requests',
      quantity: ctx.usage.number('monthlyHttpsRequests'),
      price: { serviceCode: 'AmazonCloudFront', key: cloudFrontRequestsKey('HTTPS', edge) },
      usageBased: true,
      usageKeys: ['monthlyHttpsRequests'],
    });
    if (!httpsOnly || ctx.usage.has('monthlyHttpRequests')) {
      ctx.add({
        name: `HTTP requests (${edge} edges)`,
        unit: 'requests',
        quantity: ctx.usage.number('monthlyHttpRequests'),
        price: { serviceCode: 'AmazonCloudFront', key: cloudFrontRequestsKey('HTTP', edge) },
        usageBased: true,
        usageKeys: ['monthlyHttpRequests'],
      });
    }
    if (ctx.usage.has('monthlyDataTransferToOriginGB')) {
      ctx.add({
        name: `Data transfer to origin (${edge} edges)`,
        unit: 'GB',
        quantity: ctx.usage.number('monthlyDataTransferToOriginGB'),
        price: { serviceCode: 'AmazonCloudFront', key: cloudFrontDataToOriginKey(edge) },
        usageBased: true,
        usageKeys: ['monthlyDataTransferToOriginGB'],
      });
    }
    if (ctx.usage.has('monthlyInvalidationPaths')) {
      ctx.add({
        name: 'Invalidation paths',
        unit: 'paths',
        quantity: ctx.usage.number('monthlyInvalidationPaths'),
        price: { serviceCode: 'AmazonCloudFront', key: CLOUDFRONT_INVALIDATION_PATHS },
        usageBased: true,
        usageKeys: ['monthlyInvalidationPaths'],
      });
    }
    if (str(r, 'DistributionConfig.ViewerCertificate.SslSupportMethod') === 'vip') {
      ctx.add({
        name: 'Dedicated-IP custom SSL certificate',
        unit: 'certificate-months',
        quantity: new Decimal(1),
        price: { serviceCode: 'AmazonCloudFront', key: CLOUDFRONT_DEDICATED_IP_SSL },
        usageBased: false,
      });
    }
    const origins = list(r, 'DistributionConfig.Origins') ?? [];
    if (origins.some((o) => o && typeof o === 'object' && bool(o as Record<string, unknown>, 'OriginShield.Enabled') === true)) {
      ctx.note('Origin Shield requests are not priced');
    }
  },
};
