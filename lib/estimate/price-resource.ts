/**
 * Prices one resource: classify it (CDK internal, free, priced, unsupported), run its pricer, then
 * look up each component's price, apply tiers, and compute the monthly cost — exactly, in decimal.
 */
import { Decimal, ZERO } from '../money.js';
import type { Architecture, ResourceModel } from '../model/architecture.js';
import type { PriceBook } from '../pricing/price-book.js';
import { applyTiers } from '../pricing/tiers.js';
import { cdkInternalReason } from '../resources/cdk-internals.js';
import { freeReason } from '../resources/free-types.js';
import { unsupportedReason } from '../resources/unsupported-types.js';
import type { ComponentSpec, PricerContext } from '../resources/pricer.js';
import type { PricerRegistry } from '../resources/registry.js';
import { UsageReader } from '../usage/usage-reader.js';
import type { UsageValue } from '../usage/usage-value.js';
import { describeOrigin } from '../usage/usage-value.js';
import type { ComponentCost, ResourceCost } from './estimate-types.js';

export interface PricingEnvironment {
  architecture: Architecture;
  priceBook: PriceBook;
  pricers: PricerRegistry;
  freeTier: boolean;
  usageFor(resource: ResourceModel): ReadonlyMap<string, UsageValue>;
  ownerOf(resource: ResourceModel): string;
}

export interface PricedResource {
  cost: ResourceCost;
  monthly: Decimal;
  fixed: Decimal;
  usageBased: Decimal;
  /** Price sources used, for the estimate's provenance summary. */
  sources: Map<string, { publicationDate: string; quality: string }>;
}

export function priceResource(resource: ResourceModel, env: PricingEnvironment): PricedResource {
  const base = {
    path: resource.path,
    logicalId: resource.logicalId,
    type: resource.type,
    stack: resource.stack,
    region: resource.region,
    owner: env.ownerOf(resource),
  };
  const sources = new Map<string, { publicationDate: string; quality: string }>();
  const unpriced = (status: 'free' | 'unsupported', reason: string, service?: string): PricedResource => ({
    cost: { ...base, ...(service ? { service } : {}), status, reason, monthly: '0', fixed: '0', usageBased: '0', components: [], missingUsage: [], notes: [] },
    monthly: ZERO,
    fixed: ZERO,
    usageBased: ZERO,
    sources,
  });

  const internal = cdkInternalReason(resource, env.architecture);
  if (internal) return unpriced('free', internal);
  const pricer = env.pricers.pricerFor(resource.type);
  if (!pricer) {
    const free = freeReason(resource.type);
    return free ? unpriced('free', free) : unpriced('unsupported', unsupportedReason(resource.type));
  }

  const usage = new UsageReader(env.usageFor(resource));
  const specs: ComponentSpec[] = [];
  const notes: string[] = [];
  let declared: { status: 'free' | 'unsupported'; reason: string } | undefined;
  const ctx: PricerContext = {
    resource,
    architecture: env.architecture,
    usage,
    add: (spec) => specs.push(spec),
    note: (text) => notes.push(text),
    free: (reason) => (declared = { status: 'free', reason }),
    unsupported: (reason) => (declared = { status: 'unsupported', reason }),
  };
  pricer.price(ctx);
  if (declared) {
    const result = unpriced(declared.status, declared.reason, pricer.service);
    result.cost.notes.push(...notes);
    return result;
  }

  let fixed = ZERO;
  let usageBased = ZERO;
  const components = specs.map((spec) => {
    const { component, cost } = priceComponent(spec, resource, usage, env, sources);
    if (spec.usageBased) usageBased = usageBased.plus(cost);
    else fixed = fixed.plus(cost);
    return component;
  });
  const monthly = fixed.plus(usageBased);
  const anyPriced = components.some((c) => c.status === 'priced');
  const anyMissing = components.some((c) => c.status === 'usage-missing');
  let status: ResourceCost['status'] = 'priced';
  let reason: string | undefined;
  const noPrice = [...new Set(components.filter((c) => c.status === 'no-price').map((c) => c.problem!))];
  if (noPrice.length > 0) {
    // A part of the resource's cost has no price (e.g. an instance type the region's data lacks):
    // the resource is not fully priced, so it is not counted as priced. Its priced parts still
    // show and add up — the total is then a lower bound, and the output says why.
    status = 'unsupported';
    reason = noPrice.join('; ');
  } else if (!anyPriced) {
    if (anyMissing) status = 'usage-missing';
    else {
      status = 'unsupported';
      reason = [...new Set(components.map((c) => c.problem).filter(Boolean))].join('; ') || 'the pricer found nothing to price';
    }
  }
  return {
    cost: {
      ...base,
      service: pricer.service,
      status,
      ...(reason ? { reason } : {}),
      monthly: monthly.toFixed(),
      fixed: fixed.toFixed(),
      usageBased: usageBased.toFixed(),
      components,
      missingUsage: [...usage.missing].sort(),
      notes,
    },
    monthly,
    fixed,
    usageBased,
    sources,
  };
}

