/**
 * The `load:` section of a usage file: named flows (what enters the system, how much a month, and
 * where) and ratios on edges and nodes.
 *
 *   load:
 *     flows:
 *       uploads:                              # one unit of this flow = one upload
 *         perMonth: 300000
 *         entries:                            # per upload:
 *           UploadPipeline/Api: 1             #   1 request to the API (its primary channel)
 *           UploadPipeline/Metadata: { reads: 2 }   # a channel by name, or a usage key per unit
 *     ratios:
 *       UploadPipeline/Worker -> UploadPipeline/Metadata: { writesPerRecord: 1 }   # an edge
 *       UploadPipeline/Uploads: { objectSizeGB: 10 }                             # a node
 *
 * The same shapes come from CDK code (Load.entry, Load.ratio) as construct metadata; the usage
 * file wins: a flow of the same name replaces the metadata one, and file ratios beat metadata ones.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { UserError, closest } from '../../errors.js';
import { Decimal } from '../../money.js';

export interface FlowEntry {
  selector: string;
  /** Per unit of the flow: '' is the node's primary channel; else a channel name or a usage key. */
  perUnit: Array<{ name: string; value: Decimal; line: number }>;
  line: number;
}

export interface Flow {
  name: string;
  perMonth: Decimal;
  /** What one unit is called in explanations ("upload"); default the flow's name. */
  unit: string;
  entries: FlowEntry[];
  /** "load.yml:5" or "construct metadata of Stack/Api". */
  origin: string;
  line: number;
}

export interface RatioEntry {
  /** Node selector, or the edge's source selector. */
  from: string;
  /** The edge's target selector; absent for node ratios. */
  to?: string;
  values: Array<{ name: string; value: Decimal; line: number }>;
  origin: string;
  /** Usage-file ratios rank above metadata ones. */
  fromFile: boolean;
  line: number;
}

export interface LoadSpec {
  file?: string;
  flows: Flow[];
  ratios: RatioEntry[];
}

export const EMPTY_LOAD: LoadSpec = { flows: [], ratios: [] };

const FLOW_KEYS = ['perMonth', 'unit', 'entries'];

/** The load section of a usage file, with the line of every key (undefined when there is none). */
export function readLoadSection(path: string, text = readFileSync(path, 'utf8')): LoadSpec | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (!isMap(doc.contents)) return undefined;
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const pair = (doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === 'load') as Pair<Node, Node> | undefined;
  if (!pair) return undefined;
  const at = (node: Node | null | undefined) => `${path}:${lineOf(node)}`;
  const spec: LoadSpec = { file: path, flows: [], ratios: [] };
  if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) return spec;
  if (!isMap(pair.value))
    throw new UserError(
      `${at(pair.key)}: "load" must be a mapping with "flows:" and/or "ratios:".`,
      'See README, "Load that flows through the architecture".',
    );
  for (const section of pair.value.items as Pair<Node, Node>[]) {
    const name = keyOf(section, at);
    if (name === 'flows') readFlows(section.value, spec, at, lineOf, path);
    else if (name === 'ratios') readRatios(section.value, spec, at, lineOf, path);
    else
      throw new UserError(
        `${at(section.key)}: unknown part "load.${name}".`,
        `${closest(name, ['flows', 'ratios']) ? `Did you mean "${closest(name, ['flows', 'ratios'])}"? ` : ''}"load" has "flows" and ` +
          `"ratios".`,
      );
  }
  return spec;
}

type At = (node: Node | null | undefined) => string;
type LineOf = (node: Node | null | undefined) => number;

function readFlows(node: Node | null, spec: LoadSpec, at: At, lineOf: LineOf, path: string): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) throw new UserError(`${at(node)}: "load.flows" must map flow names to { perMonth, entries }.`);
  for (const flowPair of node.items as Pair<Node, Node>[]) {
    const name = keyOf(flowPair, at);
    if (!isMap(flowPair.value))
      throw new UserError(
        `${at(flowPair.key)}: flow "${name}" must be a mapping with perMonth and entries.`,
        'e.g. "uploads: { perMonth: 300000, entries: { MyStack/Api: 1 } }".',
      );
    const flow: Flow = {
      name,
      perMonth: new Decimal(0),
      unit: name,
      entries: [],
      origin: `${path}:${lineOf(flowPair.key)}`,
      line: lineOf(flowPair.key),
    };
    let hasPerMonth = false;
    for (const item of flowPair.value.items as Pair<Node, Node>[]) {
      const key = keyOf(item, at);
      if (key === 'perMonth') {
        flow.perMonth = number(item.value, `flow "${name}" → perMonth`, at);
        hasPerMonth = true;
      } else if (key === 'unit') {
        if (!isScalar(item.value) || typeof item.value.value !== 'string')
          throw new UserError(`${at(item.key)}: flow "${name}" → unit must be a word, e.g. "upload".`);
        flow.unit = item.value.value;
      } else if (key === 'entries') {
        flow.entries = readEntries(item.value, name, at, lineOf);
      } else {
        const guess = closest(key, FLOW_KEYS);
        throw new UserError(
          `${at(item.key)}: flow "${name}" → unknown key "${key}".`,
          `${guess ? `Did you mean "${guess}"? ` : ''}A flow has ${FLOW_KEYS.join(', ')}.`,
        );
      }
    }
    if (!hasPerMonth)
      throw new UserError(
        `${at(flowPair.key)}: flow "${name}" has no perMonth.`,
        'Give how many units enter per month, e.g. "perMonth: 300000".',
      );
    if (flow.entries.length === 0)
      throw new UserError(
        `${at(flowPair.key)}: flow "${name}" has no entries.`,
        'Name where it enters, e.g. "entries: { MyStack/Api: 1 }" (1 request per unit).',
      );
    spec.flows.push(flow);
  }
}

