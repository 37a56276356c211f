/**
 * Propagation: the entry loads (flows, schedules, usage given on a resource) pushed along the
 * edges that carry load, in topological order, so a node's load is final before it moves on.
 * Fan-in sums; a cycle among carrying edges is an error naming it. A usage value given for a
 * node's events key (a function's monthlyRequests) replaces what the edges bring, and what flows on.
 *
 * The model (graph, ratios, order) is prepared once; `run(scale)` is one linear pass, so a load
 * sweep re-runs it per step without rebuilding anything.
 */
import { UserError } from '../../errors.js';
import { Decimal, ZERO } from '../../money.js';

const ONE = new Decimal(1);
import { isNotCarried, type Carried, type FlowEdge } from '../../graph/edge-kind.js';
import { edgeName, nodeName, type FlowGraph } from '../../graph/flow-graph.js';
import type { Architecture, ResourceModel } from '../../model/architecture.js';
import type { PricerLookup } from '../resolve-usage.js';
import type { Flow, FlowEntry, LoadSpec } from './load-spec.js';
import type { DerivedUsage, IntrinsicLoad, NodeKind, NodeView } from './node-kind.js';
import { hasNodeKind, nodeKindOf } from './node-kinds/index.js';
import { matchRatios, type Ratios } from './ratios.js';
import { SelectorIndex } from './selector-index.js';

export interface GivenEvents {
  value: Decimal;
  /** "usage.yml:12" or "construct metadata of Stack/Fn". */
  origin: string;
}

export type Part =
  | { kind: 'flow'; amount: Decimal; flow: Flow; perUnit: Decimal; entry: FlowEntry }
  | { kind: 'edge'; amount: Decimal; edge: FlowEdge; from: NodeLoad; fromChannel: string; step: string }
  | { kind: 'intrinsic'; amount: Decimal; load: IntrinsicLoad };

export interface ChannelLoad {
  total: Decimal;
  parts: Part[];
  /** A given usage value that replaced what the parts add up to. */
  given?: GivenEvents;
}

export interface NodeLoad {
  resource: ResourceModel;
  kind: NodeKind;
  channels: Map<string, ChannelLoad>;
  derived: DerivedUsage[];
  /** Usage keys given per unit in a flow entry ({ storageGB: 0.000001 } per upload). */
  entryUsage: Array<{ key: string; value: Decimal; flow: Flow; perUnit: Decimal; entry: FlowEntry }>;
  /** Outgoing edges that carry nothing, and why (a data edge without a ratio). */
  blocked: Array<{ edge: FlowEdge; reason: string }>;
  /** What went over each outgoing edge into the target's primary channel. */
  carried: Map<FlowEdge, Decimal>;
  notes: string[];
}

export interface LoadResult {
  scale: Decimal;
  nodes: Map<ResourceModel, NodeLoad>;
}

export interface LoadModelInput {
  architecture: Architecture;
  graph: FlowGraph;
  spec: LoadSpec;
  pricers: PricerLookup;
  /** Skip load entries and ratios that match nothing instead of failing (diff checks one usage file against two apps). */
  lenient?: boolean;
  /** The given value of a resource's events key (usage file or construct metadata), at scale 1. */
  givenEvents(resource: ResourceModel, key: string): GivenEvents | undefined;
}

interface Seed {
  resource: ResourceModel;
  channel: string;
  /** Usage key instead of a channel (flow entries may give keys per unit). */
  usageKey?: string;
  perUnit: Decimal;
  flow: Flow;
  entry: FlowEntry;
}

/** One step of a run: apply a given events value once a node's load is in, or move load over an edge. */
type Step = { kind: 'given'; resource: ResourceModel } | { kind: 'edge'; edge: FlowEdge; transfers: Transfer[] };

/**
 * How load crosses an edge, decided once: edge kinds are linear (each carried amount is one source
 * channel times a factor that depends only on ratios and template facts), so the factor and its
 * explanation are computed when planning and a run only multiplies.
 */
interface Transfer {
  /** Target channel. */
  to: string;
  /** Source channel. */
  from: string;
  factor: Decimal;
  step: string;
  /** The edge's primary transfer (what an SQS queue counts as batches delivered). */
  primary: boolean;
}

export class LoadModel {
  readonly graph: FlowGraph;
  readonly spec: LoadSpec;
  readonly edgeRatios: Map<FlowEdge, Ratios>;
  readonly nodeRatios: Map<ResourceModel, Ratios>;
  private readonly schedule: Step[];
  private readonly inPlay = new Set<ResourceModel>();
  private readonly blocked = new Map<ResourceModel, Array<{ edge: FlowEdge; reason: string }>>();
  private readonly seeds: Seed[] = [];
  private readonly intrinsic = new Map<ResourceModel, IntrinsicLoad>();
  private readonly given = new Map<ResourceModel, GivenEvents>();
  private readonly planNotes = new Map<ResourceModel, string[]>();

