/**
 * On-disk format of a price snapshot (bundled in pricing/snapshot, or written by `pricing refresh`
 * and by the live price cache).
 *
 *   index.json                  SnapshotIndex: sources with publication dates, services and their regions
 *   <ServiceCode>/<region>.json RegionFile: every price of one service in one region
 *
 * One file per service and region so an estimate parses only what it prices. Numbers are decimal
 * strings (never JSON numbers) so no price passes through a binary float. A region file names its
 * sources once and writes one price per line, which keeps the files small and a price change a
 * one-line diff.
 */

import type { StoredFreeTier } from '../free-tier.js';

export const SNAPSHOT_FORMAT_VERSION = 2;

export interface SnapshotSource {
  /** Path of the input, relative to the AWS data folder (or "price-list-api"). */
  path: string;
  quality: 'aws' | 'reshaped' | 'supplementary';
  /** AWS publication date (ISO 8601) of that input. */
  publicationDate: string;
  /** Who published the copy we read, and at which commit (or which Price List endpoint). */
  origin: string;
}

export interface SnapshotIndex {
  formatVersion: number;
  /** How the snapshot was produced: "cdk-cost pricing build", "cdk-cost pricing refresh", … */
  producedBy: string;
  sources: Record<string, SnapshotSource>;
  /** Service code → regions with a file. */
  services: Record<string, string[]>;
  /** Region code → AWS location name ("US East (N. Virginia)"), from locations.json. */
  locations: Record<string, string>;
  /** "service/region" → when its prices were last fetched from the Price List API (ISO time). */
  refreshedAt?: Record<string, string>;
  /**
   * AWS's always-free allowances (free-tier.json, with where AWS states each), for `--free-tier`.
   * Written by `pricing build`; a refresh keeps them (the Price List API has no allowances).
   */
  freeTier?: StoredFreeTier;
}

/** [from, to | null, unitPriceUsd, rateCode | null, freeTier (1) | omitted] */
export type TierTuple = [string, string | null, string, string | null] | [string, string | null, string, string | null, 1];

/** A price in memory (builder, refresh): its source id, unit and tiers. */
export interface PriceRecord {
  /** Key into SnapshotIndex.sources. */
  s: string;
  /** Unit as AWS states it, where known. */
  u?: string;
  t: TierTuple[];
}

/** A price on disk: [index into RegionFile.sources, unit | null, tiers]. */
export type StoredPrice = [number, string | null, TierTuple[]];

export interface RegionFile {
  service: string;
  region: string;
  /** Source ids (keys of SnapshotIndex.sources) the prices of this file refer to by index. */
  sources: string[];
  prices: Record<string, StoredPrice>;
}

/** One region file's text: deterministic (keys sorted), one price per line. */
export function encodeRegionFile(service: string, region: string, records: ReadonlyMap<string, PriceRecord>): string {
  const keys = [...records.keys()].sort();
  const sources = [...new Set(keys.map((k) => records.get(k)!.s))].sort();
  const indexOf = new Map(sources.map((s, i) => [s, i]));
  const lines = keys.map((key) => {
    const r = records.get(key)!;
    const stored: StoredPrice = [indexOf.get(r.s)!, r.u ?? null, r.t];
    return `${JSON.stringify(key)}:${JSON.stringify(stored)}`;
  });
  return (
    `{"service":${JSON.stringify(service)},"region":${JSON.stringify(region)},"sources":${JSON.stringify(sources)},` +
    `"prices":{\n${lines.join(',\n')}\n}}\n`
  );
}

export function decodeRecord(file: RegionFile, stored: StoredPrice): PriceRecord {
  const [source, unit, tiers] = stored;
  return { s: file.sources[source] ?? String(source), ...(unit ? { u: unit } : {}), t: tiers };
}
