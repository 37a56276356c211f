/**
 * Which logical ids a resource's properties refer to, and under which top-level property: `Ref`,
 * `Fn::GetAtt` (list or dotted string form) and the `${Id}` / `${Id.Attribute}` names of `Fn::Sub`.
 * Used to tell how a resource is used (e.g. a function reached only as a custom resource's
 * ServiceToken runs only while the stack deploys).
 */
import type { ResourceModel } from './architecture.js';

export interface Reference {
  from: ResourceModel;
  /** Top-level property the reference sits under ("ServiceToken", "Environment", …). */
  property: string;
}

/** Logical id → the resources (of the given list) that refer to it. */
export function referencesIn(resources: ResourceModel[]): Map<string, Reference[]> {
  const byTarget = new Map<string, Reference[]>();
  for (const from of resources) {
    for (const [property, value] of Object.entries(from.properties)) {
      for (const target of referencedIds(value)) {
        if (target === from.logicalId) continue;
        let list = byTarget.get(target);
        if (!list) byTarget.set(target, (list = []));
        if (!list.some((r) => r.from === from && r.property === property)) list.push({ from, property });
      }
    }
  }
  return byTarget;
}

/** Every logical id (or pseudo parameter) a value refers to. */
export function referencedIds(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) referencedIds(v, out);
    return out;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'Ref' && typeof v === 'string') out.add(v);
    else if (key === 'Fn::GetAtt') {
      if (Array.isArray(v) && typeof v[0] === 'string') out.add(v[0]);
      else if (typeof v === 'string') out.add(v.split('.')[0]!);
      else referencedIds(v, out);
    } else if (key === 'Fn::Sub') {
      const [text, vars] = Array.isArray(v) ? [v[0], v[1]] : [v, undefined];
      const local = vars && typeof vars === 'object' ? new Set(Object.keys(vars)) : new Set<string>();
      if (typeof text === 'string') {
        for (const match of text.matchAll(/\$\{([^}!][^}]*)\}/g)) {
          const name = match[1]!.split('.')[0]!;
          if (!local.has(name)) out.add(name);
        }
      }
      referencedIds(vars, out);
    } else referencedIds(v, out);
  }
  return out;
}
