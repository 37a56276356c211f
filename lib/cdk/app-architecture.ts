/**
 * A live construct tree (inside `cdk synth`) → the Architecture the estimator prices, built from the
 * same CloudFormation the Cloud Assembly will contain: each CfnElement's `_toCloudFormation()`
 * resolved by its stack — the very calls Stack uses to render its template — merged per stack and
 * handed to the same `buildStack` the CLI uses for synthesized templates. So the guard and
 * `cdk-cost estimate` price identical input.
 *
 * Called after aspects and `prepare` (from a validation), when property overrides, other aspects'
 * mutations and cross-stack references are final.
 */
import type { Stack } from 'aws-cdk-lib';
import { cdkLib } from './cdk-lib.js';
import type { IConstruct } from 'constructs';
import type { Architecture, StackModel } from '../model/architecture.js';
import { buildStack } from '../model/build-stack.js';
import { ConstructTree } from '../model/construct-tree.js';
import type { Template } from '../source/read-template.js';
import { RegionChoice } from '../source/region-choice.js';

/** What jsii records on every construct class: its fully qualified name (the same fqn tree.json has). */
const JSII_RTTI = Symbol.for('jsii.rtti');

/** The internal (but stable since CDK v1) method every CfnElement renders its template fragment with. */
interface RendersCloudFormation {
  _toCloudFormation(): object;
}

export interface AppArchitecture {
  architecture: Architecture;
  /** Each priced stack's model name → its Stack construct (for annotations). */
  stacks: Map<string, Stack>;
}

export function architectureOf(scope: IConstruct, region?: string): AppArchitecture {
  const all = scope.node.findAll();
  let stacks = all.filter((c): c is Stack => cdkLib().Stack.isStack(c));
  // Added below a stack (a construct): price that stack's resources under the construct only.
  const within = stacks.length === 0 ? scope.node.path : undefined;
  if (stacks.length === 0) stacks = enclosingStack(scope);

  const regions = new RegionChoice(region);
  const names = new Map<Stack, string>();
  const models: StackModel[] = [];
  const warnings: string[] = [];
  for (const stack of stacks) {
    const name = stackName(stack, names);
    names.set(stack, name);
    const { template, pathByLogicalId } = renderStack(stack, within);
    const resolvedRegion = cdkLib().Token.isUnresolved(stack.region) ? undefined : stack.region;
    const chosen = regions.resolve(resolvedRegion, name);
    const parentStack = stack.nestedStackParent;
    const built = buildStack({
      template,
      templateFile: `${name} (synthesizing)`,
      name,
      region: chosen.region,
      regionSource: chosen.source,
      ...(cdkLib().Token.isUnresolved(stack.account) ? {} : { account: stack.account }),
      ...(parentStack ? { parent: names.get(parentStack) ?? parentStack.node.path } : {}),
      parameterValues: {},
      pathOf: (logicalId) => pathByLogicalId.get(logicalId),
    });
    models.push(built.stack);
    warnings.push(...built.warnings);
  }
  return {
    architecture: {
      source: { kind: 'app', path: scope.node.path || '(app)' },
      stacks: models,
      tree: treeOf(scope),
      warnings: [...regions.warnings, ...warnings],
    },
    stacks: new Map([...names.entries()].map(([stack, name]) => [name, stack])),
  };
}

/** The stack a construct below a stack belongs to; none for an App or Stage without stacks. */
function enclosingStack(scope: IConstruct): Stack[] {
  try {
    return [cdkLib().Stack.of(scope)];
  } catch {
    return [];
  }
}

/** The display name the Cloud Assembly gives a stack; nested stacks as "Parent/NestedStackResourceId", as the CLI reads them. */
function stackName(stack: Stack, known: Map<Stack, string>): string {
  const parent = stack.nestedStackParent;
  if (parent && stack.nestedStackResource) {
    return `${known.get(parent) ?? parent.node.path}/${parent.resolve(stack.nestedStackResource.logicalId) as string}`;
  }
  return stack.node.path;
}

function renderStack(stack: Stack, within: string | undefined): { template: Template; pathByLogicalId: Map<string, string> } {
  const template: Record<string, Record<string, unknown>> = {};
  const pathByLogicalId = new Map<string, string>();
  for (const construct of stack.node.findAll()) {
    if (!cdkLib().CfnElement.isCfnElement(construct) || cdkLib().Stack.of(construct) !== stack) continue;
    const isResource = cdkLib().CfnResource.isCfnResource(construct);
    if (isResource && within !== undefined && !(construct.node.path === within || construct.node.path.startsWith(`${within}/`))) continue;
    const fragment = stack.resolve((construct as unknown as RendersCloudFormation)._toCloudFormation()) as
      | Record<string, Record<string, unknown>>
      | undefined;
    for (const [section, entries] of Object.entries(fragment ?? {})) {
      if (entries && typeof entries === 'object') template[section] = { ...(template[section] ?? {}), ...entries };
    }
    if (isResource) pathByLogicalId.set(stack.resolve(construct.logicalId) as string, construct.node.path);
  }
  return { template: template as Template, pathByLogicalId };
}

/** The construct tree with each construct's class, so costs roll up to the constructs the user wrote. */
function treeOf(scope: IConstruct): ConstructTree {
  const tree = new ConstructTree();
  for (const c of scope.node.root.node.findAll()) {
    if (!c.node.path) continue; // the App itself
    const fqn = (c.constructor as unknown as Record<symbol, { fqn?: string } | undefined>)[JSII_RTTI]?.fqn;
    tree.add({
      path: c.node.path,
      id: c.node.id,
      ...(fqn ? { fqn } : {}),
      ...(cdkLib().CfnResource.isCfnResource(c) ? { cfnType: c.cfnResourceType } : {}),
      children: c.node.children.map((child) => child.node.path),
    });
  }
  return tree;
}
