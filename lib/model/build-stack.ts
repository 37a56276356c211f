/**
 * One template → one StackModel: parameters resolved (overrides, then defaults), conditions
 * evaluated, resources' properties resolved, each resource given its construct path.
 */
import { UserError } from '../errors.js';
import type { Template, TemplateParameter, TemplateResource } from './template.js';
import type { ResourceModel, StackModel } from './architecture.js';
import { Resolver } from './intrinsics.js';
import { expandSam, isSamTemplate, SAM_TRANSFORM, transformsOf } from './sam/expand-sam.js';
import type { SamOrigin } from './sam/sam-context.js';

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
  const warnings: string[] = [];
  const parameters = resolveParameters(input, warnings);
  const resolverFor = (t: Template) =>
    new Resolver({
      region: input.region,
      stackName: input.name,
      parameters,
      mappings: t.Mappings,
      conditions: t.Conditions,
      resourceIds: new Set(Object.keys(t.Resources ?? {})),
      file: input.templateFile,
      onWarning: (text) => warnings.push(text),
    });
  const { template, origins } = applyTransforms(input, resolverFor, warnings);
  const resources = template.Resources ?? {};
  const resolver = resolverFor(template);
  const declared = input.template.Resources ?? {};
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
      if (template.Conditions?.[resource.Condition] === undefined) {
        throw new UserError(
          `${input.templateFile}: resource ${logicalId} names condition "${resource.Condition}", which the Conditions section does not ` +
            `define.`,
          `CloudFormation rejects such a template. Defined conditions: ${Object.keys(template.Conditions ?? {}).join(', ') || '(none)'}.`,
        );
      }
      const created = resolver.condition(resource.Condition);
      if (created === false) {
        stack.skippedByCondition.push(logicalId);
        continue;
      }
      if (created === undefined) {
        const unknown = unknownInputs(template, resource.Condition, parameters);
        warnings.push(
          `${input.templateFile}: condition "${resource.Condition}" of ${logicalId} cannot be evaluated before ` +
            `deployment${unknown.length ? ` (it depends on ${unknown.join(', ')})` : ''}; the resource is priced as if created.`,
        );
      }
    }
    // Behind a condition that cannot be evaluated, the resource may never be created: what CloudFormation
    // would reject in it only when creating it is not an error here.
    const speculative = resource.Condition !== undefined && resolver.condition(resource.Condition) === undefined;
    const properties = resolver.resolve(resource.Properties ?? {}, { path: ['Resources', logicalId, 'Properties'], speculative });
    const origin = origins.get(logicalId);
    const model: ResourceModel = {
      logicalId,
      type: resource.Type,
      stack: input.name,
      region: input.region,
      path: origin
        ? generatedPath(input, origin, declared, logicalId)
        : (input.pathOf(logicalId, resource) ?? `${input.name}/${logicalId}`),
      properties: properties && typeof properties === 'object' && !Array.isArray(properties) ? (properties as Record<string, unknown>) : {},
      metadata: resource.Metadata ?? {},
      ...(resource.DeletionPolicy ? { deletionPolicy: resource.DeletionPolicy } : {}),
      ...(origin ? { generatedFrom: { logicalId: origin.logicalId, type: origin.type } } : {}),
    };
    stack.resources.push(model);
  }
  return { stack, warnings };
}

/**
 * Template macros: the SAM transform is expanded (what it creates is what gets priced); any other
 * transform (AWS::LanguageExtensions, AWS::Include, account macros) is not applied, and says so.
 */
