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
import type { ComponentSpec, Pricer, PricerContext } from '../resources/pricer.js';
import type { PricerRegistry } from '../resources/registry.js';
import { UsageReader } from '../usage/usage-reader.js';
import type { UsageValue } from '../usage/usage-value.js';
import { describeOrigin } from '../usage/usage-value.js';
import type { ComponentCost, PriceIdentity, ResourceCost } from './estimate-types.js';
import type { Price } from '../pricing/price.js';
import type { Allowance, AllowanceIndex } from './free-tier/allowance-index.js';
import { noPriceProblem, noPriceReason } from './no-price-reason.js';

export interface PricingEnvironment {
  architecture: Architecture;
  priceBook: PriceBook;
  pricers: PricerRegistry;
  freeTier: boolean;
  /**
   * With --free-tier: the allowances prices draw on. Lines are priced without any free tier (gross);
   * each draw is recorded and the estimate subtracts the shared allowances afterwards, in resource order.
   */
  allowances?: AllowanceIndex;
  usageFor(resource: ResourceModel): ReadonlyMap<string, UsageValue>;
  ownerOf(resource: ResourceModel): string;
  /** Price sources used, shared by every resource of one pricing pass (one map, not one per resource). */
  sources?: Map<string, { publicationDate: string; quality: string }>;
  /**
   * Compute the decimal costs and the status only: no component objects, no strings. For load
   * sweeps, which re-price every load-bearing resource at each step and read only the totals.
   */
  costsOnly?: boolean;
}

export interface PricedResource {
  cost: ResourceCost;
  monthly: Decimal;
  fixed: Decimal;
  usageBased: Decimal;
  /** Price sources used, for the estimate's provenance summary. */
  sources: Map<string, { publicationDate: string; quality: string }>;
  /** With --free-tier: the priced quantities that may draw on an allowance (see lib/estimate/free-tier). */
  draws?: Draw[];
}

/** A priced quantity whose price draws on an always-free allowance. */
export interface Draw {
  allowance: Allowance;
  price: Price;
  quantity: Decimal;
  usageBased: boolean;
  /** Index of the line in the resource's components (full pass only). */
  component?: number;
}

export function priceResource(resource: ResourceModel, env: PricingEnvironment): PricedResource {
  const sources = env.sources ?? new Map<string, { publicationDate: string; quality: string }>();
  // One object shape for every resource (no spreads): this runs for each of thousands of resources.
  const cost: ResourceCost = {
    path: resource.path,
    logicalId: resource.logicalId,
    type: resource.type,
    stack: resource.stack,
    region: resource.region,
    owner: env.ownerOf(resource),
    // Declared here (undefined is left out of JSON) so the JSON keys keep this order when set below.
    service: undefined,
    status: 'priced',
    reason: undefined,
    monthly: '0',
    fixed: '0',
    usageBased: '0',
    components: [],
    missingUsage: [],
    notes: [],
  };
  const unpriced = (status: 'free' | 'unsupported', reason: string, service?: string): PricedResource => {
    if (service) cost.service = service;
    cost.status = status;
    cost.reason = reason;
    return { cost, monthly: ZERO, fixed: ZERO, usageBased: ZERO, sources };
  };

  const internal = cdkInternalReason(resource, env.architecture);
  if (internal) return unpriced('free', internal);
  const pricer = env.pricers.pricerFor(resource.type);
  if (!pricer) {
    const free = freeReason(resource.type);
    return free ? unpriced('free', free) : unpriced('unsupported', unsupportedReason(resource.type));
  }

  const usage = new UsageReader(env.usageFor(resource), declaredKeys(pricer), pricer.service);
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
  if (env.costsOnly) return costsOnly(specs, resource, env, cost, pricer.service, sources);
  const draws: Draw[] = [];
  const components = specs.map((spec, index) => {
    const { component, cost, price } = priceComponent(spec, resource, usage, env, sources);
    const allowance = price && spec.quantity?.gt(0) ? env.allowances?.of(price) : undefined;
    if (allowance) draws.push({ allowance, price: price!, quantity: spec.quantity!, usageBased: spec.usageBased, component: index });
    if (spec.usageBased) usageBased = usageBased.plus(cost);
    else fixed = fixed.plus(cost);
    return component;
  });
  const monthly = fixed.plus(usageBased);
  const anyPriced = components.some((c) => c.status === 'priced');
  const anyMissing = components.some((c) => c.status === 'usage-missing');
  let status: ResourceCost['status'] = 'priced';
  let reason: string | undefined;
  const noPrice = noPriceReason(components);
  if (noPrice) {
    // A part of the resource's cost has no price (e.g. an instance type the region's data lacks):
    // the resource is not fully priced, so it is not counted as priced. Its priced parts still
    // show and add up — the total is then a lower bound, and the output says why.
    status = 'unsupported';
    reason = noPrice;
  } else if (!anyPriced) {
    if (anyMissing) status = 'usage-missing';
    else {
      status = 'unsupported';
      const problems = [...new Set(components.map((c) => c.problem).filter(Boolean))];
      reason = problems.join('; ') || 'nothing in the template to price (see the notes)';
    }
  }
  cost.service = pricer.service;
  cost.status = status;
  if (reason) cost.reason = reason;
  cost.monthly = monthly.toFixed();
  cost.fixed = fixed.toFixed();
  cost.usageBased = usageBased.toFixed();
  cost.components = components;
  cost.missingUsage = usage.missing.size ? [...usage.missing].sort() : [];
  cost.notes = notes;
  return draws.length ? { cost, monthly, fixed, usageBased, sources, draws } : { cost, monthly, fixed, usageBased, sources };
}

