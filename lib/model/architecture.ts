/**
 * The model every later stage reads: stacks, their resources (with intrinsics resolved where they
 * can be), and the construct tree the resources hang from.
 */
import type { ConstructTree } from './construct-tree.js';

export type SourceKind = 'app' | 'assembly' | 'template';

export interface Architecture {
  source: { kind: SourceKind; path: string };
  stacks: StackModel[];
  tree: ConstructTree;
  warnings: string[];
}

export interface StackModel {
  /** Display name (artifact id or template file stem). Nested stacks: "Parent/NestedLogicalId". */
  name: string;
  region: string;
  /** Where the region came from: the assembly's environment, --region, or the default (with a warning). */
  regionSource: 'assembly' | 'flag' | 'default';
  account?: string;
  templateFile: string;
  /** The stack that contains this one as AWS::CloudFormation::Stack, for nested stacks. */
  parent?: string;
  resources: ResourceModel[];
  /** Resources whose Condition is false: never created, so never priced; listed for transparency. */
  skippedByCondition: string[];
}

export interface ResourceModel {
  logicalId: string;
  type: string;
  stack: string;
  region: string;
  /** Construct path (`aws:cdk:path` / tree.json), or `Stack/LogicalId` for plain templates. */
  path: string;
  /** Properties with intrinsics resolved where possible; unresolvable parts keep their intrinsic form. */
  properties: Record<string, unknown>;
  metadata: Record<string, unknown>;
  deletionPolicy?: string;
}

/** Stable identity of a resource across runs: its construct path, falling back to stack/logical id. */
export function resourceKey(resource: ResourceModel): string {
  return resource.path;
}
