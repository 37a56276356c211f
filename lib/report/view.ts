/**
 * What the human-readable renderers (table, markdown, html) show, derived once from the Estimate:
 * cost-bearing resources grouped under the construct the user wrote, largest first.
 */
import { Decimal } from '../money.js';
import type { ComponentCost, Estimate, ResourceCost } from '../estimate/estimate-types.js';

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
    if (r.status === 'free' || r.status === 'unsupported') continue;
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

/** "aws-cdk-lib.aws_s3.Bucket" → "s3.Bucket"; "constructs.Construct" → "Construct". */
export function shortFqn(fqn: string): string {
  const parts = fqn.split('.');
  const cls = parts[parts.length - 1] ?? fqn;
  const mod = parts.length >= 3 ? parts[parts.length - 2]!.replace(/^aws_/, '') : undefined;
  return mod ? `${mod}.${cls}` : cls;
}

/** The component's name, prefixed by the resource when a construct owns several resources. */
export function componentLabel(group: OwnerGroup, resource: ResourceCost, component: ComponentCost): string {
  if (group.resources.length === 1) return component.name;
  const rel = resource.path.startsWith(group.owner + '/') ? resource.path.slice(group.owner.length + 1) : resource.logicalId;
  return `${rel}: ${component.name}`;
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

/** The constructs directly under each stack that cost something, largest first. */
export function topLevelConstructs(estimate: Estimate): Estimate['constructs'] {
  const stacks = new Set(estimate.stacks.map((s) => s.name));
  return estimate.constructs
    .filter((c) => {
      const slash = c.path.lastIndexOf('/');
      return slash > 0 && stacks.has(c.path.slice(0, slash)) && !new Decimal(c.monthly).isZero();
    })
    .sort((a, b) => new Decimal(b.monthly).comparedTo(a.monthly) || (a.path < b.path ? -1 : 1));
}