  constructor(input: LoadModelInput) {
    this.graph = input.graph;
    this.spec = input.spec;
    const resources = input.architecture.stacks.flatMap((s) => s.resources);
    const selectors = new SelectorIndex(input.architecture);
    const { edges, nodes } = matchRatios(input.spec, input.graph, resources, selectors, input.lenient === true);
    this.edgeRatios = edges;
    this.nodeRatios = nodes;
    this.seeds = resolveEntries(input.spec, selectors, input.pricers, input.lenient === true);
    for (const seed of this.seeds) this.inPlay.add(seed.resource);
    for (const r of resources) {
      const kind = nodeKindOf(r.type);
      const load = kind.intrinsic?.(r);
      if (load) {
        this.intrinsic.set(r, load);
        this.inPlay.add(r);
      }
      if (kind.eventsKey && hasNodeKind(r.type)) {
        const given = input.givenEvents(r, kind.eventsKey);
        if (given) {
          this.given.set(r, given);
          this.inPlay.add(r);
        }
      }
    }
    this.schedule = this.plan();
  }

  /** Every resource load can reach or start from. */
  nodes(): ResourceModel[] {
    return [...this.inPlay];
  }

  /**
   * The order of steps, decided once. Which edges carry load depends only on the ratios, and which
   * channels an edge reads and feeds only on its kind, so the dependencies are known before any
   * amount is: a node's channel is final when every carrying edge into it has moved its load.
   * Ordering is per channel, not per node: a worker that reads a bucket (GET requests) and is fed by
   * that bucket's new-object notifications is not a cycle.
   */
  private plan(): Step[] {
    const vertexIds = new Map<ResourceModel, Map<string, number>>();
    const vertexNames: Array<() => string> = [];
    const vertex = (r: ResourceModel, channel: string): number => {
      const kind = nodeKindOf(r.type);
      // A function's records move with its invocations: one vertex for both.
      const group = channel === 'records' ? kind.primary : channel;
      let ids = vertexIds.get(r);
      if (!ids) vertexIds.set(r, (ids = new Map()));
      let id = ids.get(group);
      if (id === undefined) {
        ids.set(group, (id = vertexNames.length));
        vertexNames.push(() => `${nodeName(r)} (${kind.channels[group] ?? group})`);
      }
      return id;
    };
    const active: Array<{ edge: FlowEdge; reads: number[]; writes: number[]; transfers: Transfer[] }> = [];
    for (const edge of this.graph.edges) {
      const reads = new Set<string>();
      const fromKind = nodeKindOf(edge.from.type);
      // Every source channel at 1: each carried amount is then the factor for its channel.
      const probe = {
        amount: (c: string) => {
          reads.add(c);
          return ONE;
        },
        primary: fromKind.primary,
      };
      const result = this.graph.kinds.get(edge.kind)!.carry(edge, probe, this.edgeRatios.get(edge)!);
      if (isNotCarried(result)) {
        push(this.blocked, edge.from, { edge, reason: result.reason });
        this.inPlay.add(edge.from);
        continue;
      }
      const toKind = nodeKindOf(edge.to.type);
      const transfers = transfersOf(result, toKind, (note) =>
        push(this.planNotes, edge.from, `${nodeName(edge.to)} has no "${note}" load to receive from ${edge.label}`),
      );
      active.push({
        edge,
        reads: [...reads].map((c) => vertex(edge.from, c)),
        writes: [...new Set(transfers.map((t) => vertex(edge.to, t.to)))],
        transfers,
      });
      this.inPlay.add(edge.from).add(edge.to);
    }
    const givenVertex = new Map<number, ResourceModel>();
    for (const r of this.given.keys()) givenVertex.set(vertex(r, nodeKindOf(r.type).primary), r);

    const indegree = new Array<number>(vertexNames.length).fill(0);
    const readers: number[][] = vertexNames.map(() => []);
    const pending = active.map((a) => new Set(a.reads).size);
    active.forEach((a, i) => {
      for (const v of new Set(a.reads)) readers[v]!.push(i);
      for (const w of a.writes) indegree[w]!++;
    });
    const steps: Step[] = [];
    const queue: number[] = [];
    indegree.forEach((d, v) => d === 0 && queue.push(v));
    const readyEdges: number[] = [];
    pending.forEach((p, i) => p === 0 && readyEdges.push(i));
    let done = 0;
    const runEdge = (i: number) => {
      steps.push({ kind: 'edge', edge: active[i]!.edge, transfers: active[i]!.transfers });
      for (const w of active[i]!.writes) if (--indegree[w]! === 0) queue.push(w);
    };
    for (const i of readyEdges) runEdge(i);
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q]!;
      done++;
      const r = givenVertex.get(v);
      if (r) steps.push({ kind: 'given', resource: r });
      for (const i of readers[v]!) if (--pending[i]! === 0) runEdge(i);
    }
    if (done < vertexNames.length) {
      const cycle = findCycle(active, indegree, vertexNames);
      throw new UserError(
        `Load cycle: ${cycle.names.join(' -> ')}. Load that goes round a cycle never settles.`,
        `Break it: drop the ratio on one of its edges (${cycle.edges.map((e) => `${edgeName(e)}: ${e.label}`).join('; ')}), or give ` +
          `that resource's usage explicitly.`,
      );
    }
    return steps;
  }

  run(scale: number | string | Decimal = 1): LoadResult {
    const factor = new Decimal(scale);
    const nodes = new Map<ResourceModel, NodeLoad>();
    const node = (r: ResourceModel): NodeLoad => {
      let n = nodes.get(r);
      if (!n)
        nodes.set(
          r,
          (n = {
            resource: r,
            kind: nodeKindOf(r.type),
            channels: new Map(),
            derived: [],
            entryUsage: [],
            blocked: this.blocked.get(r) ?? [],
            carried: new Map(),
            notes: [],
          }),
        );
      return n;
    };
    for (const r of this.inPlay) node(r);
    for (const seed of this.seeds) {
      const n = node(seed.resource);
      const amount = seed.flow.perMonth.times(factor).times(seed.perUnit);
      if (seed.usageKey)
        n.entryUsage.push({ key: seed.usageKey, value: amount, flow: seed.flow, perUnit: seed.perUnit, entry: seed.entry });
      else addPart(n, seed.channel, { kind: 'flow', amount, flow: seed.flow, perUnit: seed.perUnit, entry: seed.entry });
    }
    for (const [r, load] of this.intrinsic) addPart(node(r), load.channel, { kind: 'intrinsic', amount: load.amount, load });

    for (const step of this.schedule) {
      if (step.kind === 'given') {
        const given = this.given.get(step.resource)!;
        applyGiven(node(step.resource), { value: given.value.times(factor), origin: given.origin });
        continue;
      }
      const edge = step.edge;
      const n = node(edge.from);
      // No load reached the source: nothing to carry (a zero here would hide "usage missing").
      if (n.channels.size === 0) continue;
      const target = node(edge.to);
      for (const t of step.transfers) {
        const amount = sourceAmount(n, t.from).times(t.factor);
        if (t.primary) n.carried.set(edge, amount);
        addPart(target, t.to, { kind: 'edge', amount, edge, from: n, fromChannel: t.from, step: t.step });
      }
    }
    for (const [r, notes] of this.planNotes) node(r).notes.push(...notes);
    for (const n of nodes.values()) {
      n.derived = n.kind.usage(nodeView(n, this.nodeRatios.get(n.resource)));
    }
    return { scale: factor, nodes };
  }
}

