/**
 * An edge kind: how one kind of connection is found in the templates (an S3 notification, an SNS
 * subscription, an event source mapping, …) and how load crosses it. One file per kind under
 * edges/; the propagation engine (lib/usage/propagation) is generic over them.
 *
 * Load is counted per node in channels: a node's primary channel is what flows on downstream
 * (a queue's messages, a function's invocations), and some nodes have more (a table's writes and
 * reads, a bucket's objects and GET requests). An edge names the channel it feeds by role
 * ('primary', 'write', 'read') or by name ('records', 'getRequests'); the target's node kind maps
 * roles to its own channels.
 */
import type { Decimal } from '../money.js';
import type { ResourceModel } from '../model/architecture.js';
import type { ResourceIndex } from './references.js';

export interface RatioDefinition {
  name: string;
  unit: string;
  description: string;
  /** Used when the user gives none; omitted when the edge carries nothing without it. */
  default?: number;
}

export interface FlowEdge {
  kind: string;
  from: ResourceModel;
  to: ResourceModel;
  /** What connects them, for explanations: "SNS subscription (sqs)". */
  label: string;
  /** Template facts the edge carries (batchSize, visits per execution, …). */
  facts: Record<string, number | string | boolean>;
  /** Construct path of the resource that makes the edge (the mapping, subscription, policy). */
  via?: string;
}

export interface LoadSource {
  /** Monthly amount in one of the source's channels (zero when it has none). */
  amount(channel: string): Decimal;
  /** Name of the source's primary channel ("messages", "invocations"). */
  primary: string;
}

export interface RatioReader {
  /** The user's ratio for this edge, else the definition's default, else undefined. */
  get(name: string): Decimal | undefined;
  /** Whether the user gave this ratio (not a default). */
  given(name: string): boolean;
}

export type ChannelRole = 'primary' | 'write' | 'read';

export interface Carried {
  /** A role the target's node kind maps to a channel, or a channel name. */
  channel: ChannelRole | string;
  amount: Decimal;
  /** Source channel the amount was computed from. */
  from: string;
  /** How: "÷ batch size 10", "× 2 GETs per record (ratio)". Empty for 1:1. */
  step: string;
}

/** Why an edge carries no load (a data edge without a ratio): shown by --explain and usage init. */
export interface NotCarried {
  reason: string;
}

export interface EdgeKind {
  kind: string;
  /** One line for `cdk-cost usage keys`. */
  description: string;
  ratios: RatioDefinition[];
  find(index: ResourceIndex): FlowEdge[];
  /**
   * What crosses the edge. Must be linear: each carried amount is one source channel (`from`) times
   * a factor that depends only on ratios and template facts, and whether the edge carries at all
   * depends only on them too — the propagation plans with every source channel at 1 and reuses the
   * factors for every run and sweep step.
   */
  carry(edge: FlowEdge, source: LoadSource, ratios: RatioReader): Carried[] | NotCarried;
}

export function isNotCarried(value: Carried[] | NotCarried): value is NotCarried {
  return !Array.isArray(value);
}
