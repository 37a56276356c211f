/**
 * Estimate (base) × Estimate (head) → CostDiff. Pure: no I/O, no pricing — both sides are already
 * priced (or read from saved Estimate JSON), so a diff of two saved estimates is reproducible.
 */
import { Decimal } from '../money.js';
import type { Estimate, ResourceCost } from '../estimate/estimate-types.js';
import { compareComponents, compareUsage } from './compare-components.js';
import { delta } from './delta.js';
import {
  DIFF_KIND,
  DIFF_SCHEMA_VERSION,
  type ChangeCause,
  type ComponentChange,
  type ConstructChange,
  type CostDiff,
  type ResourceChange,
  type SideInfo,
} from './diff-types.js';
import { matchResources } from './match-resources.js';
import { alignSingleStacks } from './align-stacks.js';

export interface DiffSide {
  /** What the user named (path of a source or of a saved estimate). */
  spec: string;
  estimate: Estimate;
  /** True when the side was read from a saved Estimate JSON rather than priced now. */
  saved: boolean;
}

export function diffEstimates(base: DiffSide, head: DiffSide): CostDiff {
  const h = head.estimate;
  const aligned = alignSingleStacks(base.estimate, h);
  const b = aligned.base;
  const { pairs, added, removed } = matchResources(b.resources, h.resources);

  const resources: ResourceChange[] = [];
  let unchanged = 0;
  let moved = 0;
  for (const pair of pairs) {
    const change = changedResource(pair.base, pair.head, pair.moved);
    if (pair.moved) moved++;
    if (change) resources.push(change);
    else unchanged++;
  }
  for (const r of added) resources.push(oneSidedResource('added', r));
  for (const r of removed) resources.push(oneSidedResource('removed', r));
  sortByLargestChange(resources);

  const summary = {
    added: added.length,
    removed: removed.length,
    changed: resources.filter((r) => r.change === 'changed').length,
    unchanged,
    moved,
  };
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    kind: DIFF_KIND,
    currency: 'USD',
    base: sideInfo(base),
    head: sideInfo(head),
    totals: {
      ...delta(b.totals.monthly, h.totals.monthly),
      fixed: delta(b.totals.fixed, h.totals.fixed),
      usageBased: delta(b.totals.usageBased, h.totals.usageBased),
    },
    summary,
    stacks: diffStacks(b, h),
    constructs: diffConstructs(b, h),
    resources,
    notPriced: {
      head: h.unsupportedTypes,
      base: b.unsupportedTypes,
      headUsageMissing: h.resources
        .filter((r) => r.missingUsage.length > 0 && r.status !== 'free')
        .map((r) => ({ path: r.path, type: r.type, keys: [...r.missingUsage] })),
    },
    budgets: [],
    warnings: [...(aligned.note ? [aligned.note] : []), ...sideWarnings(base, head)],
  };
}

function changedResource(base: ResourceCost, head: ResourceCost, moved: boolean): ResourceChange | undefined {
  // Most resources of a big app are the same on both sides: say so without looking at components.
  if (!moved && sameResource(base, head)) return undefined;
  const usageChanges = compareUsage(base, head);
  const components = compareComponents(base, head, usageChanges);
  const monthlyChanged = !new Decimal(base.monthly).equals(head.monthly);
  const statusChanged = base.status !== head.status;
  if (components.length === 0 && !monthlyChanged && !statusChanged && usageChanges.length === 0) return undefined;
  const causes = new Set<ChangeCause>(components.flatMap((c) => c.causes));
  if (statusChanged && causes.size === 0) causes.add(usageChanges.length ? 'usage' : 'coverage');
  if (usageChanges.length && causes.size === 0) causes.add('usage');
  return {
    change: 'changed',
    path: head.path,
    ...(moved ? { basePath: base.path } : {}),
    logicalId: head.logicalId,
    type: head.type,
    stack: head.stack,
    owner: head.owner,
    ...(head.service ? { service: head.service } : {}),
    ...delta(base.monthly, head.monthly),
    status: { before: base.status, after: head.status },
    causes: [...causes].sort(),
    components,
    usageChanges,
  };
}

function oneSidedResource(change: 'added' | 'removed', r: ResourceCost): ResourceChange {
  const components: ComponentChange[] = r.components.map((c) => ({
    change,
    name: c.name,
    unit: c.unit,
    ...(change === 'added' ? delta('0', c.monthly) : delta(c.monthly, '0')),
    quantity: change === 'added' ? { before: null, after: c.quantity } : { before: c.quantity, after: null },
    unitPrice: change === 'added' ? { before: null, after: c.unitPrice } : { before: c.unitPrice, after: null },
    priceKey: change === 'added' ? { before: null, after: c.price?.key ?? null } : { before: c.price?.key ?? null, after: null },
    causes: ['configuration'],
  }));
  return {
    change,
    path: r.path,
    logicalId: r.logicalId,
    type: r.type,
    stack: r.stack,
    owner: r.owner,
    ...(r.service ? { service: r.service } : {}),
    ...(change === 'added' ? delta('0', r.monthly) : delta(r.monthly, '0')),
    status: change === 'added' ? { before: null, after: r.status } : { before: r.status, after: null },
    causes: ['configuration'],
    components,
    usageChanges: [],
  };
}

