/**
 * Everything load needs for one architecture and usage file, prepared once: construct-metadata
 * usage, the load spec (metadata merged under the file's `load:`), the flow graph, the propagation
 * model. `layersAt(scale)` gives the usage layers at a multiple of the entry loads — what the
 * estimate uses at 1 and a sweep at each step.
 */
import { Decimal } from '../money.js';
import { buildFlowGraph, type FlowGraph } from '../graph/flow-graph.js';
import type { Architecture, ResourceModel } from '../model/architecture.js';
import { metadataLoad, metadataUsageLayer } from './construct-metadata.js';
import { DerivedLayer } from './propagation/derived-layer.js';
import { mergeLoad, readLoadSection, type LoadSpec } from './propagation/load-spec.js';
import { LoadModel } from './propagation/propagate.js';
import { UsageResolver, type PricerLookup, type UsageLayer } from './resolve-usage.js';
import type { UsageFile } from './usage-file.js';
import { describeOrigin } from './usage-value.js';

export class LoadContext {
  readonly graph: FlowGraph;
  readonly spec: LoadSpec;
  readonly model: LoadModel;
  readonly metadataLayer: UsageLayer | undefined;
  private readonly derived = new Map<string, DerivedLayer>();

  constructor(
    readonly architecture: Architecture,
    readonly usage: UsageFile | undefined,
    readonly pricers: PricerLookup,
    options: { lenient?: boolean } = {},
  ) {
    this.metadataLayer = metadataUsageLayer(architecture, pricers);
    const fromFile = usage?.sections.load ? readLoadSection(usage.path) : undefined;
    this.spec = mergeLoad(metadataLoad(architecture), fromFile);
    this.graph = buildFlowGraph(architecture);
    // What the user gave (file or construct metadata) for a node's events key wins over the edges.
    const given = new UsageResolver(usage, architecture, pricers, this.metadataLayer ? [this.metadataLayer] : []);
    this.model = new LoadModel({
      architecture,
      graph: this.graph,
      spec: this.spec,
      pricers,
      lenient: options.lenient === true,
      givenEvents: (resource: ResourceModel, key: string) => {
        const v = given.valuesFor(resource).get(key);
        if (!v || typeof v.value !== 'number' || (v.origin.kind !== 'file' && v.origin.kind !== 'metadata')) return undefined;
        return { value: new Decimal(v.value), origin: describeOrigin(v.origin) };
      },
    });
  }

  /** The derived layer at a multiple of the entry loads (memoized per scale). */
  derivedAt(scale: number | string | Decimal = 1): DerivedLayer {
    const key = new Decimal(scale).toFixed();
    let layer = this.derived.get(key);
    if (!layer) this.derived.set(key, (layer = new DerivedLayer(this.model.run(scale))));
    return layer;
  }

  layersAt(scale: number | string | Decimal = 1): UsageLayer[] {
    return [...(this.metadataLayer ? [this.metadataLayer] : []), this.derivedAt(scale)];
  }

  /** Whether any load enters at all: flows, schedules, or given events values. */
  hasEntryLoad(): boolean {
    return this.spec.flows.length > 0 || this.model.nodes().length > 0;
  }
}