function priceComponent(
  spec: ComponentSpec,
  resource: ResourceModel,
  usage: UsageReader,
  env: PricingEnvironment,
  sources: PricedResource['sources'],
): { component: ComponentCost; cost: Decimal } {
  const usageRecord: NonNullable<ComponentCost['usage']> = {};
  for (const key of spec.usageKeys ?? []) {
    const v = usage.get(key);
    if (v) usageRecord[key] = { value: v.value, origin: describeOrigin(v.origin), derived: v.origin.kind === 'derived' || (v.origin.kind === 'scaled' && v.origin.base.kind === 'derived') };
  }
  const common = {
    name: spec.name,
    unit: spec.unit,
    usageBased: spec.usageBased,
    ...(spec.formula ? { formula: spec.formula } : {}),
    ...(Object.keys(usageRecord).length ? { usage: usageRecord } : {}),
  };
  const price = env.priceBook.lookup(spec.price.serviceCode, resource.region, spec.price.key);
  if (!price) {
    return {
      component: {
        ...common,
        quantity: spec.quantity?.toFixed() ?? null,
        unitPrice: null,
        monthly: '0',
        status: 'no-price',
        price: null,
        problem: `no price for "${spec.price.key}" (${spec.price.serviceCode}) in ${resource.region}`,
      },
      cost: ZERO,
    };
  }
  sources.set(price.provenance.origin, { publicationDate: price.provenance.publicationDate, quality: price.provenance.quality });
  const identity = {
    serviceCode: price.serviceCode,
    region: price.region,
    key: price.key,
    ...(price.unit ? { unit: price.unit } : {}),
    origin: price.provenance.origin,
    quality: price.provenance.quality,
    publicationDate: price.provenance.publicationDate,
  };
  if (spec.quantity === undefined) {
    const first = price.tiers[0];
    return {
      component: {
        ...common,
        quantity: null,
        unitPrice: price.tiers.length === 1 && first ? first.unitPrice.toFixed() : null,
        monthly: '0',
        status: 'usage-missing',
        price: { ...identity, rateCodes: price.tiers.flatMap((t) => (t.rateCode ? [t.rateCode] : [])) },
      },
      cost: ZERO,
    };
  }
  const tiered = applyTiers(spec.quantity, price.tiers, env.freeTier);
  const single = tiered.uses.length <= 1;
  const unitPrice = single ? (tiered.uses[0]?.unitPrice ?? price.tiers[0]?.unitPrice ?? ZERO) : null;
  return {
    component: {
      ...common,
      quantity: spec.quantity.toFixed(),
      unitPrice: unitPrice?.toFixed() ?? null,
      monthly: tiered.cost.toFixed(),
      status: 'priced',
      price: { ...identity, rateCodes: [...new Set((tiered.uses.length ? tiered.uses : price.tiers.slice(0, 1)).flatMap((t) => (t.rateCode ? [t.rateCode] : [])))] },
      ...(price.tiers.length > 1
        ? {
            tiers: tiered.uses.map((u) => ({
              from: u.from.toFixed(),
              to: u.to?.toFixed() ?? null,
              quantity: u.quantity.toFixed(),
              unitPrice: u.unitPrice.toFixed(),
              monthly: u.cost.toFixed(),
              ...(u.rateCode ? { rateCode: u.rateCode } : {}),
            })),
          }
        : {}),
    },
    cost: tiered.cost,
  };
}
