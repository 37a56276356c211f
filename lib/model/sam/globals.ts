/**
 * SAM's Globals section: properties under `Globals.Function` (Api, HttpApi, SimpleTable, …) apply
 * to every AWS::Serverless::Function (Api, …) of the template. Merge rules as SAM's globals plugin:
 * the resource's own value wins for scalars and intrinsics, maps merge key by key, lists concatenate
 * (global first). MemorySize, Architectures or CacheClusterEnabled often live here, so pricing
 * without Globals would price the wrong configuration.
 */
import { isIntrinsic } from '../intrinsics.js';
import { isRecord, type Properties } from './sam-context.js';

export type SamGlobals = Record<string, Properties>;

export function readGlobals(section: unknown): SamGlobals {
  if (!isRecord(section)) return {};
  const out: SamGlobals = {};
  for (const [name, properties] of Object.entries(section)) {
    if (isRecord(properties)) out[`AWS::Serverless::${name}`] = properties;
  }
  return out;
}

/** The resource's properties with the globals of its type merged in. */
export function withGlobals(globals: SamGlobals, type: string, properties: Properties): Properties {
  const global = globals[type];
  return global ? (merge(global, properties) as Properties) : properties;
}

function kind(value: unknown): 'map' | 'list' | 'scalar' {
  if (Array.isArray(value)) return 'list';
  if (isRecord(value) && !isIntrinsic(value)) return 'map';
  return 'scalar';
}

function merge(global: unknown, local: unknown): unknown {
  if (local === undefined) return global;
  const g = kind(global);
  if (g !== kind(local) || g === 'scalar') return local;
  if (g === 'list') return [...(global as unknown[]), ...(local as unknown[])];
  const out: Properties = { ...(global as Properties) };
  for (const [key, value] of Object.entries(local as Properties)) out[key] = key in out ? merge(out[key], value) : value;
  return out;
}
