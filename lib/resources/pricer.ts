/**
 * The pricer contract. One small file per CloudFormation type (or family) declares the usage keys
 * it reads and builds cost components, each naming the price it needs (service code + price key) —
 * never a price number. The estimate engine looks prices up, applies tiers, and does the arithmetic.
 */
import type { Decimal } from '../money.js';
import type { Architecture, ResourceModel } from '../model/architecture.js';
import type { UsageKeyDefinition } from '../usage/usage-key.js';
import type { UsageReader } from '../usage/usage-reader.js';
import type { PriceRef } from '../pricing/price-keys.js';

export type { UsageKeyDefinition } from '../usage/usage-key.js';

export type ComponentSpec = StatedComponentSpec | PricedComponentSpec;

/** A line priced from the Price List: `price` names a key the snapshot holds (typed per service: a typo fails `tsc`). */
export interface PricedComponentSpec extends ComponentSpecBase {
  price: PriceRef;
  statedAmount?: false;
}

/** A line whose quantity is a monthly USD amount the user stated (see `statedAmount`). */
export interface StatedComponentSpec extends ComponentSpecBase {
  price: { serviceCode: string; key: string };
  statedAmount: true;
}

interface ComponentSpecBase {
  name: string;
  /** Unit of the monthly quantity, matching the price's unit (e.g. "GB-Mo", "requests", "hours"). */
  unit: string;
  /**
   * Monthly quantity in the price's unit. `undefined` means the usage it depends on was not given:
   * the component is listed at $0 as usage-missing, never silently dropped.
   */
  quantity: Decimal | undefined;
  /** Usage-based (depends on load) or fixed (exists as long as the resource does). */
  usageBased: boolean;
  /** Usage keys this component read (shown when missing, and in --explain). */
  usageKeys?: string[];
  /** How the quantity was computed, e.g. "300,000 requests × 0.2 s × 1 GB". */
  formula?: string;
  /**
   * The quantity is a monthly USD amount the user stated (a usage key such as `monthlyCost`), not
   * a quantity to price: it is taken as is, marked quality "user-stated", never looked up in the
   * Price List. `price.key` then names the usage key.
   */
  statedAmount?: boolean;
}

export interface PricerContext<K extends string = string> {
  resource: ResourceModel;
  architecture: Architecture;
  /** The resource's usage, readable by the pricer's declared key names only. */
  usage: UsageReader<K>;
  /** Add a cost component. */
  add(component: ComponentSpec): void;
  /** An assumption or caveat shown with the resource ("instance type from default r5.large.search"). */
  note(text: string): void;
  /** Declare the resource free after all (e.g. an ECS service on EC2), with the reason. */
  free(reason: string): void;
  /** Declare that this resource cannot be priced, with the reason. */
  unsupported(reason: string): void;
}

export interface Pricer<K extends string = string> {
  /** CloudFormation types this pricer handles. */
  types: string[];
  /** Short service name for roll-ups ("Lambda", "S3"). */
  service: string;
  /** Price List service codes whose prices this pricer may look up (loaded before pricing). */
  serviceCodes: string[];
  /** Service codes only an optional feature reads (X-Ray for traced functions): loaded, but a region without them is no error. */
  optionalServiceCodes?: string[];
  /** The one declaration of the usage keys the pricer reads: validation, `usage keys`, the README table and its reader. */
  usageKeys: UsageKeyDefinition<K>[];
  price(ctx: PricerContext<K>): void;
}

/**
 * Declares a pricer so that its reader is typed by its usage keys: `ctx.usage.number('x')` fails `tsc`
 * unless a usage key named `x` is declared (at run time the reader throws too, see UsageReader).
 * A pricer with no usage keys reads none (K defaults to never). Key lists whose names widened to
 * `string` (a shared list typed `UsageKeyDefinition[]`) are refused, since they would let any name
 * through: declare shared lists with `defineUsageKeys` and shared keys as `UsageKeyDefinition<'name'>`.
 */
export function definePricer<const K extends string = never>(pricer: Pricer<K> & LiteralKeys<K>): Pricer<K> {
  return pricer;
}

/** A compile-time guard for definePricer: required, impossible property when K is plain `string`. */
type LiteralKeys<K extends string> = string extends K ? { usageKeyNamesWidenedToString_useDefineUsageKeys: never } : unknown;

/** Usage keys declared apart from their pricer (shared by several), keeping their names' literal types. */
export function defineUsageKeys<const K extends string>(keys: UsageKeyDefinition<K>[]): UsageKeyDefinition<K>[] {
  return keys;
}
