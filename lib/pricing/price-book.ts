/**
 * The PriceBook: the one place pricers get prices from. Two implementations give identical
 * answers: the bundled snapshot (offline default) and the live AWS Price List API.
 */
import type { Price } from './price.js';
import type { FreeTierSet } from './free-tier.js';

export interface PriceBookInfo {
  kind: 'snapshot' | 'live';
  /** Where the data lives (snapshot directory, or the Price List endpoint). */
  location: string;
  /** Newest AWS publication date among the data used (ISO date), for "prices as of". */
  pricesAsOf: string;
  /** Per service: its publication date(s). */
  publicationDates: Record<string, string>;
}

export interface ServiceRegion {
  serviceCode: string;
  region: string;
  /**
   * Read only by an optional feature of a resource (X-Ray traces of a function): a region whose data
   * lacks the service is no error — the feature's line, if any, says "no price" instead.
   */
  optional?: boolean;
}

export interface PriceBook {
  info(): PriceBookInfo;
  /**
   * Make the prices of these service/region pairs available to `lookup`. The snapshot loads
   * files lazily; the live book fetches from the API. Called once per estimate with everything
   * the pricers declared they use, so lookups themselves stay synchronous and fast.
   */
  prepare(needs: ServiceRegion[]): Promise<void>;
  /** A price by name, or undefined when the data has no such price in that region. */
  lookup(serviceCode: string, region: string, key: string): Price | undefined;
  /** All price names of a service in a region (for `pricing show` and for suggestions). */
  keys(serviceCode: string, region: string): string[];
  /** Regions in which a service has any price. */
  regions(serviceCode: string): string[];
  /** All service codes the book knows. */
  services(): string[];
  /**
   * AWS's always-free allowances (for `--free-tier`), or undefined when the data has none. Optional so
   * that a book over prices alone (a test double, an old snapshot) still works: it then subtracts nothing.
   */
  freeTier?(): FreeTierSet | undefined;
}
