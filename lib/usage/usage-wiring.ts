/**
 * The one way from a usage file to each resource's usage values: a LoadContext (construct metadata,
 * the load section, load derived along the edges) under the usage file, read through one
 * UsageResolver. run-estimate, CostGuard, load runs, sweep steps and --explain all wire usage here,
 * then price with what `resolver.valuesFor` gives, so they cannot drift apart.
 */
import type { Decimal } from '../money.js';
import type { Architecture } from '../model/architecture.js';
import { LoadContext } from './load-context.js';
import { UsageResolver, type PricerLookup, type UsageLayer } from './resolve-usage.js';
import type { UsageFile } from './usage-file.js';

export interface UsageWiringOptions {
  /** A load context built before (a load run keeps one and derives each step from it); default: a new one. */
  context?: LoadContext;
  /** Do not fail when the load section names what the app lacks (diff checks both sides together). */
  lenient?: boolean;
  /** Multiple of the entry loads the derived layer is at; default 1. */
  scale?: number | string | Decimal;
  /** The layers below the usage file, when not the context's at `scale` (a sweep step points at its own). */
  layers?: (context: LoadContext) => UsageLayer[];
}

export interface UsageWiring {
  context: LoadContext;
  resolver: UsageResolver;
}

export function wireUsage(
  architecture: Architecture,
  usage: UsageFile | undefined,
  pricers: PricerLookup,
  options: UsageWiringOptions = {},
): UsageWiring {
  const context = options.context ?? new LoadContext(architecture, usage, pricers, { lenient: options.lenient === true });
  const layers = options.layers?.(context) ?? context.layersAt(options.scale ?? 1);
  return { context, resolver: new UsageResolver(usage, architecture, pricers, layers) };
}
