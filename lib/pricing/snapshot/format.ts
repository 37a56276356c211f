/**
 * On-disk format of a price snapshot (bundled in pricing/snapshot, or written by `pricing refresh`).
 *
 *   index.json                 SnapshotIndex: sources with publication dates, services and their regions
 *   <ServiceCode>/<region>.json RegionFile: every price of one service in one region
 *
 * One file per service and region so an estimate parses only what it prices.
 * Numbers are decimal strings (never JSON numbers) so no price passes through a binary float.
 */

export const SNAPSHOT_FORMAT_VERSION = 1;

export interface SnapshotSource {
  /** Path of the input, relative to the AWS data folder (or "price-list-api"). */
  path: string;
  quality: 'aws' | 'reshaped' | 'supplementary';
  /** AWS publication date (ISO 8601) of that input. */
  publicationDate: string;
  /** Who published the copy we read, and at which commit. */
  origin: string;
}

export interface SnapshotIndex {
  formatVersion: number;
  /** How the snapshot was produced: "build" from the shared AWS data, or "refresh" from the API. */
  producedBy: string;
  sources: Record<string, SnapshotSource>;
  /** Service code → regions with a file. */
  services: Record<string, string[]>;
  /** Region code → AWS location name ("US East (N. Virginia)"), from locations.json. */
  locations: Record<string, string>;
}

/** [from, to | null, unitPriceUsd, rateCode | null, freeTier (1) | omitted] */
export type TierTuple = [string, string | null, string, string | null] | [string, string | null, string, string | null, 1];

export interface PriceRecord {
  /** Key into SnapshotIndex.sources. */
  s: string;
  /** Unit as AWS states it, where known. */
  u?: string;
  t: TierTuple[];
}

export interface RegionFile {
  service: string;
  region: string;
  prices: Record<string, PriceRecord>;
}