function diffStacks(b: Estimate, h: Estimate): CostDiff['stacks'] {
  const before = new Map(b.stacks.map((s) => [s.name, s]));
  const after = new Map(h.stacks.map((s) => [s.name, s]));
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.map((name) => {
    const x = before.get(name);
    const y = after.get(name);
    const d = delta(x?.monthly ?? '0', y?.monthly ?? '0');
    const change = !x ? 'added' : !y ? 'removed' : d.delta === '0' ? 'unchanged' : 'changed';
    return { name, change, ...d };
  });
}

function diffConstructs(b: Estimate, h: Estimate): ConstructChange[] {
  const before = new Map(b.constructs.map((c) => [c.path, c]));
  const after = new Map(h.constructs.map((c) => [c.path, c]));
  const out: ConstructChange[] = [];
  for (const path of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const x = before.get(path);
    const y = after.get(path);
    const countBefore = x?.resources ?? 0;
    const countAfter = y?.resources ?? 0;
    // Amounts are canonical decimal strings: equal text is equal money, no arithmetic needed.
    if (x && y && x.monthly === y.monthly && countBefore === countAfter) continue;
    const d = delta(x?.monthly ?? '0', y?.monthly ?? '0');
    const fqn = y?.fqn ?? x?.fqn;
    out.push({
      path,
      ...(fqn ? { fqn } : {}),
      change: !x ? 'added' : !y ? 'removed' : 'changed',
      ...d,
      resourcesBefore: countBefore,
      resourcesAfter: countAfter,
    });
  }
  return out;
}

function sideInfo(side: DiffSide): SideInfo {
  const e = side.estimate;
  return {
    spec: side.spec,
    kind: side.saved ? 'estimate' : (e.source.kind as SideInfo['kind']),
    source: e.source,
    usageFile: e.usageFile,
    freeTier: e.freeTier,
    prices: { kind: e.prices.kind, pricesAsOf: e.prices.pricesAsOf },
    regions: [...new Set(e.stacks.map((s) => s.region))].sort(),
    summary: { ...e.summary },
  };
}

/** What makes the two sides not strictly comparable, said up front. */
function sideWarnings(base: DiffSide, head: DiffSide): string[] {
  const b = base.estimate;
  const h = head.estimate;
  const out: string[] = [];
  if (b.usageFile !== h.usageFile) {
    out.push(
      `The sides were priced with different usage: base ${b.usageFile ?? 'none'}, head ${h.usageFile ?? 'none'}. Changed usage ` +
        `values are reported as cause "usage".`,
    );
  }
  if (b.prices.pricesAsOf !== h.prices.pricesAsOf || b.prices.kind !== h.prices.kind) {
    out.push(
      `The sides were priced with different price data: base ${b.prices.kind} as of ${b.prices.pricesAsOf}, head ${h.prices.kind} as ` +
        `of ${h.prices.pricesAsOf}. Unit price changes are reported as cause "prices".`,
    );
  }
  if (b.freeTier !== h.freeTier)
    out.push(`Free tier differs: base ${b.freeTier ? 'applied' : 'not applied'}, head ${h.freeTier ? 'applied' : 'not applied'}.`);
  for (const w of h.warnings) out.push(`head: ${w}`);
  for (const w of b.warnings) if (!h.warnings.includes(w)) out.push(`base: ${w}`);
  return out;
}

/** Largest |delta| first, then by path; each delta parsed once, not once per comparison. */
function sortByLargestChange(resources: ResourceChange[]): void {
  const size = new Map(resources.map((r) => [r, new Decimal(r.delta).abs()]));
  resources.sort((x, y) => size.get(y)!.comparedTo(size.get(x)!) || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

/** Same cost, same components in the same order, same usage values (their origins may differ). */
function sameResource(base: ResourceCost, head: ResourceCost): boolean {
  if (base.monthly !== head.monthly || base.status !== head.status || base.components.length !== head.components.length) return false;
  if (!sameList(base.missingUsage, head.missingUsage)) return false;
  return base.components.every((b, i) => {
    const h = head.components[i]!;
    if (
      b.name !== h.name ||
      b.monthly !== h.monthly ||
      b.quantity !== h.quantity ||
      b.unitPrice !== h.unitPrice ||
      b.status !== h.status ||
      b.price?.key !== h.price?.key
    )
      return false;
    const keys = Object.keys(b.usage ?? {});
    return keys.length === Object.keys(h.usage ?? {}).length && keys.every((k) => b.usage![k]!.value === h.usage?.[k]?.value);
  });
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
