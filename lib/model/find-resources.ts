/**
 * Finding related resources in the model: those of a type in the same stack, and those that
 * point at a given resource through a property (Ref / Fn::GetAtt).
 *
 * Pricers ask these questions once per resource, so answers come from an index built once per
 * architecture (by stack, by type, by logical id): a 10,000-resource app must not pay
 * resources × resources for them.
 */
import type { Architecture, ResourceModel } from './architecture.js';
import { referencedLogicalId } from './properties.js';

interface StackIndex {
  all: ResourceModel[];
  byType: Map<string, ResourceModel[]>;
  byLogicalId: Map<string, ResourceModel>;
}

const indexes = new WeakMap<Architecture, Map<string, StackIndex>>();

function stackIndex(architecture: Architecture, stackName: string): StackIndex {
  let byStack = indexes.get(architecture);
  if (!byStack) {
    byStack = new Map();
    for (const stack of architecture.stacks) {
      const index: StackIndex = { all: stack.resources, byType: new Map(), byLogicalId: new Map() };
      for (const r of stack.resources) {
        const list = index.byType.get(r.type);
        if (list) list.push(r);
        else index.byType.set(r.type, [r]);
        index.byLogicalId.set(r.logicalId, r);
      }
      byStack.set(stack.name, index);
    }
    indexes.set(architecture, byStack);
  }
  return byStack.get(stackName) ?? { all: [], byType: new Map(), byLogicalId: new Map() };
}

export function stackResources(architecture: Architecture, resource: ResourceModel): ResourceModel[] {
  return stackIndex(architecture, resource.stack).all;
}

/** Resources of `type` in the same stack as `resource`. */
export function stackResourcesOfType(architecture: Architecture, resource: ResourceModel, type: string): ResourceModel[] {
  return stackIndex(architecture, resource.stack).byType.get(type) ?? [];
}

/** Resources of `type` in the same stack whose property `path` refers to `target`. */
export function referencing(architecture: Architecture, target: ResourceModel, type: string, path: string): ResourceModel[] {
  const parts = path.split('.');
  return stackResourcesOfType(architecture, target, type).filter((r) => {
    let value: unknown = r.properties;
    for (const part of parts) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    return referencedLogicalId(value) === target.logicalId;
  });
}

/** The resource a property value refers to in the same stack, if any. */
export function referencedResource(architecture: Architecture, from: ResourceModel, value: unknown): ResourceModel | undefined {
  const id = referencedLogicalId(value);
  return id ? stackIndex(architecture, from.stack).byLogicalId.get(id) : undefined;
}
