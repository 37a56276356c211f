/**
 * The CostGuard's pricing: the live construct tree → Architecture → the same usage layers and
 * pricing pass `cdk-cost estimate` runs, synchronously (an aspect's validation cannot await).
 * The snapshot PriceBook reads its region files on first lookup, synchronously, so `prepare` is
 * not needed; its one check — a service priced in a region the data does not cover — is made here
 * instead, so an uncovered region is an error rather than a quietly low total.
 *
 * This module is heavy (every pricer, decimal, yaml); cost-guard.ts loads it on the first check
 * only, so `import { Usage } from 'cdk-cost/cdk'` stays light.
 */
import type { IConstruct } from 'constructs';
import type { Stack } from 'aws-cdk-lib';
import { UserError } from '../errors.js';
import { Decimal } from '../money.js';
import type { Estimate } from '../estimate/estimate-types.js';
import type { Architecture } from '../model/architecture.js';
import { priceArchitecture, priceNeeds } from '../estimate/estimate.js';
import type { BudgetCheck } from '../diff/diff-types.js';
import { readBudgets } from '../budgets/budgets-section.js';
import { checkBudgets } from '../budgets/check-budgets.js';
import { bundledSnapshotDir } from '../package-root.js';
import { SnapshotPriceBook } from '../pricing/snapshot/snapshot-price-book.js';
import { PricerRegistry } from '../resources/registry.js';
import { wireUsage } from '../usage/usage-wiring.js';
import { architectureOf } from './app-architecture.js';
import { guardUsage, type InlineUsage } from './guard-usage.js';
import { guardAnnotations, type GuardAnnotation } from './guard-messages.js';
import { registerGuardEngine } from './engine-loader.js';
import { guardLimitAnnotations } from './guard-limits.js';
import type { LimitFinding } from '../limits/limit-types.js';

export interface GuardEngineOptions {
  maxMonthlyUsd?: number;
  usage?: string | InlineUsage;
  region?: string;
  freeTier?: boolean;
  snapshotDir?: string;
  /** Also fail on AWS limits crossed at the estimated load (guard-limits.ts). */
  failOnLimits?: boolean;
  peakFactor?: number;
}

export interface GuardResult {
  estimate: Estimate;
  /** Model stack name → Stack construct. */
  stacks: Map<string, Stack>;
  checks: BudgetCheck[];
  annotations: GuardAnnotation[];
  /** With failOnLimits: every limit finding (crossed or not). */
  limits?: LimitFinding[];
}

export interface GuardEngine {
  evaluate(scope: IConstruct, options: GuardEngineOptions): GuardResult;
}

const books = new Map<string, SnapshotPriceBook>();

export const guardEngine: GuardEngine = {
  evaluate(scope, options) {
    const usage = guardUsage(options.usage);
    const { architecture, stacks } = architectureOf(scope, options.region);
    architecture.constructMetadata = constructMetadata(scope);
    // CostGuard is an entry point: it builds the one registry this evaluation prices with.
    const pricers = new PricerRegistry();
    const dir = options.snapshotDir ?? bundledSnapshotDir();
    let book = books.get(dir);
    if (!book) books.set(dir, (book = new SnapshotPriceBook(dir)));
    for (const need of priceNeeds(architecture, pricers)) {
      const regions = book.regions(need.serviceCode);
      if (regions.length && !regions.includes(need.region)) {
        throw new UserError(
          `The price snapshot (${dir}) has no ${need.serviceCode} prices for ${need.region}; it has them for ${regions.join(', ')}.`,
          `Refresh it for that region (\`cdk-cost pricing refresh --service ${need.serviceCode} --region ${need.region}\`) and pass ` +
            `CostGuard({ snapshotDir }).`,
        );
      }
    }
    const { resolver } = wireUsage(architecture, usage, pricers);
    resolver.validate();
    const estimate = priceArchitecture(architecture, {
      priceBook: book,
      pricers,
      freeTier: options.freeTier ?? false,
      usageFile: usage?.path ?? null,
      usageFor: (r) => resolver.valuesFor(r),
    });
    const checks = checkBudgets({
      head: estimate,
      ...(options.maxMonthlyUsd !== undefined ? { limits: { totalOver: new Decimal(options.maxMonthlyUsd) } } : {}),
      budgets: typeof options.usage === 'string' ? readBudgets(usage) : [],
    }).map((c) => (c.origin === '--fail-if-total-over' ? { ...c, origin: 'CostGuard maxMonthlyUsd' } : c));
    const label = scope.node.path ? scope.node.path : stacks.size === 1 ? 'the app' : `the app (${stacks.size} stacks)`;
    const annotations = guardAnnotations(estimate, stacks, checks, label);
    if (!options.failOnLimits) return { estimate, stacks, checks, annotations };
    const usageFor = (r: Parameters<typeof resolver.valuesFor>[0]) => resolver.valuesFor(r);
    const limits = guardLimitAnnotations({ estimate, architecture, usageFor, stacks, ...pick(options) });
    // A crossed limit is an error; the estimate warnings stay only where no error is.
    const errors = [...annotations.filter((a) => a.level === 'error'), ...limits.annotations];
    return { estimate, stacks, checks, annotations: errors.length ? errors : annotations, limits: limits.findings };
  },
};

function pick(options: GuardEngineOptions): { peakFactor?: number } {
  return options.peakFactor !== undefined ? { peakFactor: options.peakFactor } : {};
}

/** Usage.of / Load.entry records on the live constructs, as the assembly reader collects them. */
function constructMetadata(scope: IConstruct): NonNullable<Architecture['constructMetadata']> {
  const out: NonNullable<Architecture['constructMetadata']> = [];
  for (const c of scope.node.root.node.findAll()) {
    for (const entry of c.node.metadata)
      if (entry.type.startsWith('cdk-cost:')) out.push({ path: c.node.path, type: entry.type, data: entry.data });
  }
  return out;
}

registerGuardEngine(guardEngine);