function readEntries(node: Node | null, flow: string, at: At, lineOf: LineOf): FlowEntry[] {
  if (!isMap(node)) throw new UserError(`${at(node)}: flow "${flow}" → entries must map construct paths to amounts per unit.`);
  const entries: FlowEntry[] = [];
  for (const pair of node.items as Pair<Node, Node>[]) {
    const selector = keyOf(pair, at);
    const line = lineOf(pair.key);
    if (isMap(pair.value)) {
      const perUnit = (pair.value.items as Pair<Node, Node>[]).map((p) => ({
        name: keyOf(p, at),
        value: number(p.value, `flow "${flow}" → "${selector}" → ${keyOf(p, at)}`, at),
        line: lineOf(p.key),
      }));
      entries.push({ selector, perUnit, line });
    } else {
      entries.push({ selector, perUnit: [{ name: '', value: number(pair.value, `flow "${flow}" → "${selector}"`, at), line }], line });
    }
  }
  return entries;
}

function readRatios(node: Node | null, spec: LoadSpec, at: At, lineOf: LineOf, path: string): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) throw new UserError(`${at(node)}: "load.ratios" must map "From -> To" edges or construct paths to ratios.`);
  for (const pair of node.items as Pair<Node, Node>[]) {
    const selector = keyOf(pair, at);
    const line = lineOf(pair.key);
    if (!isMap(pair.value))
      throw new UserError(`${at(pair.key)}: ratios for "${selector}" must be a mapping, e.g. "{ writesPerInvocation: 1 }".`);
    const values = (pair.value.items as Pair<Node, Node>[]).map((p) => ({
      name: keyOf(p, at),
      value: number(p.value, `"${selector}" → ${keyOf(p, at)}`, at),
      line: lineOf(p.key),
    }));
    spec.ratios.push({ ...splitEdge(selector), values, origin: `${path}:${line}`, fromFile: true, line });
  }
}

/** "A -> B" → {from: A, to: B}; "A" → {from: A}. */
export function splitEdge(selector: string): { from: string; to?: string } {
  const arrow = selector.indexOf('->');
  if (arrow < 0) return { from: selector.trim() };
  return { from: selector.slice(0, arrow).trim(), to: selector.slice(arrow + 2).trim() };
}

function keyOf(pair: Pair<Node, Node>, at: At): string {
  if (!isScalar(pair.key) || (typeof pair.key.value !== 'string' && typeof pair.key.value !== 'number'))
    throw new UserError(`${at(pair.key)}: keys must be plain strings.`);
  return String(pair.key.value);
}

function number(node: Node | null, what: string, at: At): Decimal {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new UserError(
      `${at(node)}: ${what} must be a number ≥ 0, got ` +
        `${JSON.stringify(isScalar(node) ? node.value : node === null ? null : 'a list or mapping')}.`,
    );
  }
  // Through the YAML source text, so 0.1 stays exactly 0.1.
  return new Decimal(
    isScalar(node) && typeof node.source === 'string' && /^[0-9._eE+-]+$/.test(node.source) ? node.source.replace(/_/g, '') : value,
  );
}

/** Merges construct-metadata load with the usage file's: file flows replace same-named ones. */
export function mergeLoad(fromMetadata: LoadSpec, fromFile: LoadSpec | undefined): LoadSpec {
  if (!fromFile) return fromMetadata;
  const fileNames = new Set(fromFile.flows.map((f) => f.name));
  return {
    ...(fromFile.file ? { file: fromFile.file } : {}),
    flows: [...fromMetadata.flows.filter((f) => !fileNames.has(f.name)), ...fromFile.flows],
    ratios: [...fromMetadata.ratios, ...fromFile.ratios],
  };
}
