/**
 * Which ratios apply to each edge and node: entries of `load.ratios` (and Load.ratio metadata)
 * matched by construct path like usage-file selectors. The most specific entry wins per ratio,
 * usage-file entries before construct metadata. Every entry must match something that reads it.
 */
import { UserError, closest } from '../../errors.js';
import { Decimal } from '../../money.js';
import type { FlowEdge, RatioDefinition, RatioReader } from '../../graph/edge-kind.js';
import { edgeName, nodeName, type FlowGraph } from '../../graph/flow-graph.js';
import type { ResourceModel } from '../../model/architecture.js';
import { matchSpecificity } from '../resolve-usage.js';
import type { LoadSpec, RatioEntry } from './load-spec.js';
import { nodeKindOf } from './node-kinds/index.js';
import type { SelectorIndex } from './selector-index.js';

export interface GivenRatio {
  value: Decimal;
  origin: string;
}

/** A ratio reader over the given values and the definitions' defaults. */
export class Ratios implements RatioReader {
  constructor(
    private readonly definitions: RatioDefinition[],
    readonly values: ReadonlyMap<string, GivenRatio>,
  ) {}

  get(name: string): Decimal | undefined {
    const given = this.values.get(name);
    if (given) return given.value;
    const def = this.definitions.find((d) => d.name === name)?.default;
    return def === undefined ? undefined : new Decimal(def);
  }

  given(name: string): boolean {
    return this.values.has(name);
  }
}

export function matchRatios(
  spec: LoadSpec,
  graph: FlowGraph,
  resources: ResourceModel[],
  selectors: SelectorIndex,
  lenient = false,
): { edges: Map<FlowEdge, Ratios>; nodes: Map<ResourceModel, Ratios> } {
  const problems: string[] = [];
  const edgeHits = new Map<FlowEdge, Array<{ entry: RatioEntry; specificity: number }>>();
  const nodeHits = new Map<ResourceModel, Array<{ entry: RatioEntry; specificity: number }>>();
  for (const entry of spec.ratios) {
    const where = entry.origin;
    if (entry.to !== undefined) {
      const matched: FlowEdge[] = [];
      const sources = selectors.match(entry.from);
      for (const source of sources) {
        for (const edge of graph.outgoing.get(source) ?? []) {
          const b = matchSpecificity(entry.to, edge.to);
          if (b === undefined) continue;
          matched.push(edge);
          push(edgeHits, edge, { entry, specificity: matchSpecificity(entry.from, edge.from)! + b });
        }
      }
      if (matched.length === 0) {
        const from = sources.flatMap((s) => graph.outgoing.get(s) ?? []).map(edgeName);
        const guess = closest(`${entry.from} -> ${entry.to}`, graph.edges.map(edgeName));
        problems.push(
          `${where}: "${entry.from} -> ${entry.to}" is not an edge of the ` +
            `app.${
              guess
                ? ` Did you mean "${guess}"?`
                : from.length
                  ? ` Edges from "${entry.from}": ${[...new Set(from)].slice(0, 6).join('; ')}.`
                  : ''
            }`,
        );
        continue;
      }
      const known = new Map<string, RatioDefinition>();
      for (const edge of matched) for (const d of graph.kinds.get(edge.kind)?.ratios ?? []) known.set(d.name, d);
      checkNames(
        problems,
        where,
        `"${entry.from} -> ${entry.to}"`,
        entry,
        known,
        `edges ${[...new Set(matched.map((e) => e.kind))].join(', ')} read`,
      );
    } else {
      const matched = selectors.match(entry.from).filter((r) => nodeKindOf(r.type).ratios.length > 0);
      for (const r of matched) push(nodeHits, r, { entry, specificity: matchSpecificity(entry.from, r)! });
      if (matched.length === 0) {
        const guess = closest(entry.from, resources.filter((r) => nodeKindOf(r.type).ratios.length > 0).map(nodeName));
        problems.push(
          `${where}: "${entry.from}" names no resource that takes node ratios (buckets, tables, queues, state ` +
            `machines).${guess ? ` Did you mean "${guess}"?` : ' For an edge write "From -> To".'}`,
        );
        continue;
      }
      const known = new Map<string, RatioDefinition>();
      for (const r of matched) for (const d of nodeKindOf(r.type).ratios) known.set(d.name, d);
      checkNames(problems, where, `"${entry.from}"`, entry, known, `${[...new Set(matched.map((r) => r.type))].join(', ')} read`);
    }
  }
  if (problems.length && !lenient)
    throw new UserError(
      `Load ratio problems:\n${problems.map((p) => `  ${p}`).join('\n')}`,
      'Ratios per edge and node kind: `cdk-cost usage keys --ratios`.',
    );
  const edges = new Map<FlowEdge, Ratios>();
  for (const edge of graph.edges) edges.set(edge, new Ratios(graph.kinds.get(edge.kind)?.ratios ?? [], pick(edgeHits.get(edge))));
  const nodes = new Map<ResourceModel, Ratios>();
  for (const r of resources) {
    const kind = nodeKindOf(r.type);
    if (kind.ratios.length) nodes.set(r, new Ratios(kind.ratios, pick(nodeHits.get(r))));
  }
  return { edges, nodes };
}

function checkNames(
  problems: string[],
  where: string,
  what: string,
  entry: RatioEntry,
  known: Map<string, RatioDefinition>,
  whoReads: string,
): void {
  for (const v of entry.values) {
    if (known.has(v.name)) continue;
    const guess = closest(v.name, known.keys());
    problems.push(
      `${entry.fromFile ? where.replace(/:\d+$/, `:${v.line}`) : where}: ${what} → unknown ratio ` +
        `"${v.name}".${guess ? ` Did you mean "${guess}"?` : ''} ${whoReads}: ${[...known.keys()].join(', ') || '(none)'}.`,
    );
  }
}

/** Per ratio name, the value of the best entry: usage file before metadata, then most specific. */
function pick(hits: Array<{ entry: RatioEntry; specificity: number }> | undefined): Map<string, GivenRatio> {
  const out = new Map<string, GivenRatio>();
  if (!hits) return out;
  const sorted = [...hits].sort((a, b) => Number(b.entry.fromFile) - Number(a.entry.fromFile) || b.specificity - a.specificity);
  for (const { entry } of sorted) {
    for (const v of entry.values) {
      if (!out.has(v.name))
        out.set(v.name, { value: v.value, origin: entry.fromFile ? entry.origin.replace(/:\d+$/, `:${v.line}`) : entry.origin });
    }
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
