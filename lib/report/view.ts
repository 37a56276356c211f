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
