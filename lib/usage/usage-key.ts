/**
 * A usage key a pricer reads. Declared here, in usage, so the resolver can check a usage file against
 * the keys without importing resources (which sit above usage); lib/resources/pricer.ts re-exports it.
 */
import type { ResourceModel } from '../model/architecture.js';

export interface UsageKeyDefinition<K extends string = string> {
  name: K;
  /** Unit, as a user reads it in a usage file: "requests/month", "ms", "GB". */
  unit: string;
  description: string;
  /**
   * Default 'number'. String keys list the values they accept. A 'mix' is a mapping of names to
   * shares that add up to 1 (e.g. `{STANDARD: 0.2, GLACIER: 0.8}`); `allowed` lists the names.
   */
  /**
   * Whether the key means anything for this resource (X-Ray keys only for a traced function): keys
   * that do not apply are left out of --explain and `usage init`. Default: always.
   */
  appliesTo?: (resource: ResourceModel) => boolean;
  kind?: 'number' | 'string' | 'boolean' | 'mix';
  allowed?: string[];
}
