/**
 * Prices findings with the estimate's own engine: each live resource becomes a ResourceModel (its
 * describe output as CloudFormation properties) and goes through priceResource with the same
 * pricers and PriceBook as `cdk-cost estimate`. A type without a pricer is "not priced", never $0.
 */
import { Decimal, ZERO } from '../../money.js';
import type { Architecture, ResourceModel } from '../../model/architecture.js';
import { ConstructTree } from '../../model/construct-tree.js';
import { priceResource, type PricingEnvironment } from '../../estimate/price-resource.js';
import { priceNeedsOf } from '../../estimate/estimate.js';
import type { PriceBook } from '../../pricing/price-book.js';
import type { PricerRegistry } from '../../resources/registry.js';
import type { UsageValue } from '../../usage/usage-value.js';
import type { FindingCost, LiveResource, LiveUsage } from '../types.js';
import type { MergedFinding } from './merge-findings.js';

export interface PricedCost {
  cost: FindingCost;
  monthly: Decimal | undefined;
}

const EMPTY_TREE = new ConstructTree();

function toModel(resource: LiveResource, stack: string | undefined): ResourceModel {
  return {
    logicalId: resource.name,
    type: resource.type,
    stack: stack ?? '(no stack)',
    region: resource.region,
    path: stack ? `${stack}/${resource.name}` : resource.name,
    properties: resource.properties,
    metadata: {},
  };
}

function toUsage(usage: Record<string, LiveUsage>): Map<string, UsageValue> {
  return new Map(
    Object.entries(usage).map(([key, u]) => [key, { value: u.value, origin: { kind: 'derived', explanation: u.explanation } }]),
  );
}

export class FindingPricer {
  private readonly env: PricingEnvironment;
  private readonly usage = new Map<ResourceModel, Map<string, UsageValue>>();

  constructor(
    private readonly priceBook: PriceBook,
    private readonly pricers: PricerRegistry,
  ) {
    const architecture: Architecture = { source: { kind: 'template', path: 'live account' }, stacks: [], tree: EMPTY_TREE, warnings: [] };
    this.env = {
      architecture,
      priceBook,
      pricers,
      freeTier: false,
      usageFor: (r) => this.usage.get(r) ?? new Map(),
      ownerOf: (r) => r.path,
    };
  }

  /** Loads the prices every finding may need, once. */
  async prepare(findings: MergedFinding[]): Promise<void> {
    await this.priceBook.prepare(
      priceNeedsOf(
        findings.flatMap((f) => f.costOf ?? [f.resource]),
        this.pricers,
      ),
    );
  }

  price(finding: MergedFinding): PricedCost {
    if (finding.unpricedReason) return notPriced(finding.unpricedReason);
    const parts = (finding.costOf ?? [finding.resource]).map((r) =>
      this.priceOne(r, finding.costOf ? (r.usage ?? {}) : finding.usage, finding.stack),
    );
    if (parts.length === 0) return notPriced('nothing to price');
    const unpriced = parts.find((p) => p.cost.status === 'not-priced');
    if (unpriced) return unpriced;
    if (parts.length === 1) return parts[0]!;
    const monthly = parts.reduce((s, p) => s.plus(p.monthly ?? ZERO), ZERO);
    return {
      monthly,
      cost: {
        status: 'priced',
        monthly: monthly.toFixed(),
        components: parts.flatMap((p) => p.cost.components),
        notes: parts.flatMap((p) => p.cost.notes),
        ...(parts[0]!.cost.service ? { service: parts[0]!.cost.service } : {}),
      },
    };
  }

  private priceOne(resource: LiveResource, usage: Record<string, LiveUsage>, stack: string | undefined): PricedCost {
    const model = toModel(resource, stack);
    this.usage.set(model, toUsage(usage));
    const { cost } = priceResource(model, this.env);
    this.usage.delete(model);
    const base = { components: cost.components, notes: cost.notes, ...(cost.service ? { service: cost.service } : {}) };
    if (cost.status === 'free')
      return { monthly: ZERO, cost: { ...base, status: 'free', monthly: '0', ...(cost.reason ? { reason: cost.reason } : {}) } };
    if (cost.status === 'unsupported') {
      const reason =
        cost.reason === 'no pricer for this resource type yet' ? `no pricer for ${resource.type} yet` : (cost.reason ?? 'not supported');
      return { monthly: undefined, cost: { ...base, status: 'not-priced', monthly: null, reason } };
    }
    const monthly = new Decimal(cost.monthly);
    const missing = cost.components.filter((c) => c.status === 'usage-missing').map((c) => c.name);
    const notes = missing.length ? [...base.notes, `not counted (usage unknown from live state): ${missing.join(', ')}`] : base.notes;
    return { monthly, cost: { ...base, notes, status: 'priced', monthly: monthly.toFixed() } };
  }
}

function notPriced(reason: string): PricedCost {
  return { monthly: undefined, cost: { status: 'not-priced', monthly: null, reason, components: [], notes: [] } };
}