/** A cycle among the vertices left unfinished: walk from one along edges that stay among them until one repeats. */
function findCycle(
  active: Array<{ edge: FlowEdge; reads: number[]; writes: number[] }>,
  indegree: number[],
  nameOf: Array<() => string>,
): { names: string[]; edges: FlowEdge[] } {
  const names = { at: (i: number) => nameOf[i]!() };
  const next = new Map<number, Array<{ to: number; edge: FlowEdge }>>();
  for (const a of active)
    for (const r of a.reads) for (const w of a.writes) if (indegree[r]! > 0 && indegree[w]! > 0) push(next, r, { to: w, edge: a.edge });
  let v = indegree.findIndex((d) => d > 0);
  const seenAt = new Map<number, number>();
  const path: Array<{ v: number; edge?: FlowEdge }> = [];
  while (!seenAt.has(v)) {
    seenAt.set(v, path.length);
    const step = next.get(v)?.[0];
    path.push({ v, ...(step ? { edge: step.edge } : {}) });
    if (!step) break;
    v = step.to;
  }
  const loop = path.slice(seenAt.get(v) ?? 0);
  return { names: [...loop.map((p) => names.at(p.v)), names.at(v)], edges: loop.flatMap((p) => (p.edge ? [p.edge] : [])) };
}

