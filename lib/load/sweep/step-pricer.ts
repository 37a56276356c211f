/**
 * Pricing one sweep step without building a whole Estimate: propagate the scaled entry loads,
 * price the resources, and sum per total, stack and owning construct. A resource whose usage has
 * no volume (nothing that grows with load) costs the same at every step, so it is priced once and
 * reused — most of a real app (IAM, networking, fixed-price resources).
 */
import { Decimal, ZERO } from '../../money.js';
import type { ResourceModel } from '../../model/architecture.js';
import { priceResource, type PricedResource, type PricingEnvironment } from '../../estimate/price-resource.js';
import { compareResources } from '../../estimate/estimate.js';
import { AllowanceIndex } from '../../estimate/free-tier/allowance-index.js';
import { creditsOf } from '../../estimate/free-tier/allocate.js';
import type { UsageResolver, UsageLayer } from '../../usage/resolve-usage.js';
import { wireUsage } from '../../usage/usage-wiring.js';
import type { UsageValue } from '../../usage/usage-value.js';
import type { LoadRun } from './load-run.js';
import { isVolumeKey, scaleUsage } from './scale-usage.js';

export interface Split {
  monthly: Decimal;
  fixed: Decimal;
  usageBased: Decimal;
}

export interface StepCosts {
  total: Split;
  stacks: Map<string, Split>;
  /** Per construct the user wrote (the resource's owner). */
  owners: Map<string, Split>;
}

export class StepPricer {
  private readonly resources: ResourceModel[];
  private readonly fixedPriced = new Map<ResourceModel, PricedResource>();
  /** With --free-tier: one index for every step (each step allocates the allowances afresh). */
  private readonly allowances: AllowanceIndex | undefined;

  private readonly keep: (stack: string) => boolean;
  /** One resolver for every step: its derived layer points at the current step's propagation. */
  private readonly resolver: UsageResolver;
  private current: UsageLayer;

  constructor(
    private readonly run: LoadRun,
    stacks?: ReadonlySet<string>,
  ) {
    this.keep = (name: string) => !stacks || stacks.has(name) || [...stacks].some((n) => name.startsWith(`${n}/`));
    // In the estimate's order: with --free-tier, resources draw on the shared allowances in this order.
    this.resources = run.architecture.stacks
      .filter((s) => this.keep(s.name))
      .flatMap((s) => s.resources)
      .sort(compareResources);
    this.allowances = run.freeTier ? new AllowanceIndex(run.priceBook.freeTier?.()) : undefined;
    this.current = run.context.derivedAt(1);
    const delegate: UsageLayer = { valuesFor: (r) => this.current.valuesFor(r) };
    this.resolver = wireUsage(run.architecture, run.usage, run.pricers, {
      context: run.context,
      layers: (context) => [...(context.metadataLayer ? [context.metadataLayer] : []), delegate],
    }).resolver;
  }

  at(scale: Decimal): StepCosts {
    // At 1× the estimate already priced everything.
    if (scale.eq(1)) return this.fromEstimate();
    const pricers = this.run.pricers;
    this.current = this.run.context.derivedAt(scale);
    const resolver = this.resolver;
    const env: PricingEnvironment = {
      architecture: this.run.architecture,
      priceBook: this.run.priceBook,
      pricers,
      freeTier: this.run.freeTier,
      ...(this.allowances ? { allowances: this.allowances } : {}),
      // The loop below resolved this resource's values already: scale those, do not resolve twice.
      usageFor: (r) => withoutExplanations(scaleUsage(r === current ? currentValues! : resolver.valuesFor(r), scale)),
      ownerOf: (r) => this.run.architecture.tree.owner(r.path),
      // A step needs each resource's costs, not its report lines.
      costsOnly: true,
    };
    const costs: StepCosts = { total: zero(), stacks: new Map(), owners: new Map() };
    let current: ResourceModel | undefined;
    let currentValues: ReturnType<UsageResolver['valuesFor']> | undefined;
    const step: PricedResource[] = [];
    for (const r of this.resources) {
      // Whether a resource grows with load does not change between steps (the graph is the same;
      // volume keys are given, not derived): a fixed one is priced once and not resolved again.
      let priced = this.fixedPriced.get(r);
      if (!priced) {
        const values = resolver.valuesFor(r);
        current = r;
        currentValues = values;
        priced = priceResource(r, env);
        if (!growsWithLoad(values)) this.fixedPriced.set(r, priced);
      }
      if (priced.monthly.isZero() && priced.cost.status !== 'priced' && priced.cost.status !== 'usage-missing') continue;
      step.push(priced);
    }
    // The allowances apply per step: allocated afresh over this step's quantities (cached resources are not changed).
    const credits = this.allowances ? creditsOf(step) : undefined;
    step.forEach((priced, i) => {
      const credit = credits?.get(i);
      const net = credit ? minus(priced, credit) : priced;
      add(costs.total, net);
      add(get(costs.stacks, priced.cost.stack), net);
      add(get(costs.owners, priced.cost.owner), net);
    });
    return costs;
  }

  private fromEstimate(): StepCosts {
    const costs: StepCosts = { total: zero(), stacks: new Map(), owners: new Map() };
    for (const r of this.run.estimate.resources) {
      if (!this.keep(r.stack) || (r.status !== 'priced' && r.status !== 'usage-missing')) continue;
      const split = { monthly: new Decimal(r.monthly), fixed: new Decimal(r.fixed), usageBased: new Decimal(r.usageBased) };
      for (const into of [costs.total, get(costs.stacks, r.stack), get(costs.owners, r.owner)]) {
        into.monthly = into.monthly.plus(split.monthly);
        into.fixed = into.fixed.plus(split.fixed);
        into.usageBased = into.usageBased.plus(split.usageBased);
      }
    }
    return costs;
  }
}

/** A sweep step shows totals only: derived values keep a short origin instead of building their explanations. */
const STEP_ORIGIN = { kind: 'derived' as const, explanation: 'derived from the entry loads at this step (see --explain)' };

function withoutExplanations(values: ReadonlyMap<string, UsageValue>): ReadonlyMap<string, UsageValue> {
  let out: Map<string, UsageValue> | undefined;
  for (const [key, v] of values) {
    if (v.origin.kind !== 'derived') continue;
    out ??= new Map(values);
    out.set(key, { value: v.value, origin: STEP_ORIGIN });
  }
  return out ?? values;
}

function growsWithLoad(values: ReadonlyMap<string, UsageValue>): boolean {
  for (const [key, v] of values) if (v.origin.kind === 'derived' || isVolumeKey(key)) return true;
  return false;
}

function minus(r: Split, credit: { fixed: Decimal; usageBased: Decimal }): Split {
  const fixed = r.fixed.minus(credit.fixed);
  const usageBased = r.usageBased.minus(credit.usageBased);
  return { monthly: fixed.plus(usageBased), fixed, usageBased };
}

function zero(): Split {
  return { monthly: ZERO, fixed: ZERO, usageBased: ZERO };
}

function get(map: Map<string, Split>, key: string): Split {
  let s = map.get(key);
  if (!s) map.set(key, (s = zero()));
  return s;
}

function add(into: Split, r: Split): void {
  if (r.monthly.isZero()) return;
  into.monthly = into.monthly.plus(r.monthly);
  into.fixed = into.fixed.plus(r.fixed);
  into.usageBased = into.usageBased.plus(r.usageBased);
}

export function splitStrings(s: Split): { monthly: string; fixed: string; usageBased: string } {
  return { monthly: s.monthly.toFixed(), fixed: s.fixed.toFixed(), usageBased: s.usageBased.toFixed() };
}
