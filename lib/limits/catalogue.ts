/**
 * The limits catalogue: AWS default quotas and hard limits as data (limits/catalogue.json at the
 * package root, beside pricing/), never numbers in code. Each entry cites the AWS page stating it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

export interface CatalogueLimit {
  id: string;
  service: string;
  name: string;
  /** Default value in `unit`; null where AWS gives only per-Region figures (see byRegion). */
  value: number | null;
  unit: string;
  adjustable: boolean;
  scope: string;
  /** Regions whose default differs from `value`, as AWS lists them. */
  byRegion?: Record<string, number>;
  note?: string;
  url: string;
  /**
   * The Service Quotas quota that states it (`limits refresh` updates byRegion from it): the service
   * code, and the quota code or the exact quota name. Absent for limits only AWS's pages state.
   */
  serviceQuota?: { serviceCode: string; quotaCode?: string; quotaName?: string };
}

export interface LimitsCatalogue {
  asOf: string;
  limits: CatalogueLimit[];
  /** Set by `limits refresh`: when, which values (defaults or applied), for which Regions. */
  serviceQuotasRefresh?: { at: string; kind: string; regions: string[] };
}

/** A limit as it applies in one Region. */
export interface AppliedLimit {
  id: string;
  name: string;
  value: number;
  unit: string;
  adjustable: boolean;
  url: string;
}

export function bundledCataloguePath(): string {
  return join(packageRoot(), 'limits', 'catalogue.json');
}

let cached: LimitsCatalogue | undefined;

export function loadCatalogue(path?: string): LimitsCatalogue {
  if (!path && cached) return cached;
  const file = path ?? bundledCataloguePath();
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as LimitsCatalogue;
  if (!path) cached = parsed;
  return parsed;
}

/** The limit `id` in `region`, or undefined when the catalogue has no figure for that Region. */
export function limitIn(catalogue: LimitsCatalogue, id: string, region: string): AppliedLimit | undefined {
  const entry = catalogue.limits.find((l) => l.id === id);
  if (!entry) throw new Error(`limits catalogue has no entry ${id}`);
  const value = entry.byRegion?.[region] ?? entry.value;
  if (value === null) return undefined;
  return { id: entry.id, name: entry.name, value, unit: entry.unit, adjustable: entry.adjustable, url: entry.url };
}

/** Sizes in KB (1 MB = 1,024 KB, as AWS's quota pages count). */
export function sizeInKB(value: number, unit: string): number {
  if (unit === 'KB') return value;
  if (unit === 'MB' || unit === 'MB/s') return value * 1024;
  if (unit === 'GB') return value * 1024 * 1024;
  throw new Error(`not a size unit: ${unit}`);
}