function resolveEntries(spec: LoadSpec, selectors: SelectorIndex, pricers: PricerLookup, lenient: boolean): Seed[] {
  const seeds: Seed[] = [];
  const problems: string[] = [];
  for (const flow of spec.flows) {
    for (const entry of flow.entries) {
      const where =
        flow.origin.includes(':') && spec.file && flow.origin.startsWith(spec.file) ? `${spec.file}:${entry.line}` : flow.origin;
      const matched = selectors.match(entry.selector);
      if (matched.length === 0) {
        problems.push(`${where}: flow "${flow.name}" → "${entry.selector}" matches no resource in the app.`);
        continue;
      }
      const nodes = matched.filter((r) => hasNodeKind(r.type));
      for (const { name, value, line } of entry.perUnit) {
        const at = spec.file && where.startsWith(spec.file) ? `${spec.file}:${line}` : where;
        if (name === '') {
          const exact = nodes.filter((r) => r.path === entry.selector || r.path === `${entry.selector}/Resource`);
          const target = exact.length === 1 ? exact : nodes;
          if (target.length !== 1) {
            problems.push(
              `${at}: flow "${flow.name}" → "${entry.selector}" ` +
                `${
                  target.length === 0
                    ? 'has no resource that takes load (function, API, queue, topic, bucket, …)'
                    : `takes load at ${target.length} resources (${target.slice(0, 4).map(nodeName).join(', ')}); name one`
                }.`,
            );
            continue;
          }
          seeds.push({ resource: target[0]!, channel: nodeKindOf(target[0]!.type).primary, perUnit: value, flow, entry });
          continue;
        }
        const byChannel = nodes.filter((r) => name in nodeKindOf(r.type).channels);
        const byKey = matched.filter((r) => (pricers.pricerFor(r.type)?.usageKeys ?? []).some((k) => k.name === name));
        if (byChannel.length) for (const r of byChannel) seeds.push({ resource: r, channel: name, perUnit: value, flow, entry });
        else if (byKey.length) for (const r of byKey) seeds.push({ resource: r, channel: '', usageKey: name, perUnit: value, flow, entry });
        else {
          const channels = [...new Set(nodes.flatMap((r) => Object.keys(nodeKindOf(r.type).channels)))];
          const keys = [...new Set(matched.flatMap((r) => (pricers.pricerFor(r.type)?.usageKeys ?? []).map((k) => k.name)))];
          problems.push(
            `${at}: flow "${flow.name}" → "${entry.selector}" → "${name}" is neither a load channel (${channels.join(', ') || 'none'}) ` +
              `nor a usage key (${keys.join(', ') || 'none'}) of what it names.`,
          );
        }
      }
    }
  }
  if (problems.length && !lenient)
    throw new UserError(
      `Load flow problems:\n${problems.map((p) => `  ${p}`).join('\n')}`,
      'See README, "Load that flows through the architecture".',
    );
  return seeds;
}

function channelFor(kind: NodeKind, channel: string): string | undefined {
  if (channel === 'primary') return kind.primary;
  if (channel === 'write' || channel === 'read') return kind.roles?.[channel];
  return channel in kind.channels ? channel : undefined;
}

function addPart(node: NodeLoad, channel: string, part: Part): void {
  const load = node.channels.get(channel);
  if (load) {
    load.parts.push(part);
    if (!load.given) load.total = load.total.plus(part.amount);
  } else node.channels.set(channel, { total: part.amount, parts: [part] });
}

function applyGiven(node: NodeLoad, given: GivenEvents): void {
  const primary = node.kind.primary;
  const derived = node.channels.get(primary);
  const records = node.channels.get('records');
  if (records && derived && !derived.total.isZero()) records.total = given.value.times(records.total).div(derived.total);
  else if (node.kind.channels.records) node.channels.set('records', { total: given.value, parts: records?.parts ?? [], given });
  node.channels.set(primary, { total: given.value, parts: derived?.parts ?? [], given });
}

function sourceAmount(node: NodeLoad, channel: string): Decimal {
  return node.channels.get(channel)?.total ?? (channel === 'records' ? (node.channels.get(node.kind.primary)?.total ?? ZERO) : ZERO);
}

/** Carried items (at source amounts of 1) → transfers into the target's channels; a primary transfer also feeds a records channel. */
function transfersOf(carried: Carried[], target: NodeKind, missing: (channel: string) => void): Transfer[] {
  const out: Transfer[] = [];
  let records = false;
  for (const item of carried) {
    const channel = channelFor(target, item.channel);
    if (!channel) {
      missing(item.channel);
      continue;
    }
    if (channel === 'records') records = true;
    out.push({ to: channel, from: item.from, factor: item.amount, step: item.step, primary: item.channel === 'primary' });
  }
  const primary = carried.find((c) => c.channel === 'primary');
  if (!records && primary && target.channels.records)
    out.push({ to: 'records', from: primary.from, factor: primary.amount, step: primary.step, primary: false });
  return out;
}

function nodeView(node: NodeLoad, ratios: Ratios | undefined): NodeView {
  return {
    resource: node.resource,
    amount: (channel) => node.channels.get(channel)?.total ?? ZERO,
    has: (channel) => node.channels.has(channel),
    ratio: (name) => ratios?.get(name),
    ratioGiven: (name) => ratios?.given(name) ?? false,
    outgoing: [...node.carried.keys()],
    carriedOver: (edge) => node.carried.get(edge),
    note: (text) => node.notes.push(text),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