function applyTransforms(
  input: StackInput,
  resolverFor: (t: Template) => Resolver,
  warnings: string[],
): { template: Template; origins: Map<string, SamOrigin> } {
  for (const transform of transformsOf(input.template)) {
    if (transform !== SAM_TRANSFORM)
      warnings.push(
        `${input.templateFile}: Transform "${transform}" is not applied by cdk-cost; resources are priced as the template writes them.`,
      );
  }
  if (!isSamTemplate(input.template)) return { template: input.template, origins: new Map() };
  const resolver = resolverFor(input.template);
  const expansion = expandSam(input.template, (value) => resolver.resolve(value));
  warnings.push(...expansion.warnings.map((w) => `${input.templateFile}: ${w}`));
  return { template: expansion.template, origins: expansion.origins };
}

/**
 * Construct path of a resource the SAM transform generated: under the SAM resource it came from
 * (`Stack/MyFunction/MyFunctionRole`), so it rolls up to what the user wrote and a usage entry for
 * `Stack/MyFunction` reaches all of it.
 */
function generatedPath(input: StackInput, origin: SamOrigin, declared: Record<string, TemplateResource>, logicalId: string): string {
  const samResource = declared[origin.logicalId];
  const base = (samResource ? input.pathOf(origin.logicalId, samResource) : undefined) ?? `${input.name}/${origin.logicalId}`;
  return `${base}/${logicalId}`;
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
    if (given !== undefined && !input.parent) checkAllowed(input.templateFile, name, parameter, given);
    const value = given !== undefined ? given : parameter.Default;
    if (value === undefined) {
      if (!input.parent) {
        warnings.push(
          `${input.templateFile}: parameter "${name}" has no default and no value; pass --parameter ${name}=VALUE to price what ` +
            `depends on it.`,
        );
      }
      continue;
    }
    const type = parameter.Type ?? 'String';
    if (type.startsWith('AWS::SSM::Parameter::Value')) {
      if (isReferenced(input.template, name))
        warnings.push(
          `${input.templateFile}: parameter "${name}" is read from SSM at deploy time; its default names the SSM parameter, not the value.`,
        );
      continue;
    }
    const isList = type === 'CommaDelimitedList' || type.startsWith('List<');
    values[name] =
      isList && typeof value === 'string' ? value.split(',').map((s) => s.trim()) : typeof value === 'number' ? String(value) : value;
  }
  return values;
}

/** A --parameter value the template's AllowedValues rule out is a mistake CloudFormation would reject too. */
function checkAllowed(file: string, name: string, parameter: TemplateParameter, given: unknown): void {
  const allowed = parameter.AllowedValues;
  if (!Array.isArray(allowed) || allowed.length === 0) return;
  const type = parameter.Type ?? 'String';
  const isList = type === 'CommaDelimitedList' || type.startsWith('List<');
  const values = isList && typeof given === 'string' ? given.split(',').map((v) => v.trim()) : [given];
  const permitted = allowed.map(String);
  const bad = values.find((v) => !permitted.includes(String(v)));
  if (bad !== undefined) {
    throw new UserError(
      `--parameter ${name}=${String(given)}: ${file} allows only ${permitted.join(', ')} for "${name}".`,
      `Pass one of the allowed values.`,
    );
  }
}

/**
 * What a condition depends on that is unknown before deployment: parameters without a value and
 * account-specific pseudo parameters, followed through the conditions it names.
 */
function unknownInputs(template: Template, condition: string, parameters: Record<string, unknown>, seen = new Set<string>()): string[] {
  if (seen.has(condition)) return [];
  seen.add(condition);
  const out = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'Ref' && typeof v === 'string') {
        if (v.startsWith('AWS::') ? ['AWS::AccountId', 'AWS::StackId', 'AWS::NotificationARNs'].includes(v) : !(v in parameters)) {
          out.add(v.startsWith('AWS::') ? v : `parameter ${v}, which has no value`);
        }
      } else if (key === 'Condition' && typeof v === 'string') {
        for (const x of unknownInputs(template, v, parameters, seen)) out.add(x);
      } else if (key === 'Fn::ImportValue') {
        out.add('an Fn::ImportValue');
      } else visit(v);
    }
  };
  visit(template.Conditions?.[condition]);
  return [...out];
}
