/**
 * Reading resolved resource properties. A value that is still an intrinsic (Fn::ImportValue, a Ref
 * to a resource, …) is "unresolved": getters return undefined for it and `unresolved()` says what it
 * was, so a pricer can name what it could not know.
 */
import { isIntrinsic, describeUnresolved } from './intrinsics.js';
import type { ResourceModel } from './architecture.js';

export function prop(resource: ResourceModel | Record<string, unknown>, path: string): unknown {
  let current: unknown = 'properties' in resource && 'logicalId' in resource ? (resource as ResourceModel).properties : resource;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || isIntrinsic(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

export function str(resource: ResourceModel | Record<string, unknown>, path: string): string | undefined {
  const v = prop(resource, path);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

export function num(resource: ResourceModel | Record<string, unknown>, path: string): number | undefined {
  const v = prop(resource, path);
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function bool(resource: ResourceModel | Record<string, unknown>, path: string): boolean | undefined {
  const v = prop(resource, path);
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  return undefined;
}

export function list(resource: ResourceModel | Record<string, unknown>, path: string): unknown[] | undefined {
  const v = prop(resource, path);
  return Array.isArray(v) ? v : undefined;
}

/** If the property is present but unresolved, a description of it ("Fn::ImportValue Vpc-Id"). */
export function unresolved(resource: ResourceModel | Record<string, unknown>, path: string): string | undefined {
  const parts = path.split('.');
  let current: unknown = 'properties' in resource && 'logicalId' in resource ? (resource as ResourceModel).properties : resource;
  for (const part of parts) {
    if (isIntrinsic(current)) return describeUnresolved(current);
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return isIntrinsic(current) ? describeUnresolved(current) : undefined;
}

/** The logical id a value refers to ({Ref: X} or {Fn::GetAtt: [X, …]}), if it is such a reference. */
export function referencedLogicalId(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.Ref === 'string') return v.Ref;
  const getAtt = v['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  if (typeof getAtt === 'string') return getAtt.split('.')[0];
  return undefined;
}
