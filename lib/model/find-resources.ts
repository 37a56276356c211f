/**
 * Finding related resources in the model: those of a type in the same stack, and those that
 * point at a given resource through a property (Ref / Fn::GetAtt).
 */
import type { Architecture, ResourceModel } from './architecture.js';
import { referencedLogicalId } from '../resources/properties.js';

export function stackResources(architecture: Architecture, resource: ResourceModel): ResourceModel[] {
  return architecture.stacks.find((s) => s.name === resource.stack)?.resources ?? [];
}

/** Resources of `type` in the same stack whose property `path` refers to `target`. */
export function referencing(architecture: Architecture, target: ResourceModel, type: string, path: string): ResourceModel[] {
  return stackResources(architecture, target).filter((r) => {
    if (r.type !== type) return false;
    let value: unknown = r.properties;
    for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    return referencedLogicalId(value) === target.logicalId;
  });
}

/** The resource a property value refers to in the same stack, if any. */
export function referencedResource(architecture: Architecture, from: ResourceModel, value: unknown): ResourceModel | undefined {
  const id = referencedLogicalId(value);
  return id ? stackResources(architecture, from).find((r) => r.logicalId === id) : undefined;
}
