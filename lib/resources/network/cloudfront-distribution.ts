/**
 * AWS::CloudFront::Distribution — data transfer out to viewers (tiered), HTTP and HTTPS requests,
 * data transfer to the origin, invalidation paths beyond the free 1,000, and a dedicated-IP custom
 * SSL certificate. CloudFront bills by the edge location's pricing region: traffic is split by
 * `viewerRegions` (or all in `viewerRegion`, default United States) and priced at the rates of the
 * edges the price class serves each share from (cloudfront-viewer-mix.ts). The distribution is
 * global: its prices are the same whichever region the stack is in.
 */
import {
  CLOUDFRONT_DEDICATED_IP_SSL,
  CLOUDFRONT_EDGE_REGIONS,
  CLOUDFRONT_INVALIDATION_PATHS,
  cloudFrontDataOutKey,
  cloudFrontDataToOriginKey,
  cloudFrontRequestsKey,
} from '../../pricing/global-price-keys.js';
import { Decimal } from '../../money.js';
import { fmt } from '../../quantities.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { addWhenGiven } from '../optional-usage-line.js';
import { RESPONSE_SIZE_KEY } from './data-transfer-out.js';
import { bool, list, str } from '../../model/properties.js';
import { DEFAULT_PRICE_CLASS, DEFAULT_VIEWER_REGION } from './cloudfront-edge-regions.js';
import { VIEWER_REGIONS_KEY, addPerEdge, edgeShares } from './cloudfront-viewer-mix.js';

export const cloudFrontDistribution = definePricer({
  types: ['AWS::CloudFront::Distribution'],
  service: 'CloudFront',
  serviceCodes: ['AmazonCloudFront'],
  usageKeys: [
    { name: 'monthlyDataTransferOutGB', unit: 'GB/month', description: 'Data sent from edge locations to viewers' },
    { name: 'monthlyHttpsRequests', unit: 'requests/month', description: 'HTTPS requests' },
    { name: 'monthlyHttpRequests', unit: 'requests/month', description: 'HTTP requests' },
    { name: 'monthlyDataTransferToOriginGB', unit: 'GB/month', description: 'Data sent from edges to the origin (POST/PUT bodies)' },
    {
      name: 'monthlyInvalidationPaths',
      unit: 'paths/month',
      description: 'Invalidation paths requested (first 1,000 a month per account are free)',
    },
    {
      name: 'viewerRegion',
      unit: 'edge pricing region',
      kind: 'string',
      allowed: [...CLOUDFRONT_EDGE_REGIONS],
      description: `Where most viewers are: the edge pricing region whose rates apply (default ${DEFAULT_VIEWER_REGION})`,
    },
    VIEWER_REGIONS_KEY,
    {
      ...RESPONSE_SIZE_KEY,
      description: 'Average response size sent to viewers; with the HTTP(S) requests it gives the data out (monthlyDataTransferOutGB wins)',
    },
  ],
  price(ctx) {
    const r = ctx.resource;
    const priceClass = str(r, 'DistributionConfig.PriceClass') ?? DEFAULT_PRICE_CLASS;
    const edges = edgeShares(ctx, priceClass);
    if (bool(r, 'DistributionConfig.Enabled') === false) ctx.note('the distribution is disabled: it serves no traffic while disabled');

    addPerEdge(ctx, edges, { name: 'Data transfer out to viewers', unit: 'GB', key: cloudFrontDataOutKey, ...viewerDataOut(ctx) });
    const httpsOnly = ['https-only', 'redirect-to-https'].includes(
      str(r, 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy') ?? '',
    );
    addPerEdge(ctx, edges, {
      name: 'HTTPS requests',
      unit: 'requests',
      quantity: ctx.usage.number('monthlyHttpsRequests'),
      key: (edge) => cloudFrontRequestsKey('HTTPS', edge),
      usageKeys: ['monthlyHttpsRequests'],
    });
    if (!httpsOnly || ctx.usage.has('monthlyHttpRequests')) {
      addPerEdge(ctx, edges, {
        name: 'HTTP requests',
        unit: 'requests',
        quantity: ctx.usage.number('monthlyHttpRequests'),
        key: (edge) => cloudFrontRequestsKey('HTTP', edge),
        usageKeys: ['monthlyHttpRequests'],
      });
    }
    if (ctx.usage.has('monthlyDataTransferToOriginGB')) {
      addPerEdge(ctx, edges, {
        name: 'Data transfer to origin',
        unit: 'GB',
        quantity: ctx.usage.number('monthlyDataTransferToOriginGB'),
        key: cloudFrontDataToOriginKey,
        usageKeys: ['monthlyDataTransferToOriginGB'],
      });
    }
    addWhenGiven(ctx, 'monthlyInvalidationPaths', {
      name: 'Invalidation paths',
      unit: 'paths',
      price: { serviceCode: 'AmazonCloudFront', key: CLOUDFRONT_INVALIDATION_PATHS },
    });
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
});

/**
 * Data out to viewers: as given, or the requests × the average response size (KB ÷ 1,048,576 per GB)
 * when only the size is given — the distribution's responses are what CloudFront bills as data out.
 */
function viewerDataOut(ctx: PricerContext): { quantity: Decimal | undefined; usageKeys: string[]; formula?: string } {
  if (ctx.usage.has('monthlyDataTransferOutGB') || !ctx.usage.has(RESPONSE_SIZE_KEY.name)) {
    return { quantity: ctx.usage.number('monthlyDataTransferOutGB'), usageKeys: ['monthlyDataTransferOutGB'] };
  }
  const kb = ctx.usage.number(RESPONSE_SIZE_KEY.name)!;
  const https = ctx.usage.number('monthlyHttpsRequests');
  const http = ctx.usage.has('monthlyHttpRequests') ? ctx.usage.number('monthlyHttpRequests') : new Decimal(0);
  const requests = https === undefined || http === undefined ? undefined : https.plus(http);
  return {
    quantity: requests?.times(kb).div(1024 * 1024),
    usageKeys: ['monthlyHttpsRequests', 'monthlyHttpRequests', RESPONSE_SIZE_KEY.name],
    ...(requests ? { formula: `${fmt(requests)} requests × ${fmt(kb)} KB ÷ 1,048,576 KB/GB` } : {}),
  };
}
