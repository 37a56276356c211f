/**
 * Architecture × usage × PriceBook → Estimate. Prices are loaded once (prepare), then pricing is a
 * pure, synchronous pass over the resources — cheap enough to repeat for load sweeps.
 */
import type { Architecture, ResourceModel } from '../model/architecture.js';
import type { PriceBook, ServiceRegion } from '../pricing/price-book.js';
import type { PricerRegistry } from '../resources/registry.js';
import type { UsageValue } from '../usage/usage-value.js';
import { ESTIMATE_SCHEMA_VERSION, type Estimate, type UnsupportedType } from './estimate-types.js';
import { priceResource, type PricedResource } from './price-resource.js';
import { rollUp } from './rollup.js';
import { coverageOf } from './coverage.js';
import { AllowanceIndex } from './free-tier/allowance-index.js';
import { applyFreeTierLines } from './free-tier/free-tier-lines.js';

export interface EstimateOptions {
  priceBook: PriceBook;
  /** The pricers, passed in by the entry point that built them (never reached through a global). */
  pricers: PricerRegistry;
  freeTier?: boolean;
  usageFile?: string | null;
  /** Resolved usage values per resource (from the usage file and further layers). */
  usageFor?: (resource: ResourceModel) => ReadonlyMap<string, UsageValue>;
}

/** The service/region pairs whose prices an architecture's pricers may read. */
export function priceNeeds(architecture: Architecture, pricers: PricerRegistry): ServiceRegion[] {
  return priceNeedsOf(
    architecture.stacks.flatMap((stack) => stack.resources),
    pricers,
  );
}

/** The service/region pairs the pricers of these resources may read (optional ones marked, never overriding a required one). */
export function priceNeedsOf(resources: Iterable<{ type: string; region: string }>, pricers: PricerRegistry): ServiceRegion[] {
  const needs = new Map<string, ServiceRegion>();
  for (const resource of resources) {
    const pricer = pricers.pricerFor(resource.type);
    for (const serviceCode of pricer?.optionalServiceCodes ?? []) {
      const key = `${serviceCode}/${resource.region}`;
      if (!needs.has(key)) needs.set(key, { serviceCode, region: resource.region, optional: true });
    }
    for (const serviceCode of pricer?.serviceCodes ?? []) {
      needs.set(`${serviceCode}/${resource.region}`, { serviceCode, region: resource.region });
    }
  }
  return [...needs.values()];
}

export async function estimateArchitecture(architecture: Architecture, options: EstimateOptions): Promise<Estimate> {
  await options.priceBook.prepare(priceNeeds(architecture, options.pricers));
  return priceArchitecture(architecture, options);
}

/** Synchronous pricing pass; the PriceBook must already be prepared for the architecture. */
export function priceArchitecture(architecture: Architecture, options: EstimateOptions): Estimate {
  const pricers = options.pricers;
  const empty = new Map<string, UsageValue>();
  const allowances = options.freeTier ? new AllowanceIndex(options.priceBook.freeTier?.()) : undefined;
  const env = {
    architecture,
    priceBook: options.priceBook,
    pricers,
    freeTier: options.freeTier ?? false,
    ...(allowances ? { allowances } : {}),
    usageFor: options.usageFor ?? (() => empty),
    ownerOf: (r: ResourceModel) => architecture.tree.owner(r.path),
    sources: new Map<string, { publicationDate: string; quality: string }>(),
  };
  const priced: PricedResource[] = [];
  for (const stack of architecture.stacks) for (const resource of stack.resources) priced.push(priceResource(resource, env));
  priced.sort((a, b) => compareResources(a.cost, b.cost));
  // Allowances are shared: subtracted once all resources are priced, in this (documented) order.
  const freeTierAllowances = allowances ? applyFreeTierLines(priced) : undefined;

  const { totals, stacks, constructs, services } = rollUp(architecture, priced);
  const sources: Estimate['prices']['sources'] = {};
  for (const [id, s] of env.sources) sources[id] = s;
  const info = options.priceBook.info();
  const summary = { resources: priced.length, priced: 0, free: 0, usageMissing: 0, unsupported: 0, partlyPriced: 0 };
  const unsupported = new Map<string, UnsupportedType>();
  for (const r of priced) {
    const status = r.cost.status;
    if (status === 'priced') summary.priced++;
    else if (status === 'free') summary.free++;
    else if (status === 'usage-missing') summary.usageMissing++;
    else {
      summary.unsupported++;
      // Partly priced: its priced components are in the totals, the rest has no price (the reason).
      if (r.cost.components.some((c) => c.status === 'priced')) summary.partlyPriced++;
      const reason = r.cost.reason ?? 'not supported';
      const key = `${r.cost.type}\u0000${reason}`;
      let entry = unsupported.get(key);
      if (!entry) unsupported.set(key, (entry = { type: r.cost.type, count: 0, reason, paths: [] }));
      entry.count++;
      entry.paths.push(r.cost.path);
    }
  }
  return {
    schemaVersion: ESTIMATE_SCHEMA_VERSION,
    currency: 'USD',
    hoursPerMonth: 730,
    freeTier: options.freeTier ?? false,
    source: architecture.source,
    usageFile: options.usageFile ?? null,
    prices: {
      kind: info.kind,
      location: info.location,
      pricesAsOf: info.pricesAsOf,
      sources: Object.fromEntries(Object.entries(sources).sort(([a], [b]) => compare(a, b))),
    },
    totals: { monthly: totals.monthly, fixed: totals.fixed, usageBased: totals.usageBased },
    summary,
    stacks,
    constructs,
    services,
    resources: priced.map((r) => r.cost),
    unsupportedTypes: [...unsupported.values()].sort((a, b) => compare(a.type, b.type)),
    coverage: coverageOf(priced.map((r) => r.cost)),
    ...(freeTierAllowances ? { freeTierAllowances } : {}),
    warnings: [...architecture.warnings, ...(allowances && !allowances.set ? [NO_ALLOWANCES] : [])],
  };
}

const NO_ALLOWANCES =
  '--free-tier: the price data has no always-free allowances (free-tier.json; rebuild the snapshot with `cdk-cost pricing build`): ' +
  'only zero-price tiers in the price data were subtracted';

type ResourceKey = { stack: string; path: string; logicalId: string };

/** The estimate's resource order — stack, construct path, logical id — which is also the order resources draw on allowances. */
export function compareResources(a: ResourceKey, b: ResourceKey): number {
  return compare(a.stack, b.stack) || compare(a.path, b.path) || compare(a.logicalId, b.logicalId);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