const declared = new WeakMap<Pricer, ReadonlySet<string>>();

/** The usage key names a pricer declares, computed once per pricer (this runs for every resource of every sweep step). */
function declaredKeys(pricer: Pricer): ReadonlySet<string> {
  let names = declared.get(pricer);
  if (!names) declared.set(pricer, (names = new Set(pricer.usageKeys.map((k) => k.name))));
  return names;
}

/** The `costsOnly` pass: the same arithmetic and status rules as the full pass, none of the report. */
function costsOnly(
  specs: ComponentSpec[],
  resource: ResourceModel,
  env: PricingEnvironment,
  cost: ResourceCost,
  service: string,
  sources: PricedResource['sources'],
): PricedResource {
  let fixed = ZERO;
  let usageBased = ZERO;
  let anyPriced = false;
  let anyMissing = false;
  let anyNoPrice = false;
  let draws: Draw[] | undefined;
  for (const spec of specs) {
    if (spec.statedAmount && spec.quantity !== undefined) {
      anyPriced = true;
      if (spec.usageBased) usageBased = usageBased.plus(spec.quantity);
      else fixed = fixed.plus(spec.quantity);
      continue;
    }
    const price = lookupPrice(spec, resource, env);
    if (!price) {
      anyNoPrice = true;
      continue;
    }
    if (spec.quantity === undefined) {
      anyMissing = true;
      continue;
    }
    anyPriced = true;
    const amount = applyTiers(spec.quantity, price.tiers).cost;
    const allowance = spec.quantity.gt(0) ? env.allowances?.of(price) : undefined;
    if (allowance) (draws ??= []).push({ allowance, price, quantity: spec.quantity, usageBased: spec.usageBased });
    if (spec.usageBased) usageBased = usageBased.plus(amount);
    else fixed = fixed.plus(amount);
  }
  cost.service = service;
  cost.status = anyNoPrice || (!anyPriced && !anyMissing) ? 'unsupported' : !anyPriced ? 'usage-missing' : 'priced';
  const priced: PricedResource = { cost, monthly: fixed.plus(usageBased), fixed, usageBased, sources };
  if (draws) priced.draws = draws;
  return priced;
}

