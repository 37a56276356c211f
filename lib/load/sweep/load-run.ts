/**
 * An estimate whose load can be re-priced: the architecture is loaded, the graph built and the
 * prices prepared once; `estimateAt(scale)` propagates the entry loads × scale and prices again —
 * a synchronous pass, which is what makes sweeps and crossover searches cheap.
 */
import { Decimal } from '../../money.js';
import type { Architecture } from '../../model/architecture.js';
import { priceArchitecture } from '../../estimate/estimate.js';
import type { Estimate } from '../../estimate/estimate-types.js';
import { runEstimate, type EstimateRun, type RunEstimateOptions } from '../../estimate/run-estimate.js';
import { selectStacks } from '../../estimate/select-stacks.js';
import type { PriceBook } from '../../pricing/price-book.js';
import type { PricerRegistry } from '../../resources/registry.js';
import type { LoadContext } from '../../usage/load-context.js';
import { wireUsage } from '../../usage/usage-wiring.js';
import type { UsageFile } from '../../usage/usage-file.js';
import { scaleUsage } from './scale-usage.js';

export interface LoadRun {
  architecture: Architecture;
  usage: UsageFile | undefined;
  priceBook: PriceBook;
  pricers: PricerRegistry;
  context: LoadContext;
  /** The estimate at the entry loads as given (scale 1). */
  estimate: Estimate;
  freeTier: boolean;
  /** The usage at scale 1, per resource (for checks above the estimate: limits). */
  usageFor: EstimateRun['usageFor'];
}

export async function runLoadEstimate(options: RunEstimateOptions): Promise<LoadRun> {
  const run = await runEstimate(options);
  return {
    architecture: run.architecture,
    usage: run.usage,
    priceBook: run.priceBook,
    pricers: run.pricers,
    context: run.context,
    estimate: run.estimate,
    freeTier: options.freeTier ?? false,
    usageFor: run.usageFor,
  };
}

/** The whole estimate at `scale` × the entry loads, optionally only for some stacks (and their nested stacks). */
export function estimateAt(run: LoadRun, scale: number | string | Decimal, stacks?: ReadonlySet<string>): Estimate {
  const factor = new Decimal(scale);
  const pricers = run.pricers;
  const { resolver } = wireUsage(run.architecture, run.usage, pricers, { context: run.context, scale: factor });
  const architecture = stacks ? selectStacks(run.architecture, stacks) : run.architecture;
  return priceArchitecture(architecture, {
    priceBook: run.priceBook,
    pricers,
    freeTier: run.freeTier,
    usageFile: run.usage?.path ?? null,
    usageFor: (r) => scaleUsage(resolver.valuesFor(r), factor),
  });
}
