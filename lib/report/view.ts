/**
 * What the human-readable renderers (table, markdown, html) show, derived once from the Estimate:
 * resources with cost lines grouped under the construct the user wrote, largest first; the lines
 * that say what is not priced; and the roll-up lines, built so that what is shown adds up to the
 * totals shown (every cost counted in a total is on a line of its own).
 */
import { Decimal, formatUsd } from '../money.js';
import type { ComponentCost, Estimate, ResourceCost, UnsupportedType } from '../estimate/estimate-types.js';

export interface OwnerGroup {
  owner: string;
  /** Short construct class ("s3.Bucket") or CloudFormation type for plain templates. */
  label: string;
  monthly: Decimal;
  resources: ResourceCost[];
}

export function groupByOwner(estimate: Estimate): OwnerGroup[] {
  const fqnByPath = new Map(estimate.constructs.map((c) => [c.path, c.fqn]));
  const groups = new Map<string, OwnerGroup>();
  for (const r of estimate.resources) {
    if (!hasCostLines(r)) continue;
    let g = groups.get(r.owner);
    if (!g) {
      const fqn = fqnByPath.get(r.owner);
      groups.set(r.owner, (g = { owner: r.owner, label: fqn ? shortFqn(fqn) : r.type, monthly: new Decimal(0), resources: [] }));
    }
    g.resources.push(r);
    g.monthly = g.monthly.plus(r.monthly);
  }
  return [...groups.values()].sort((a, b) => b.monthly.comparedTo(a.monthly) || (a.owner < b.owner ? -1 : 1));
}

/**
 * Whether a resource has cost lines to show: a pricer gave it components (priced, usage missing,
 * or without a price). That includes a resource that is only partly priced — its priced part is in
 * the totals, so it must be shown. Free resources, and those no pricer could price, have none: the
 * summary counts them and "Not priced" lists them.
 */
export function hasCostLines(r: ResourceCost): boolean {
  return r.components.length > 0 || !new Decimal(r.monthly).isZero();
}

/** Whether some of the resource's cost is priced while some is not (status unsupported, priced components). */
export function isPartlyPriced(r: ResourceCost): boolean {
  return r.status === 'unsupported' && r.components.some((c) => c.status === 'priced');
}

/** The line shown under a resource's cost lines when part of its cost has no price: "not priced: <why>". */
export function notPricedLine(r: ResourceCost): string | undefined {
  return r.status === 'unsupported' && hasCostLines(r) ? `not priced: ${r.reason ?? 'no price'}` : undefined;
}

/** The resource's status in words, with the why: "usage missing (monthlyRequests)", "partly priced; not priced: …". */
export function statusLabel(r: ResourceCost): string {
  if (r.status === 'usage-missing') return `usage missing (${r.missingUsage.join(', ')})`;
  if (r.status !== 'unsupported') return r.status;
  const line = notPricedLine(r);
  if (!line) return `unsupported: ${r.reason ?? 'not supported'}`;
  return isPartlyPriced(r) ? `partly priced; ${line}` : line;
}

/** "Resources: 5 — 2 priced, 1 free, 1 usage missing, 1 unsupported (1 partly priced: $4.45 of its cost is in the total)". */
export function summaryCounts(estimate: Estimate): string {
  const s = estimate.summary;
  const partly = estimate.resources.filter(isPartlyPriced);
  const counted = partly.reduce((sum, r) => sum.plus(r.monthly), new Decimal(0));
  const whose = partly.length === 1 ? 'its' : 'their';
  const partial = partly.length ? ` (${partly.length} partly priced: ${formatUsd(counted)} of ${whose} cost is in the total)` : '';
  return `${s.priced} priced, ${s.free} free, ${s.usageMissing} usage missing, ${s.unsupported} unsupported${partial}`;
}

