/**
 * Which live stack owns a resource (by physical id), computed once per stacks dataset, and whether a
 * resource is in the scan's scope.
 */
import type { StackRecord, StacksDataset } from '../datasets/stacks.js';
import { STACK_NAME_TAG } from '../datasets/stack-tags.js';
import type { LiveResource } from '../types.js';
import type { RegionData, RuleContext } from './rule.js';

export interface Owner {
  stack: string;
  logicalId: string;
  path?: string;
  /** When the stack created the resource, if that was CloudFormation's last operation on it. */
  createdAt?: Date;
}

const indexes = new WeakMap<StacksDataset, Map<string, Owner>>();

export function ownerIndex(stacks: StacksDataset): Map<string, Owner> {
  let index = indexes.get(stacks);
  if (!index) {
    index = new Map();
    for (const stack of stacks.live) {
      for (const r of stack.resources) {
        if (r.physicalId) {
          index.set(r.physicalId, {
            stack: stack.name,
            logicalId: r.logicalId,
            ...(r.path ? { path: r.path } : {}),
            ...(r.createdAt ? { createdAt: r.createdAt } : {}),
          });
        }
      }
    }
    indexes.set(stacks, index);
  }
  return index;
}

/** The live stack resource that is this resource, if any. */
export function ownerOf(resource: LiveResource, data: RegionData): Owner | undefined {
  if (!data.has('stacks')) return undefined;
  const index = ownerIndex(data.get('stacks'));
  for (const id of resource.physicalIds) {
    const owner = index.get(id);
    if (owner) return owner;
  }
  return undefined;
}

/** The stack a resource belongs to: its live owner, else the stack named by its CloudFormation tag. */
export function stackOf(resource: LiveResource, data: RegionData): string | undefined {
  return ownerOf(resource, data)?.stack ?? resource.tags[STACK_NAME_TAG];
}

/** App scope: only resources of the app's stacks; account scope: everything. */
export function inScope(stack: string | undefined, ctx: RuleContext): boolean {
  return ctx.scope.kind === 'account' || (stack !== undefined && ctx.scope.stacks.has(stack));
}

export function liveStackById(stacks: StacksDataset, id: string): StackRecord | undefined {
  return stacks.live.find((s) => s.id === id);
}
