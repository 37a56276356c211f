/**
 * Test support for pricer tests: price a small inline CloudFormation template (built the way a
 * template file is: parseTemplateText + buildStack) with usage given per logical id, and read unit
 * prices from the bundled snapshot so expected costs are computed from data, never typed.
 */
import { expect } from 'vitest';
import { Decimal } from '../../lib/money.js';
import type { Decimal as DecimalJs } from 'decimal.js';
import type { Architecture } from '../../lib/model/architecture.js';
import { buildStack } from '../../lib/model/build-stack.js';
import { ConstructTree } from '../../lib/model/construct-tree.js';
import { estimateArchitecture } from '../../lib/estimate/estimate.js';
import type { ComponentCost, Estimate, ResourceCost } from '../../lib/estimate/estimate-types.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { parseTemplateText } from '../../lib/source/read-template.js';
import type { UsageScalar, UsageValue } from '../../lib/usage/usage-value.js';
import { BUNDLED_SNAPSHOT } from '../support/paths.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

type DecimalValue = DecimalJs.Value;

export const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
export const d = (v: DecimalValue) => new Decimal(v);

export interface InlineOptions {
  region?: string;
  /** Usage per logical id. */
  usage?: Record<string, Record<string, UsageScalar>>;
  parameters?: Record<string, string>;
  freeTier?: boolean;
}

export function architectureOf(templateText: string, options: InlineOptions = {}): Architecture {
  const template = parseTemplateText(templateText, 'inline.yaml');
  const built = buildStack({
    template,
    templateFile: 'inline.yaml',
    name: 'Inline',
    region: options.region ?? 'us-east-1',
    regionSource: 'flag',
    parameterValues: options.parameters ?? {},
    pathOf: () => undefined,
  });
  const tree = new ConstructTree();
  for (const r of built.stack.resources) tree.ensurePath(r.path, { cfnType: r.type, logicalId: r.logicalId });
  return { source: { kind: 'template', path: 'inline.yaml' }, stacks: [built.stack], tree, warnings: built.warnings };
}

export async function priceInline(templateText: string, options: InlineOptions = {}): Promise<Estimate> {
  const architecture = architectureOf(templateText, options);
  return estimateArchitecture(architecture, {
    pricers: new PricerRegistry(),
    priceBook: book,
    freeTier: options.freeTier ?? false,
    usageFor: (r) => {
      const values = new Map<string, UsageValue>();
      for (const [key, value] of Object.entries(options.usage?.[r.logicalId] ?? {})) {
        values.set(key, { value, origin: { kind: 'file', file: 'inline-usage.yml', line: 1, selector: r.logicalId } });
      }
      return values;
    },
  });
}

/** The resource with this logical id. */
export function resource(estimate: Estimate, logicalId: string): ResourceCost {
  const found = estimate.resources.find((r) => r.logicalId === logicalId);
  if (!found) throw new Error(`no resource ${logicalId} in the estimate`);
  return found;
}

/** The one component whose name starts with `prefix`. */
export function component(r: ResourceCost, prefix: string): ComponentCost {
  const matches = r.components.filter((c) => c.name.startsWith(prefix));
  expect(
    matches.map((c) => c.name),
    `components of ${r.logicalId} starting "${prefix}" (have: ${r.components.map((c) => c.name).join(' | ')})`,
  ).toHaveLength(1);
  return matches[0]!;
}

/** Unit price of a flat price (or of tier `tier`) in the bundled snapshot. */
export function unit(service: string, key: string, region = 'us-east-1', tier = 0): Decimal {
  const price = book.lookup(service, region, key);
  if (!price) throw new Error(`test needs ${service} "${key}" in ${region}`);
  return price.tiers[tier]!.unitPrice;
}

/** Upper bound of tier `tier` of a tiered price. */
export function bound(service: string, key: string, tier: number, region = 'us-east-1'): Decimal {
  return book.lookup(service, region, key)!.tiers[tier]!.to!;
}

/** Expect a component priced at exactly quantity × unit price. */
export function expectLine(c: ComponentCost, quantity: DecimalValue, unitPrice: Decimal): void {
  expect(c.status, c.name).toBe('priced');
  expect(c.quantity, c.name).toBe(d(quantity).toFixed());
  expect(c.monthly, c.name).toBe(d(quantity).times(unitPrice).toFixed());
}
