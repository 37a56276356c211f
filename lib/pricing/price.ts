/**
 * What a price is, wherever it came from (bundled snapshot or the live Price List API).
 * A price is a list of tiers in the price's own unit; a flat price is one tier from 0 to ∞.
 */
import type { Decimal } from '../money.js';

export interface PriceTier {
  /** Inclusive lower bound of the tier, in the price's unit per month. */
  from: Decimal;
  /** Exclusive upper bound; null means no upper bound. */
  to: Decimal | null;
  unitPrice: Decimal;
  /** AWS rate code `<SKU>.<offerTermCode>.<rateCode>` where the source has one. */
  rateCode?: string;
  /** A zero-priced free-tier allowance (applied only with --free-tier). */
  freeTier?: boolean;
}

/** Where a price came from, so every priced line can say so. */
export interface PriceProvenance {
  /** 'snapshot' (bundled/refreshed file), 'live' (Price List API, possibly cached), or 'usage' (an amount the user stated). */
  via: 'snapshot' | 'live' | 'usage';
  /** The data the number was read from, e.g. "metered-unit-maps/lambda.json" or "price-list-api". */
  origin: string;
  /**
   * How directly the number is AWS's: raw AWS data, reshaped by a third party, supplementary, or
   * not AWS's at all (a monthly amount stated in the usage file).
   */
  quality: 'aws' | 'reshaped' | 'supplementary' | 'user-stated';
  /** AWS publication date of the price data (ISO date). */
  publicationDate: string;
}

export interface Price {
  /** Price List service code, e.g. "AWSLambda". */
  serviceCode: string;
  /** Region code, e.g. "us-east-1". */
  region: string;
  /** The price's name within the service and region (see `cdk-cost pricing show`). */
  key: string;
  /** Unit as AWS states it, where known (e.g. "Hrs", "GB-Mo", "Requests"). */
  unit?: string;
  tiers: PriceTier[];
  provenance: PriceProvenance;
}

export interface PriceRef {
  serviceCode: string;
  key: string;
}
