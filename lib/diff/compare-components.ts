/**
 * Which cost components of one resource changed between base and head, and why. Components are
 * paired by name and price key, then by name alone (the price key changed: m5.large → m5.xlarge),
 * then by price key alone (the name changed: "2 × r6g.large" → "3 × r6g.large"), then by the name
 * without its parenthesised details and the unit (both changed).
 */
import { Decimal } from '../money.js';
import type { ComponentCost, ResourceCost } from '../estimate/estimate-types.js';
import type { ChangeCause, ComponentChange, UsageChange } from './diff-types.js';
import { delta } from './delta.js';

type UsageValueScalar = number | string | boolean;

export function compareComponents(base: ResourceCost, head: ResourceCost, usageChanges: UsageChange[]): ComponentChange[] {
  const pairs: Array<[ComponentCost, ComponentCost]> = [];
  const leftBase = [...base.components];
  const leftHead = [...head.components];
  const passes: Array<(b: ComponentCost, h: ComponentCost) => boolean> = [
    (b, h) => b.name === h.name && priceKey(b) === priceKey(h),
    (b, h) => b.name === h.name,
    (b, h) => priceKey(b) !== null && priceKey(b) === priceKey(h) && b.unit === h.unit,
    (b, h) => stem(b.name) === stem(h.name) && b.unit === h.unit,
  ];
  for (const same of passes) {
    for (let i = 0; i < leftBase.length; ) {
      const b = leftBase[i]!;
      const j = leftHead.findIndex((h) => same(b, h));
      if (j >= 0) {
        pairs.push([b, leftHead[j]!]);
        leftBase.splice(i, 1);
        leftHead.splice(j, 1);
      } else i++;
    }
  }

  const changedUsageKeys = new Set(usageChanges.map((u) => u.key));
  const coverageChanged = base.status !== head.status && (isUnpriced(base.status) || isUnpriced(head.status));
  const out: ComponentChange[] = [];
  for (const [b, h] of pairs) {
    const change = comparePair(b, h);
    if (change) out.push(change);
  }
  const causesOf = (c: ComponentCost): ChangeCause[] => (coverageChanged ? ['coverage'] : [causeOfOneSided(c, changedUsageKeys)]);
  for (const h of leftHead) out.push(withUsage(oneSided('added', h, causesOf(h)), readBy(h, usageChanges)));
  for (const b of leftBase) out.push(withUsage(oneSided('removed', b, causesOf(b)), readBy(b, usageChanges)));
  return out.sort(
    (x, y) => new Decimal(y.delta).abs().comparedTo(new Decimal(x.delta).abs()) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0),
  );
}

/** The usage values a resource was priced with: every key its components read, null when missing. */
export function usageValues(resource: ResourceCost): Map<string, UsageValueScalar | null> {
  const values = new Map<string, UsageValueScalar | null>();
  for (const key of resource.missingUsage) values.set(key, null);
  for (const c of resource.components) for (const [key, v] of Object.entries(c.usage ?? {})) values.set(key, v.value);
  return values;
}

export function compareUsage(base: ResourceCost, head: ResourceCost): UsageChange[] {
  const before = usageValues(base);
  const after = usageValues(head);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: UsageChange[] = [];
  for (const key of keys) {
    const b = before.get(key) ?? null;
    const a = after.get(key) ?? null;
    if (!sameValue(b, a)) out.push({ key, before: b, after: a });
  }
  return out;
}

/** The resource's usage changes among the keys this one component read. */
function readBy(c: ComponentCost, usageChanges: UsageChange[]): UsageChange[] {
  const keys = Object.keys(c.usage ?? {});
  return usageChanges.filter((u) => keys.includes(u.key));
}

/** The usage keys a pair of components read whose values differ: null where a side did not have it. */
function componentUsageChanges(b: ComponentCost, h: ComponentCost): UsageChange[] {
  const keys = [...new Set([...Object.keys(b.usage ?? {}), ...Object.keys(h.usage ?? {})])].sort();
  const out: UsageChange[] = [];
  for (const key of keys) {
    const before = b.usage?.[key]?.value ?? null;
    const after = h.usage?.[key]?.value ?? null;
    if (!sameValue(before, after)) out.push({ key, before, after });
  }
  return out;
}

function withUsage(change: ComponentChange, usage: UsageChange[]): ComponentChange {
  return usage.length ? { ...change, usage } : change;
}

function comparePair(b: ComponentCost, h: ComponentCost): ComponentChange | undefined {
  const causes = new Set<ChangeCause>();
  const keyChanged = priceKey(b) !== priceKey(h);
  if (keyChanged) causes.add('configuration');
  const usage = componentUsageChanges(b, h);
  const usageChanged = usage.length > 0;
  if (!sameNumber(b.quantity, h.quantity)) causes.add(usageChanged ? 'usage' : 'configuration');
  else if (usageChanged && b.status !== h.status) causes.add('usage');
  if (b.status !== h.status && (b.status === 'no-price' || h.status === 'no-price')) causes.add('coverage');
  const monthlyChanged = !new Decimal(b.monthly).equals(h.monthly);
  if (
    !keyChanged &&
    b.status === 'priced' &&
    h.status === 'priced' &&
    (!sameNumber(b.unitPrice, h.unitPrice) || (monthlyChanged && causes.size === 0))
  ) {
    causes.add('prices');
  }
  if (causes.size === 0 && !monthlyChanged) return undefined;
  return {
    change: 'changed',
    name: h.name,
    ...(b.name !== h.name ? { nameBefore: b.name } : {}),
    unit: h.unit,
    ...delta(b.monthly, h.monthly),
    quantity: { before: b.quantity, after: h.quantity },
    unitPrice: { before: b.unitPrice, after: h.unitPrice },
    priceKey: { before: priceKey(b), after: priceKey(h) },
    causes: [...causes].sort(),
    ...(usage.length ? { usage } : {}),
  };
}

function oneSided(change: 'added' | 'removed', c: ComponentCost, causes: ChangeCause[]): ComponentChange {
  const side = { before: null, after: null };
  const monthly = change === 'added' ? delta('0', c.monthly) : delta(c.monthly, '0');
  return {
    change,
    name: c.name,
    unit: c.unit,
    ...monthly,
    quantity: change === 'added' ? { ...side, after: c.quantity } : { ...side, before: c.quantity },
    unitPrice: change === 'added' ? { ...side, after: c.unitPrice } : { ...side, before: c.unitPrice },
    priceKey: change === 'added' ? { ...side, after: priceKey(c) } : { ...side, before: priceKey(c) },
    causes,
  };
}

/** A component that appears or disappears because a usage key was given or dropped is a usage change. */
function causeOfOneSided(c: ComponentCost, changedUsageKeys: Set<string>): ChangeCause {
  return Object.keys(c.usage ?? {}).some((k) => changedUsageKeys.has(k)) ? 'usage' : 'configuration';
}

function priceKey(c: ComponentCost): string | null {
  return c.price?.key ?? null;
}

/** "Data nodes (2 × r6g.large.search) [reshaped]" → "data nodes". */
function stem(name: string): string {
  return name
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function isUnpriced(status: ResourceCost['status']): boolean {
  return status === 'unsupported' || status === 'free';
}

function sameNumber(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return new Decimal(a).equals(b);
}

function sameValue(a: UsageValueScalar | null, b: UsageValueScalar | null): boolean {
  if (typeof a === 'number' && typeof b === 'number') return new Decimal(a).equals(b);
  return a === b;
}
