/**
 * The whole estimate job as one call: load the source, read and check the usage file, open the
 * PriceBook, price. Used by the CLI, by diff and by the CDK cost guard.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { join, resolve } from 'node:path';
import type { Architecture, ResourceModel } from '../model/architecture.js';
import type { UsageValue } from '../usage/usage-value.js';
import type { PriceBook } from '../pricing/price-book.js';
import { SnapshotPriceBook } from '../pricing/snapshot/snapshot-price-book.js';
import { bundledSnapshotDir } from '../package-root.js';
import type { PricerRegistry } from '../resources/registry.js';
import { loadSource, type LoadOptions } from '../source/load-source.js';
import { readUsageFile, type UsageFile } from '../usage/usage-file.js';
import type { LoadContext } from '../usage/load-context.js';
import { wireUsage } from '../usage/usage-wiring.js';
import { estimateArchitecture } from './estimate.js';
import { checkStacks, selectStacks } from './select-stacks.js';
import type { Estimate } from './estimate-types.js';

export interface RunEstimateOptions extends LoadOptions {
  source: string;
  /** The usage file; default cdk-cost.usage.yml beside the source; null: none (diff prices both sides with one file). */
  usageFile?: string | null;
  priceBook?: PriceBook;
  snapshotDir?: string;
  freeTier?: boolean;
  /** The pricers (one registry, built by the caller: the CLI command, CostGuard, a library user). */
  pricers: PricerRegistry;
  /** Check the usage file against this source (default true); `diff` checks it against both sides together. */
  validateUsage?: boolean;
  /** Price only these stacks (SOURCE#STACK); the usage file and the load still see the whole app. */
  stacks?: ReadonlySet<string>;
  /** How the user named the source, for errors ("examples#Payments"). */
  label?: string;
}

export interface EstimateRun {
  estimate: Estimate;
  architecture: Architecture;
  usage: UsageFile | undefined;
  priceBook: PriceBook;
  pricers: PricerRegistry;
  /** Construct metadata and the load derived along the edges, under the usage file (sweeps re-derive it per step). */
  context: LoadContext;
  /** The usage each resource was priced with (every key its pricer accepts), for checks above the estimate (limits). */
  usageFor: (resource: ResourceModel) => ReadonlyMap<string, UsageValue>;
}

/** The cdk.json context key naming an app's usage file (relative to the app directory). */
export const USAGE_FILE_CONTEXT = 'cdk-cost:usageFile';

/**
 * The usage file to use: the one given; else the one an app's cdk.json names in its context
 * (`"cdk-cost:usageFile"`); else cdk-cost.usage.yml next to the app or template.
 */
export function defaultUsageFile(source: string, given: string | undefined): string | undefined {
  if (given) return given;
  const dir = existsSync(source) && !/\.(json|ya?ml|template)$/i.test(source) ? resolve(source) : resolve(source, '..');
  const named = usageFileFromCdkJson(dir);
  if (named) return named;
  const candidate = join(dir, 'cdk-cost.usage.yml');
  return existsSync(candidate) ? candidate : undefined;
}

function usageFileFromCdkJson(dir: string): string | undefined {
  const cdkJson = join(dir, 'cdk.json');
  if (!existsSync(cdkJson)) return undefined;
  let named: unknown;
  try {
    named = (JSON.parse(readFileSync(cdkJson, 'utf8')) as { context?: Record<string, unknown> }).context?.[USAGE_FILE_CONTEXT];
  } catch {
    return undefined; // synthesis reports a broken cdk.json with its position
  }
  if (named === undefined) return undefined;
  if (typeof named !== 'string' || !existsSync(resolve(dir, named))) {
    throw new UserError(
      `${cdkJson}: context "${USAGE_FILE_CONTEXT}" names ${JSON.stringify(named)}, which is not a file.`,
      'Give a path relative to the app directory, or remove the key.',
    );
  }
  return resolve(dir, named);
}

export async function runEstimate(options: RunEstimateOptions): Promise<EstimateRun> {
  const usagePath = options.usageFile === null ? undefined : defaultUsageFile(options.source, options.usageFile);
  // Read the usage file and the price index before synthesis: a mistake there fails fast.
  const usage = usagePath ? readUsageFile(usagePath) : undefined;
  const priceBook = options.priceBook ?? new SnapshotPriceBook(options.snapshotDir ?? bundledSnapshotDir());
  const architecture = await loadSource(options.source, options);
  options.onPhase?.(`pricing ${architecture.stacks.reduce((n, s) => n + s.resources.length, 0)} resources`);
  const pricers = options.pricers;
  const { context, resolver } = wireUsage(architecture, usage, pricers, { lenient: options.validateUsage === false });
  if (options.validateUsage !== false) resolver.validate();
  const priced = options.stacks
    ? selectStacks(architecture, checkStacks(architecture, options.stacks, options.label ?? options.source))
    : architecture;
  const estimate = await estimateArchitecture(priced, {
    priceBook,
    pricers,
    freeTier: options.freeTier ?? false,
    usageFile: usage?.path ?? null,
    usageFor: (r) => resolver.valuesFor(r),
  });
  return { estimate, architecture, usage, priceBook, pricers, context, usageFor: (r) => resolver.valuesFor(r) };
}
