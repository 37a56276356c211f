/**
 * Explanations of derived numbers: a one-line chain from the entry load to the number
 * ("300,000 uploads × 1 request per upload … ÷ batch size 10 = 30,000", carried in each derived
 * usage value's origin), and the step-by-step derivation --explain prints.
 */
import { Decimal } from '../../money.js';
import { fmt } from '../../quantities.js';
import { nodeName } from '../../graph/flow-graph.js';
import type { ResourceModel } from '../../model/architecture.js';
import type { ChannelLoad, LoadResult, NodeLoad, Part } from './propagate.js';

export interface DerivedValue {
  value: Decimal;
  /** One line: how the number follows from the entry loads (built when first read). */
  explanation: () => string;
  /** Channels of the node it was computed from (for the step-by-step view). */
  channels: string[];
}

/** Long fan-in chains are summarized past this depth, so an explanation stays a line. */
const MAX_DEPTH = 12;

export class Explainer {
  private readonly chains = new Map<string, string>();

  constructor(readonly result: LoadResult) {}

  /** Every usage value derived for a resource: from its node kind, and from flow entries that give keys per unit. */
  derivedValues(resource: ResourceModel): Map<string, DerivedValue> {
    const node = this.result.nodes.get(resource);
    const out = new Map<string, DerivedValue>();
    if (!node) return out;
    const add = (key: string, value: Decimal, explanation: () => string, channels: string[]) => {
      const prior = out.get(key);
      if (prior)
        out.set(key, {
          value: prior.value.plus(value),
          explanation: () => `${prior.explanation()} + ${explanation()}`,
          channels: [...prior.channels, ...channels],
        });
      else out.set(key, { value, explanation, channels });
    };
    for (const d of node.derived) {
      const used = d.channels.filter((c) => node.channels.has(c));
      const only = used.length === 1 ? node.channels.get(used[0]!)! : undefined;
      if (only?.total.eq(d.value)) add(d.key, d.value, () => `${this.chain(node, used[0]!)} = ${fmt(d.value)}`, used);
      else {
        add(
          d.key,
          d.value,
          () => {
            const wheres = used.map((c) => `${node.kind.channels[c] ?? c} = ${this.chain(node, c)}`);
            return `${d.formula()} = ${fmt(d.value)}${wheres.length ? `, where ${wheres.join('; ')}` : ''}`;
          },
          used,
        );
      }
    }
    for (const e of node.entryUsage) {
      const base = e.perUnit.isZero() ? e.flow.perMonth.times(this.result.scale) : e.value.div(e.perUnit);
      add(
        e.key,
        e.value,
        () => `${fmt(base)} ${plural(e.flow.unit)} × ${fmt(e.perUnit)} per ${e.flow.unit} (flow "${e.flow.name}") = ${fmt(e.value)}`,
        [],
      );
    }
    return out;
  }

  /** The one-line chain for a node's channel. */
  chain(node: NodeLoad, channel: string, depth = 0): string {
    const memoKey = `${node.resource.stack}\u0000${node.resource.logicalId}\u0000${channel}`;
    const known = this.chains.get(memoKey);
    if (known !== undefined) return known;
    const load = node.channels.get(channel);
    let text: string;
    if (!load) text = '0';
    else if (load.given) text = `${fmt(load.given.value)} ${node.kind.channels[channel] ?? channel} (given at ${load.given.origin})`;
    else if (depth >= MAX_DEPTH) text = `${fmt(load.total)} ${node.kind.channels[channel] ?? channel} at ${nodeName(node.resource)}`;
    else if (load.parts.length === 1) text = this.partChain(load.parts[0]!, depth);
    else if (load.parts.length <= 4) text = `(${load.parts.map((p) => this.partChain(p, depth + 1)).join(' + ')})`;
    else text = `${fmt(load.total)} ${node.kind.channels[channel] ?? channel} from ${load.parts.length} sources`;
    this.chains.set(memoKey, text);
    return text;
  }

  private partChain(part: Part, depth: number): string {
    switch (part.kind) {
      case 'flow': {
        const base = part.perUnit.isZero() ? part.flow.perMonth.times(this.result.scale) : part.amount.div(part.perUnit);
        return `${fmt(base)} ${plural(part.flow.unit)}${part.perUnit.eq(1) ? '' : ` × ${fmt(part.perUnit)} per ${part.flow.unit}`}`;
      }
      case 'intrinsic':
        return `${fmt(part.amount)} (${part.load.text})`;
      case 'edge':
        return `${this.chain(part.from, part.fromChannel, depth + 1)} ${part.step}`.trim();
    }
  }

  /** Step-by-step derivation of a node's load, back to the entries: one line per channel and per input. */
  steps(resource: ResourceModel): string[] {
    const lines: string[] = [];
    const seen = new Set<string>();
    const visit = (node: NodeLoad, channel: string, indent: string) => {
      const key = `${node.resource.stack}\u0000${node.resource.logicalId}\u0000${channel}`;
      const load = node.channels.get(channel);
      if (!load) return;
      const unit = node.kind.channels[channel] ?? channel;
      if (seen.has(key)) {
        lines.push(`${indent}${nodeName(node.resource)}: ${fmt(load.total)} ${unit} (above)`);
        return;
      }
      seen.add(key);
      lines.push(`${indent}${nodeName(node.resource)}: ${fmt(load.total)} ${unit}${describeSum(load)}`);
      if (load.given)
        lines.push(`${indent}  given at ${load.given.origin}${load.parts.length ? ` (the edges would bring ${fmt(sumParts(load))})` : ''}`);
      for (const part of load.parts) {
        if (part.kind === 'flow') {
          lines.push(
            `${indent}  ← flow "${part.flow.name}": ${fmt(part.flow.perMonth.times(this.result.scale))} ${plural(part.flow.unit)} a ` +
              `month (${part.flow.origin}) × ${fmt(part.perUnit)} per ${part.flow.unit} = ${fmt(part.amount)}`,
          );
        } else if (part.kind === 'intrinsic') {
          lines.push(`${indent}  ← ${part.load.text} = ${fmt(part.amount)}`);
        } else {
          const fromUnit = part.from.kind.channels[part.fromChannel] ?? part.fromChannel;
          const how =
            `${part.edge.label} from ${nodeName(part.from.resource)}: ` +
            `${fmt(part.from.channels.get(part.fromChannel)?.total ?? new Decimal(0))} ${fromUnit} ${part.step} = ${fmt(part.amount)}`;
          lines.push(`${indent}  ← ${how.replace(/ {2,}/g, ' ')}`);
          visit(part.from, part.fromChannel, `${indent}    `);
        }
      }
    };
    const node = this.result.nodes.get(resource);
    if (!node) return lines;
    for (const channel of node.channels.keys()) visit(node, channel, '');
    for (const b of node.blocked) lines.push(`→ ${nodeName(b.edge.to)} (${b.edge.label}) carries no load: ${b.reason}`);
    for (const n of node.notes) lines.push(`note: ${n}`);
    return lines;
  }
}

function describeSum(load: ChannelLoad): string {
  return load.parts.length > 1 && !load.given ? ` = ${load.parts.map((p) => fmt(p.amount)).join(' + ')} (fan-in)` : '';
}

function sumParts(load: ChannelLoad): Decimal {
  return load.parts.reduce((s, p) => s.plus(p.amount), new Decimal(0));
}

export function plural(unit: string): string {
  return unit.endsWith('s') ? unit : `${unit}s`;
}
