/**
 * Pairs the resources of two Estimates: by construct path first (the identity users see), then —
 * for what is left — by stack and logical id (a construct moved or renamed while its logical id was
 * kept, e.g. with overrideLogicalId). A pair whose CloudFormation type differs is a replacement:
 * one removed, one added.
 */
import type { ResourceCost } from '../estimate/estimate-types.js';

export interface ResourcePair {
  base: ResourceCost;
  head: ResourceCost;
  /** Matched by logical id under a different construct path. */
  moved: boolean;
}

export interface Matching {
  pairs: ResourcePair[];
  added: ResourceCost[];
  removed: ResourceCost[];
}

export function matchResources(base: ResourceCost[], head: ResourceCost[]): Matching {
  const pairs: ResourcePair[] = [];
  const unmatchedBase = new Set(base);
  const unmatchedHead = new Set(head);
  const pair = (b: ResourceCost, h: ResourceCost, moved: boolean) => {
    pairs.push({ base: b, head: h, moved });
    unmatchedBase.delete(b);
    unmatchedHead.delete(h);
  };

  // Paths are unique within an assembly; plain templates use Stack/LogicalId. Should a path repeat
  // (hand-written metadata), the stack and logical id decide among the candidates.
  const headByPath = groupBy(head, (r) => r.path);
  for (const b of base) {
    const candidates = (headByPath.get(b.path) ?? []).filter((h) => unmatchedHead.has(h));
    const h =
      candidates.find((c) => c.stack === b.stack && c.logicalId === b.logicalId) ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (h) pair(b, h, false);
  }
  const headById = groupBy([...unmatchedHead], (r) => `${r.stack}\u0000${r.logicalId}`);
  for (const b of [...unmatchedBase]) {
    const h = headById.get(`${b.stack}\u0000${b.logicalId}`)?.find((c) => unmatchedHead.has(c));
    if (h) pair(b, h, true);
  }

  const kept: ResourcePair[] = [];
  for (const p of pairs) {
    if (p.base.type === p.head.type) kept.push(p);
    else {
      unmatchedBase.add(p.base);
      unmatchedHead.add(p.head);
    }
  }
  return { pairs: kept, added: head.filter((r) => unmatchedHead.has(r)), removed: base.filter((r) => unmatchedBase.has(r)) };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
