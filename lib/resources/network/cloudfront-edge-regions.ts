/**
 * Which CloudFront edge pricing regions a distribution's price class serves from (CloudFront
 * pricing page; aws-cdk-lib's PriceClass docs). Viewers outside the class are served by the
 * lowest-latency edge inside it, at that edge's rates.
 */
import { CLOUDFRONT_EDGE_REGIONS, type CloudFrontEdgeRegion } from '../../pricing/global-price-keys.js';

export const PRICE_CLASS_EDGES: Record<string, readonly CloudFrontEdgeRegion[]> = {
  PriceClass_100: ['United States', 'Canada', 'EU'],
  PriceClass_200: ['United States', 'Canada', 'EU', 'South Africa', 'Middle East', 'Japan', 'Asia Pacific', 'India'],
  PriceClass_All: CLOUDFRONT_EDGE_REGIONS,
};

export const DEFAULT_PRICE_CLASS = 'PriceClass_All';
export const DEFAULT_VIEWER_REGION: CloudFrontEdgeRegion = 'United States';

/** The edge region whose rates apply to viewers in `viewers` under `priceClass`, and why. */
export function servingEdge(priceClass: string, viewers: CloudFrontEdgeRegion): { edge: CloudFrontEdgeRegion; note?: string } {
  const edges = PRICE_CLASS_EDGES[priceClass] ?? PRICE_CLASS_EDGES[DEFAULT_PRICE_CLASS]!;
  if (edges.includes(viewers)) return { edge: viewers };
  return {
    edge: DEFAULT_VIEWER_REGION,
    note:
      `${priceClass} has no edge locations in ${viewers}: those viewers are served from edges the class includes, priced at ` +
      `${DEFAULT_VIEWER_REGION} rates`,
  };
}
