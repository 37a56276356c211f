/**
 * Both sides of a diff, priced the same way: each a source (app dir, cdk.out, template) priced now,
 * or a saved Estimate JSON read as is. One usage file applies to both priced sides; it is checked
 * against the two together, so an entry for a resource that exists on one side only is fine —
 * an entry that matches nothing on either side is still an error.
 */
import { UserError } from '../errors.js';
import type { Architecture, StackModel } from '../model/architecture.js';
import type { Estimate } from '../estimate/estimate-types.js';
import { ConstructTree } from '../model/construct-tree.js';
import type { PriceBook } from '../pricing/price-book.js';
import { SnapshotPriceBook } from '../pricing/snapshot/snapshot-price-book.js';
import { bundledSnapshotDir } from '../package-root.js';
import type { PricerRegistry } from '../resources/registry.js';
import type { LoadOptions } from '../source/load-source.js';
import { defaultUsageFile, runEstimate, type EstimateRun } from '../estimate/run-estimate.js';
import { UsageResolver } from '../usage/resolve-usage.js';
import { readUsageFile, type UsageFile } from '../usage/usage-file.js';
import type { DiffSide } from './diff-estimates.js';
import { readSavedEstimate } from './saved-estimate.js';

export interface LoadSidesOptions extends LoadOptions {
  /** Usage file for both sides; default cdk-cost.usage.yml beside the head source. */
  usageFile?: string;
  snapshotDir?: string;
  priceBook?: PriceBook;
  freeTier?: boolean;
  /** The pricers both sides are priced with (built once by the caller). */
  pricers: PricerRegistry;
}

export interface LoadedSides {
  base: DiffSide;
  head: DiffSide;
  /** The usage file both priced sides used (also where budgets are read from). */
  usage: UsageFile | undefined;
}

export async function loadSides(baseSpec: string, headSpec: string, options: LoadSidesOptions): Promise<LoadedSides> {
  const usagePath = defaultUsageFile(headSpec, options.usageFile);
  // Fail fast on a broken usage file, before any synthesis.
  const usage = usagePath ? readUsageFile(usagePath) : undefined;
  const savedBase = readSavedEstimate(baseSpec);
  const savedHead = readSavedEstimate(headSpec);
  const priceBook =
    options.priceBook ?? (savedBase && savedHead ? undefined : new SnapshotPriceBook(options.snapshotDir ?? bundledSnapshotDir()));

  const price = (source: string): Promise<EstimateRun> =>
    runEstimate({
      ...options,
      source,
      usageFile: usagePath ?? null,
      ...(priceBook ? { priceBook } : {}),
      freeTier: options.freeTier ?? false,
      validateUsage: false,
    });
  // Two synthesized apps run in their own processes: price the sides concurrently.
  const [baseRun, headRun] = await Promise.all([savedBase ? undefined : price(baseSpec), savedHead ? undefined : price(headSpec)]);

  const priced = [baseRun, headRun].filter((r): r is EstimateRun => r !== undefined);
  if (usage && priced.length > 0) {
    // A saved side's resources count too: the file is shared by both versions of the app.
    const saved = [savedBase, savedHead].filter((e): e is Estimate => e !== undefined).map(resourcesOf);
    checkUsageAgainst(usage, [...priced.map((r) => r.architecture), ...saved], options.pricers);
  }
  return {
    base: { spec: baseSpec, estimate: savedBase ?? baseRun!.estimate, saved: savedBase !== undefined },
    head: { spec: headSpec, estimate: savedHead ?? headRun!.estimate, saved: savedHead !== undefined },
    usage,
  };
}

/** The resources a saved estimate lists, as a model the usage checks can match selectors against. */
function resourcesOf(estimate: Estimate): Architecture {
  const tree = new ConstructTree();
  const stacks = new Map<string, StackModel>();
  for (const r of estimate.resources) {
    let stack = stacks.get(r.stack);
    if (!stack)
      stacks.set(
        r.stack,
        (stack = {
          name: r.stack,
          region: r.region,
          regionSource: 'assembly',
          templateFile: estimate.source.path,
          resources: [],
          skippedByCondition: [],
        }),
      );
    stack.resources.push({
      logicalId: r.logicalId,
      type: r.type,
      stack: r.stack,
      region: r.region,
      path: r.path,
      properties: {},
      metadata: {},
    });
    tree.ensurePath(r.path);
  }
  return { source: estimate.source as Architecture['source'], stacks: [...stacks.values()], tree, warnings: [] };
}

/** Usage file checks over the union of both sides' resources. */
function checkUsageAgainst(usage: UsageFile, architectures: Architecture[], pricers: PricerRegistry): void {
  const tree = new ConstructTree();
  for (const a of architectures)
    for (const node of a.tree.all()) if (!tree.has(node.path)) tree.add({ ...node, children: [...node.children] });
  const union: Architecture = {
    source: architectures[architectures.length - 1]!.source,
    stacks: architectures.flatMap((a) => a.stacks),
    tree,
    warnings: [],
  };
  try {
    new UsageResolver(usage, union, pricers).validate();
  } catch (error) {
    if (error instanceof UserError) {
      throw new UserError(
        error.message.replace(/^Usage file problems:/, 'Usage file problems (checked against base and head together):'),
        error.hint,
        error.exitCode,
      );
    }
    throw error;
  }
}