/** An `unsupportedTypes` entry in words, saying how much of it is priced and counted when some is. */
export function notPricedText(estimate: Estimate, u: UnsupportedType): string {
  const paths = new Set(u.paths);
  const partly = estimate.resources.filter((r) => r.type === u.type && paths.has(r.path) && isPartlyPriced(r));
  if (!partly.length) return `${u.type} ×${u.count}: ${u.reason}`;
  const counted = partly.reduce((sum, r) => sum.plus(r.monthly), new Decimal(0));
  const which = partly.length === u.count ? '' : `${partly.length} of them `;
  const whose = partly.length === 1 ? 'its' : 'their';
  return `${u.type} ×${u.count}: ${u.reason} (${which}partly priced: ${whose} priced lines, ${formatUsd(counted)}, are in the total)`;
}

/** "aws-cdk-lib.aws_s3.Bucket" → "s3.Bucket"; "constructs.Construct" → "Construct". */
export function shortFqn(fqn: string): string {
  const parts = fqn.split('.');
  const cls = parts[parts.length - 1] ?? fqn;
  const mod = parts.length >= 3 ? parts[parts.length - 2]!.replace(/^aws_/, '') : undefined;
  return mod ? `${mod}.${cls}` : cls;
}

/** The component's name (or a line's text), prefixed by the resource when a construct owns several resources. */
export function componentLabel(group: OwnerGroup, resource: ResourceCost, component: ComponentCost | string): string {
  const name = typeof component === 'string' ? component : component.name;
  if (group.resources.length === 1) return name;
  const rel = resource.path.startsWith(group.owner + '/') ? resource.path.slice(group.owner.length + 1) : resource.logicalId;
  return `${rel}: ${name}`;
}

export function usageMissingResources(estimate: Estimate): ResourceCost[] {
  return estimate.resources.filter((r) => r.missingUsage.length > 0 && r.status !== 'free');
}

/** "first 51,200", "51,200 – 512,000", "over 512,000": where a tier's quantity fell. */
export function tierLabel(tier: { from: string; to: string | null }): string {
  const from = new Decimal(tier.from);
  const n = (v: string) => new Decimal(v).toNumber().toLocaleString('en-US');
  if (from.isZero()) return tier.to === null ? 'all' : `first ${n(tier.to)}`;
  return tier.to === null ? `over ${n(tier.from)}` : `${n(tier.from)} – ${n(tier.to)}`;
}

export interface TopLevelLine {
  /** A construct path, or a stack's name for the resources directly in it. */
  path: string;
  fqn?: string;
  monthly: string;
  /** The line sums the resources placed directly in the stack (no construct of their own). */
  direct?: true;
}

/**
 * The constructs directly under each stack that cost something, largest first — and, for a stack
 * whose resources are not all inside such constructs, a line for the rest, so the lines of a stack
 * add up to the stack. A nested stack's own path is a stack, not a construct of its parent.
 */
export function topLevelConstructs(estimate: Estimate): TopLevelLine[] {
  const byPath = new Map<string, { monthly: Decimal; direct: boolean }>();
  let anyConstruct = false;
  for (const r of estimate.resources) {
    // "Stack/Api/Handler/Resource" → "Stack/Api"; "Stack/Queue" (a resource right in the stack) → "Stack".
    const rest = r.path.startsWith(`${r.stack}/`) ? r.path.slice(r.stack.length + 1) : r.path;
    const slash = rest.indexOf('/');
    const path = slash > 0 ? `${r.stack}/${rest.slice(0, slash)}` : r.stack;
    anyConstruct ||= slash > 0;
    let line = byPath.get(path);
    if (!line) byPath.set(path, (line = { monthly: new Decimal(0), direct: slash <= 0 }));
    if (r.monthly !== '0') line.monthly = line.monthly.plus(r.monthly);
  }
  if (!anyConstruct) return [];
  const fqns = new Map(estimate.constructs.map((c) => [c.path, c.fqn]));
  return [...byPath.entries()]
    .filter(([, line]) => !line.monthly.isZero())
    .map(([path, line]): TopLevelLine => {
      const fqn = line.direct ? undefined : fqns.get(path);
      return { path, ...(fqn ? { fqn } : {}), monthly: line.monthly.toFixed(), ...(line.direct ? { direct: true as const } : {}) };
    })
    .sort((a, b) => new Decimal(b.monthly).comparedTo(a.monthly) || (a.path < b.path ? -1 : 1));
}