function priceComponent(
  spec: ComponentSpec,
  resource: ResourceModel,
  usage: UsageReader,
  env: PricingEnvironment,
  sources: PricedResource['sources'],
): { component: ComponentCost; cost: Decimal; price?: Price } {
  // Objects are built field by field, not with spreads: this runs once per component of every
  // resource, and V8 handles fixed-shape literals far faster than conditional spreads.
  const component: ComponentCost = {
    name: spec.name,
    unit: spec.unit,
    quantity: null,
    unitPrice: null,
    monthly: '0',
    usageBased: spec.usageBased,
    status: 'priced',
    price: null,
  };
  if (spec.formula) component.formula = spec.formula;
  if (spec.usageKeys?.length) {
    let record: NonNullable<ComponentCost['usage']> | undefined;
    for (const key of spec.usageKeys) {
      const v = usage.get(key);
      if (!v) continue;
      (record ??= {})[key] = {
        value: v.value,
        origin: originText(v.origin),
        derived: v.origin.kind === 'derived' || (v.origin.kind === 'scaled' && v.origin.base.kind === 'derived'),
      };
    }
    if (record) component.usage = record;
  }
  const price = lookupPrice(spec, resource, env);
  if (!price) {
    component.quantity = spec.quantity?.toFixed() ?? null;
    component.status = 'no-price';
    component.problem = noPriceProblem(env.priceBook, spec.price.serviceCode, resource.region, spec.price.key);
    return { component, cost: ZERO };
  }
  if (!spec.statedAmount && !sources.has(price.provenance.origin)) {
    sources.set(price.provenance.origin, { publicationDate: price.provenance.publicationDate, quality: price.provenance.quality });
  }
  const identity = identityOf(price);
  if (spec.quantity === undefined) {
    const first = price.tiers[0];
    component.unitPrice = price.tiers.length === 1 && first ? first.unitPrice.toFixed() : null;
    component.status = 'usage-missing';
    component.price = { ...identity.fields, rateCodes: identity.allRateCodes };
    return { component, cost: ZERO };
  }
  // Gross: free tiers are never applied on the line itself; --free-tier subtracts shared allowances afterwards.
  const tiered = applyTiers(spec.quantity, price.tiers);
  const uses = tiered.uses;
  const unitPrice = uses.length <= 1 ? (uses[0]?.unitPrice ?? price.tiers[0]?.unitPrice ?? ZERO) : null;
  component.quantity = spec.quantity.toFixed();
  component.unitPrice = unitPrice?.toFixed() ?? null;
  component.monthly = tiered.cost.toFixed();
  const rateCodes: string[] = [];
  for (const t of uses.length ? uses : price.tiers.slice(0, 1))
    if (t.rateCode && !rateCodes.includes(t.rateCode)) rateCodes.push(t.rateCode);
  component.price = { ...identity.fields, rateCodes };
  if (price.tiers.length > 1) {
    component.tiers = uses.map((u) => {
      const tier: NonNullable<ComponentCost['tiers']>[number] = {
        from: u.from.toFixed(),
        to: u.to?.toFixed() ?? null,
        quantity: u.quantity.toFixed(),
        unitPrice: u.unitPrice.toFixed(),
        monthly: u.cost.toFixed(),
      };
      if (u.rateCode) tier.rateCode = u.rateCode;
      return tier;
    });
  }
  return { component, cost: tiered.cost, price };
}

// Type defaults and derived values are shared by many resources: describe each origin once.
const originTexts = new WeakMap<UsageValue['origin'], string>();
function originText(origin: UsageValue['origin']): string {
  let text = originTexts.get(origin);
  if (text === undefined) originTexts.set(origin, (text = describeOrigin(origin)));
  return text;
}

interface CachedIdentity {
  /** The JSON fields of the price's identity, shared by every component that uses the price. */
  fields: Omit<PriceIdentity, 'rateCodes'>;
  allRateCodes: string[];
}
const identities = new WeakMap<Price, CachedIdentity>();
/** A price's identity, built once per price (thousands of components share a few hundred prices). */
function identityOf(price: Price): CachedIdentity {
  let identity = identities.get(price);
  if (!identity) {
    const fields: Omit<PriceIdentity, 'rateCodes'> = {
      serviceCode: price.serviceCode,
      region: price.region,
      key: price.key,
      origin: price.provenance.origin,
      quality: price.provenance.quality,
      publicationDate: price.provenance.publicationDate,
    };
    if (price.unit) fields.unit = price.unit;
    identity = { fields, allRateCodes: price.tiers.flatMap((t) => (t.rateCode ? [t.rateCode] : [])) };
    identities.set(price, identity);
  }
  return identity;
}

function lookupPrice(spec: ComponentSpec, resource: ResourceModel, env: PricingEnvironment): Price | undefined {
  return spec.statedAmount ? statedPrice(spec, resource) : env.priceBook.lookup(spec.price.serviceCode, resource.region, spec.price.key);
}

const statedPrices = new Map<string, Price>();
/**
 * A user-stated monthly amount as a price of 1 USD per USD: the component then shows the amount,
 * its usage-file origin, and quality "user-stated" (never a Price List price, never in "prices as of").
 */
function statedPrice(spec: ComponentSpec, resource: ResourceModel): Price {
  const id = `${spec.price.serviceCode}|${resource.region}|${spec.price.key}`;
  let price = statedPrices.get(id);
  if (!price) {
    price = {
      serviceCode: spec.price.serviceCode,
      region: resource.region,
      key: spec.price.key,
      unit: 'USD',
      tiers: [{ from: ZERO, to: null, unitPrice: new Decimal(1) }],
      provenance: {
        via: 'usage',
        origin: 'usage file (an amount stated by the user, not from the AWS Price List)',
        quality: 'user-stated',
        publicationDate: '',
      },
    };
    statedPrices.set(id, price);
  }
  return price;
}
