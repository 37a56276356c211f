/**
 * Where a distribution's viewers are: one edge pricing region (`viewerRegion`) or a mix of them
 * (`viewerRegions: {United States: 0.6, EU: 0.3, Japan: 0.1}`, names as CloudFront's price data
 * has them). Each share is served — and priced — at the edge the price class uses for it, so a
 * usage-based quantity (GB out, requests, GB to the origin) becomes one line per serving edge.
 */
import { CLOUDFRONT_EDGE_REGIONS, type CloudFrontEdgeRegion } from '../../pricing/global-price-keys.js';
import { Decimal } from '../../money.js';
import type { PricerContext, UsageKeyDefinition } from '../pricer.js';
import { fmt } from '../../quantities.js';
import { DEFAULT_VIEWER_REGION, servingEdge } from './cloudfront-edge-regions.js';
import type { PriceKeyOf } from '../../pricing/price-keys.js';

export const VIEWER_REGIONS_KEY: UsageKeyDefinition<'viewerRegions'> = {
  name: 'viewerRegions',
  unit: 'shares adding up to 1',
  kind: 'mix',
  allowed: [...CLOUDFRONT_EDGE_REGIONS],
  description: 'Viewers per edge pricing region, e.g. {United States: 0.6, EU: 0.3, Japan: 0.1} (replaces viewerRegion)',
};

export interface EdgeShare {
  edge: CloudFrontEdgeRegion;
  share: Decimal;
}

/** The serving edges and their shares of the traffic, with notes on how they were chosen. */
export function edgeShares(ctx: PricerContext, priceClass: string): EdgeShare[] {
  const mix = ctx.usage.mix(VIEWER_REGIONS_KEY.name, CLOUDFRONT_EDGE_REGIONS) as ReadonlyMap<CloudFrontEdgeRegion, Decimal> | undefined;
  const single = ctx.usage.string('viewerRegion') as CloudFrontEdgeRegion | undefined;
  if (mix && single) ctx.note('viewerRegions given: viewerRegion is ignored');
  const viewers = mix ?? new Map([[single ?? DEFAULT_VIEWER_REGION, new Decimal(1)]]);
  const byEdge = new Map<CloudFrontEdgeRegion, Decimal>();
  for (const [region, share] of viewers) {
    if (share.isZero()) continue;
    const { edge, note } = servingEdge(priceClass, region);
    if (note) ctx.note(note);
    byEdge.set(edge, (byEdge.get(edge) ?? new Decimal(0)).plus(share));
  }
  if (!mix && !single) {
    ctx.note(`traffic priced at ${DEFAULT_VIEWER_REGION} edge rates (set viewerRegion or viewerRegions for viewers elsewhere)`);
  }
  return [...byEdge].map(([edge, share]) => ({ edge, share }));
}

/** One usage-based line per serving edge: the quantity times the edge's share of the viewers. */
export interface EdgeLine {
  name: string;
  unit: string;
  quantity: Decimal | undefined;
  key: (edge: CloudFrontEdgeRegion) => PriceKeyOf<'AmazonCloudFront'>;
  usageKeys: string[];
  formula?: string;
}

export function addPerEdge(ctx: PricerContext, edges: EdgeShare[], line: EdgeLine): void {
  for (const { edge, share } of edges) {
    const whole = line.quantity === undefined ? undefined : (line.formula ?? `${fmt(line.quantity)} ${line.unit}`);
    const split = share.eq(1) || whole === undefined ? undefined : `${whole} × ${fmt(share)} (${edge} viewers)`;
    const formula = split ?? line.formula;
    ctx.add({
      name: `${line.name} (${edge} edges)`,
      unit: line.unit,
      quantity: line.quantity === undefined ? undefined : line.quantity.times(share),
      price: { serviceCode: 'AmazonCloudFront', key: line.key(edge) },
      usageBased: true,
      usageKeys: [...line.usageKeys, ...(edges.length > 1 || !share.eq(1) ? [VIEWER_REGIONS_KEY.name] : [])],
      ...(formula ? { formula } : {}),
    });
  }
}
