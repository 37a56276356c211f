/**
 * A node kind: how load arriving at one type of resource is counted (its channels) and turned into
 * the usage keys its pricer reads, with the arithmetic written out for --explain.
 *
 * Every key a node kind derives is one its type's pricer reads (test/usage/node-kind-keys.test.ts
 * holds them in step).
 */
import type { Decimal } from '../../money.js';
import type { FlowEdge, RatioDefinition } from '../../graph/edge-kind.js';
import type { ResourceModel } from '../../model/architecture.js';

export interface DerivedUsage {
  key: string;
  value: Decimal;
  /** The arithmetic from channels to the key: "300,000 messages sent + 30,000 receives + 30,000 deletes" (built only when shown). */
  formula: () => string;
  /** Channels the value was computed from (their derivations are part of the explanation). */
  channels: string[];
}

export interface NodeView {
  resource: ResourceModel;
  amount(channel: string): Decimal;
  /** Whether any load (or an explicit value) reached the channel. */
  has(channel: string): boolean;
  /** A node ratio: the user's value, else the definition's default, else undefined. */
  ratio(name: string): Decimal | undefined;
  ratioGiven(name: string): boolean;
  outgoing: FlowEdge[];
  /** What the propagation carried over an outgoing edge, per target channel name. */
  carriedOver(edge: FlowEdge): Decimal | undefined;
  note(text: string): void;
}

export interface IntrinsicLoad {
  channel: string;
  amount: Decimal;
  /** "rate(15 minutes) = 730 h × 60 ÷ 15" */
  text: string;
}

export interface NodeKind {
  types: string[];
  /** The channel that flows on to downstream edges. */
  primary: string;
  /** Unit of each channel, as explanations print it ("messages", "item writes"). */
  channels: Record<string, string>;
  /** Which channel a data edge's writes and reads feed. */
  roles?: { write?: string; read?: string };
  /** The usage key that states the primary channel directly (a given value wins over the edges). */
  eventsKey?: string;
  ratios: RatioDefinition[];
  /** Load the resource makes by itself, from the template (a schedule); does not grow with load. */
  intrinsic?(resource: ResourceModel): IntrinsicLoad | undefined;
  usage(node: NodeView): DerivedUsage[];
}

/** A derived number under the given usage keys. */
export function underKeys(keys: string[], value: Decimal, formula: () => string, channels: string[]): DerivedUsage[] {
  return keys.map((key) => ({ key, value, formula, channels }));
}
