/**
 * A whole snapshot in memory (every service, region and price), to merge refreshed prices into
 * and write back atomically.
 */
import type { SnapshotPriceBook } from '../snapshot/snapshot-price-book.js';
import type { PriceRecord, SnapshotIndex, SnapshotSource } from '../snapshot/format.js';
import type { SnapshotContent } from '../snapshot/write-snapshot.js';
import type { RefreshResult } from './refresh.js';

export function loadContent(book: SnapshotPriceBook): SnapshotContent {
  const prices = new Map<string, Map<string, Map<string, PriceRecord>>>();
  for (const service of book.services()) {
    const regions = new Map<string, Map<string, PriceRecord>>();
    for (const region of book.regions(service)) regions.set(region, book.records(service, region));
    prices.set(service, regions);
  }
  return { index: structuredClone(book.rawIndex()), prices };
}

export function emptyContent(locations: Record<string, string>, producedBy: string, formatVersion: number): SnapshotContent {
  return { index: { formatVersion, producedBy, sources: {}, services: {}, locations: { ...locations } }, prices: new Map() };
}

export function setRecords(content: SnapshotContent, service: string, region: string, records: Map<string, PriceRecord>): void {
  let regions = content.prices.get(service);
  if (!regions) content.prices.set(service, (regions = new Map()));
  regions.set(region, records);
}

/**
 * Index sources: those still referenced by some price, plus the new ones; sorted so the index is
 * deterministic.
 */
export function settleSources(content: SnapshotContent, added: Record<string, SnapshotSource>): void {
  const all: Record<string, SnapshotSource> = { ...content.index.sources, ...added };
  const used = new Set<string>();
  for (const regions of content.prices.values()) for (const records of regions.values()) for (const r of records.values()) used.add(r.s);
  const sources: SnapshotIndex['sources'] = {};
  for (const id of Object.keys(all).sort()) if (used.has(id)) sources[id] = all[id]!;
  content.index.sources = sources;
}

/** Puts refreshed prices into a snapshot: their files, their sources, when they were fetched. */
export function applyRefresh(content: SnapshotContent, result: RefreshResult, producedBy: string): void {
  for (const r of result.regions) setRecords(content, r.serviceCode, r.region, r.after);
  const refreshedAt = { ...(content.index.refreshedAt ?? {}), ...result.refreshedAt };
  if (Object.keys(refreshedAt).length)
    content.index.refreshedAt = Object.fromEntries(Object.entries(refreshedAt).sort(([a], [b]) => a.localeCompare(b)));
  content.index.producedBy = producedBy;
  settleSources(content, result.sources);
}
