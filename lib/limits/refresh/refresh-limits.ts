/**
 * `limits refresh`: the catalogue entries that name a Service Quotas quota (serviceQuota: service
 * code, and quota code or exact quota name) get the value Service Quotas gives in each Region asked
 * for — AWS's default, or with `applied` the value applied to this account — written as the entry's
 * byRegion figure for that Region. Entries without a quota (hard limits stated only on AWS's pages)
 * are kept as they are; so is an entry whose quota the service does not list, with a reason.
 */
import { isFatalSdkError } from '../../aws/sdk-errors.js';
import type { CatalogueLimit, LimitsCatalogue } from '../catalogue.js';
import type { QuotaSource, ServiceQuota } from './quota-source.js';

export interface RefreshOptions {
  catalogue: LimitsCatalogue;
  /** One source per Region to refresh. */
  sources: ReadonlyMap<string, QuotaSource>;
  applied?: boolean;
  /** Today (YYYY-MM-DD), written as the catalogue's refreshedAt. */
  today: string;
}

export interface RefreshLine {
  id: string;
  region: string;
  quota?: string;
  before: number | null;
  after?: number;
  /** Why the entry was kept as it was. */
  kept?: string;
}

export interface LimitsRefresh {
  catalogue: LimitsCatalogue;
  lines: RefreshLine[];
}

export async function refreshLimits(options: RefreshOptions): Promise<LimitsRefresh> {
  const limits = options.catalogue.limits.map((l) => structuredClone(l));
  const lines: RefreshLine[] = [];
  for (const [region, source] of options.sources) {
    const listed = new Map<string, ServiceQuota[] | Error>();
    for (const entry of limits) {
      if (!entry.serviceQuota) continue;
      const before = entry.byRegion?.[region] ?? entry.value;
      const line: RefreshLine = { id: entry.id, region, before };
      lines.push(line);
      const { serviceCode } = entry.serviceQuota;
      if (!listed.has(serviceCode)) listed.set(serviceCode, await listOrError(source, serviceCode));
      const quotas = listed.get(serviceCode)!;
      if (quotas instanceof Error) {
        line.kept = `Service Quotas lists no defaults for ${serviceCode} (${quotas.name}: ${quotas.message})`;
        continue;
      }
      const found = findQuota(entry, quotas);
      if (!found) {
        line.kept = `${serviceCode} has no quota ${describe(entry)} in ${region}`;
        continue;
      }
      line.quota = `${serviceCode}/${found.quotaCode} "${found.quotaName}"`;
      let quota = found;
      if (options.applied) {
        const applied = await source.getApplied(serviceCode, found.quotaCode);
        if (applied) quota = applied;
      }
      if (!unitFits(quota, entry)) {
        line.kept = `its Service Quotas unit "${quota.unit}" is not the catalogue's "${entry.unit}"`;
        continue;
      }
      line.after = quota.value;
      entry.byRegion = { ...(entry.byRegion ?? {}), [region]: quota.value };
      entry.adjustable = quota.adjustable;
      entry.serviceQuota = { ...entry.serviceQuota, quotaCode: found.quotaCode };
    }
  }
  const refreshed = {
    at: options.today,
    kind: options.applied ? 'applied to this account' : 'AWS defaults',
    regions: [...options.sources.keys()],
  };
  return { catalogue: { ...options.catalogue, limits, serviceQuotasRefresh: refreshed }, lines };
}

async function listOrError(source: QuotaSource, serviceCode: string): Promise<ServiceQuota[] | Error> {
  try {
    return await source.listDefaults(serviceCode);
  } catch (error) {
    // Credentials, endpoint and rejected keys stop the whole refresh; a service Service Quotas
    // does not cover only keeps its entries.
    if (isFatalSdkError(error)) throw error;
    const e = error as { name?: string; message?: string };
    if (e.name === 'AccessDeniedException') throw error;
    return Object.assign(new Error(e.message ?? String(error)), { name: e.name ?? 'Error' });
  }
}

function findQuota(entry: CatalogueLimit, quotas: ServiceQuota[]): ServiceQuota | undefined {
  const { quotaCode, quotaName } = entry.serviceQuota!;
  if (quotaCode) return quotas.find((q) => q.quotaCode === quotaCode);
  return quotas.find((q) => q.quotaName === quotaName);
}

function describe(entry: CatalogueLimit): string {
  const { quotaCode, quotaName } = entry.serviceQuota!;
  return quotaCode ? quotaCode : `named "${quotaName}"`;
}

/** Counts ("None") fit any count unit; other units must be the catalogue's own (e.g. both "Second"). */
function unitFits(quota: ServiceQuota, entry: CatalogueLimit): boolean {
  if (quota.unit === 'None' || quota.unit === 'Count') return !/\b(KB|MB|GB|s)\b/.test(entry.unit);
  return quota.unit === entry.unit;
}
