/**
 * Reading the property that picks a price (instance class, node type). When the template does not
 * say it — an unresolvable reference, a parameter without a value — the pricer says so on the
 * resource rather than guess a class.
 */
import type { PricerContext } from '../pricer.js';
import { str, unresolved } from '../../model/properties.js';

/** Why the value at `path` is unknown: "is Fn::ImportValue X, unknown before deployment" or "is not set". */
export function whyUnknown(ctx: PricerContext, path: string): string {
  const why = unresolved(ctx.resource, path);
  return `${path} ${why ? `is ${why}, unknown before deployment` : 'is not set in the template'}`;
}

/**
 * The string at `path`, or undefined after noting why it is unknown. `what` names the cost that
 * depends on it ("instance hours"), so the note reads as the line that could not be priced.
 */
export function readClass(ctx: PricerContext, path: string, what: string): string | undefined {
  const value = str(ctx.resource, path);
  if (value) return value;
  ctx.note(`${what} not priced: ${whyUnknown(ctx, path)}`);
  return undefined;
}

/**
 * A context that counts the components added through it, so a pricer that could add none (every
 * price depends on something unknown) can say why instead of leaving a silent $0.
 */
export function counting(ctx: PricerContext): { ctx: PricerContext; added: () => number } {
  let added = 0;
  return {
    ctx: {
      ...ctx,
      add: (spec) => {
        added++;
        ctx.add(spec);
      },
    },
    added: () => added,
  };
}

/** A property value as a number, whatever object it sits on (string numbers included). */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}
