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
  /** Construct metadata cdk-cost reads (`cdk-cost:usage`, `cdk-cost:load` from lib/cdk), by construct path. */
  constructMetadata?: Array<{ path: string; type: string; data: unknown }>;
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
  /**
   * For resources a template transform generated (SAM): the resource the template declared, e.g.
   * `{ logicalId: 'MyFunction', type: 'AWS::Serverless::Function' }` for `MyFunctionRole`.
   * Usage keyed by that logical id reaches every resource it generated.
   */
  generatedFrom?: { logicalId: string; type: string };
}

/** Stable identity of a resource across runs: its construct path, falling back to stack/logical id. */
export function resourceKey(resource: ResourceModel): string {
  return resource.path;
}
