/**
 * One template → one StackModel: parameters resolved (overrides, then defaults), conditions
 * evaluated, resources' properties resolved, each resource given its construct path.
 */
import { UserError } from '../errors.js';
import type { Template, TemplateResource } from '../source/read-template.js';
import type { ResourceModel, StackModel } from './architecture.js';
import { Resolver } from './intrinsics.js';

export interface StackInput {
  template: Template;
  templateFile: string;
  name: string;
  region: string;
  regionSource: StackModel['regionSource'];
  account?: string;
  parent?: string;
  /** --parameter Key=Value (for plain templates), or a nested stack's Parameters from its parent. */
  parameterValues: Record<string, unknown>;
  /** Construct path of a resource, if the source knows one. */
  pathOf: (logicalId: string, resource: TemplateResource) => string | undefined;
}

export interface BuiltStack {
  stack: StackModel;
  warnings: string[];
}

export function buildStack(input: StackInput): BuiltStack {
  const { template } = input;
  const warnings: string[] = [];
  const parameters = resolveParameters(input, warnings);
  const resources = template.Resources ?? {};
  const resolver = new Resolver({
    region: input.region,
    stackName: input.name,
    parameters,
    mappings: template.Mappings,
    conditions: template.Conditions,
    resourceIds: new Set(Object.keys(resources)),
  });
  const stack: StackModel = {
    name: input.name,
    region: input.region,
    regionSource: input.regionSource,
    ...(input.account ? { account: input.account } : {}),
    templateFile: input.templateFile,
    ...(input.parent ? { parent: input.parent } : {}),
    resources: [],
    skippedByCondition: [],
  };
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (resource.Condition !== undefined) {
      const created = resolver.condition(resource.Condition);
      if (created === false) {
        stack.skippedByCondition.push(logicalId);
        continue;
      }
      if (created === undefined) {
        warnings.push(`${input.templateFile}: condition "${resource.Condition}" of ${logicalId} cannot be evaluated before deployment; the resource is priced as if created.`);
      }
    }
    const properties = resolver.resolve(resource.Properties ?? {});
    const model: ResourceModel = {
      logicalId,
      type: resource.Type,
      stack: input.name,
      region: input.region,
      path: input.pathOf(logicalId, resource) ?? `${input.name}/${logicalId}`,
      properties: properties && typeof properties === 'object' && !Array.isArray(properties) ? (properties as Record<string, unknown>) : {},
      metadata: resource.Metadata ?? {},
      ...(resource.DeletionPolicy ? { deletionPolicy: resource.DeletionPolicy } : {}),
    };
    stack.resources.push(model);
  }
  return { stack, warnings };
}

/** Whether any resource property refers to the parameter (CDK's BootstrapVersion, for one, is never priced). */
function isReferenced(template: StackInput['template'], name: string): boolean {
  const text = JSON.stringify(template.Resources ?? {});
  return text.includes(`{"Ref":"${name}"}`) || text.includes(`\${${name}}`);
}

function resolveParameters(input: StackInput, warnings: string[]): Record<string, unknown> {
  const declared = input.template.Parameters ?? {};
  for (const key of Object.keys(input.parameterValues)) {
    if (!(key in declared) && !input.parent) {
      throw new UserError(
        `--parameter ${key}: ${input.templateFile} declares no parameter "${key}".`,
        `Declared parameters: ${Object.keys(declared).join(', ') || '(none)'}.`,
      );
    }
  }
  const values: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(declared)) {
    const given = input.parameterValues[name];
    const value = given !== undefined ? given : parameter.Default;
    if (value === undefined) {
      if (!input.parent) {
        warnings.push(`${input.templateFile}: parameter "${name}" has no default and no value; pass --parameter ${name}=VALUE to price what depends on it.`);
      }
      continue;
    }
    const type = parameter.Type ?? 'String';
    if (type.startsWith('AWS::SSM::Parameter::Value')) {
      if (isReferenced(input.template, name)) warnings.push(`${input.templateFile}: parameter "${name}" is read from SSM at deploy time; its default names the SSM parameter, not the value.`);
      continue;
    }
    const isList = type === 'CommaDelimitedList' || type.startsWith('List<');
    values[name] = isList && typeof value === 'string' ? value.split(',').map((s) => s.trim()) : typeof value === 'number' ? String(value) : value;
  }
  return values;
}
