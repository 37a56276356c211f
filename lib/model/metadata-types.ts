/**
 * The construct-metadata entries lib/cdk writes into the Cloud Assembly and the estimator reads
 * (lib/usage/construct-metadata.ts). Plain data, so any CDK language can write the same entries.
 */
export const USAGE_METADATA = 'cdk-cost:usage';
export const LOAD_METADATA = 'cdk-cost:load';
export const RATIO_METADATA = 'cdk-cost:ratio';

/** A usage key's value; a mix key (storageClassMix, viewerRegions) takes `{ name: share }`, recorded as its text. */
export type UsageValues = Record<string, number | string | boolean | Record<string, number>>;

export interface EntryLoad {
  /** Units entering per month (requests, uploads, messages). */
  perMonth: number;
  /** Name of the flow (default: the construct's id); entries with the same name are one flow. */
  flow?: string;
  /** What one unit is called in explanations ("upload"). */
  unit?: string;
  /** Per unit: a number for the construct's primary load (requests, messages, invocations), or channels/usage keys by name. Default 1. */
  perUnit?: number | Record<string, number>;
}

export interface LoadMetadata extends EntryLoad {
  flow: string;
}

export interface RatioMetadata {
  /** Construct path of the edge's target; absent for ratios on the construct itself (a bucket's objectSizeGB). */
  to?: string;
  ratios: Record<string, number>;
}
