/**
 * What `aws cloudformation validate-template` rejects, checked before anything is priced: a
 * resource whose Type is not a string or whose Properties is not a mapping, a Ref to something the
 * template does not declare, Fn::If on an undeclared condition, Fn::Sub with a variable that is
 * neither given nor declared, Fn::GetAtt on an undeclared resource. Such a template never deploys,
 * so pricing it would be pricing fiction; each error names the file and the path
 * (`Resources.MyQueue.Properties.QueueName`). Values that depend on the region or on parameters
 * (Fn::FindInMap keys, Fn::Select indexes) are checked where they are resolved (model/intrinsics).
 */
import { UserError, closest } from '../errors.js';
import type { Template } from './read-template.js';

/** Pseudo parameters: a Ref to one is always fine. */
const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

const HINT = 'CloudFormation rejects this template (aws cloudformation validate-template fails): fix it so that it can deploy.';

/** Resources' Type and Properties; a mapping at the top is checked by the caller. */
export function checkResources(template: Template, file: string): void {
  if (template.Resources !== undefined && !isMapping(template.Resources)) {
    throw new UserError(`${file}: Resources must be a mapping of logical ids to resources.`, HINT);
  }
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    if (!isMapping(resource)) throw new UserError(`${file}: Resources.${logicalId} must be a mapping with a Type.`, HINT);
    const type = (resource as unknown as Record<string, unknown>)['Type'];
    if (type === undefined) {
      throw new UserError(`${file}: Resources.${logicalId} has no Type.`, 'Every resource needs a Type such as AWS::S3::Bucket.');
    }
    if (typeof type !== 'string') {
      throw new UserError(`${file}: Resources.${logicalId}.Type must be a string such as AWS::S3::Bucket, not ${describe(type)}.`, HINT);
    }
    const properties = (resource as unknown as Record<string, unknown>)['Properties'];
    if (properties !== undefined && !isMapping(properties)) {
      const problem = `Resources.${logicalId}.Properties must be a mapping of property names to values, not ${describe(properties)}.`;
      throw new UserError(`${file}: ${problem}`, HINT);
    }
  }
}

/**
 * References to what the template declares. A template with a Transform (SAM, language extensions,
 * macros) gets names the transform adds (MyFunctionRole, ServerlessRestApi, Fn::ForEach
 * identifiers): only its conditions are checked.
 */
export function checkReferences(template: Template, file: string): void {
  const declared = {
    parameters: new Set(Object.keys(isMapping(template.Parameters) ? template.Parameters! : {})),
    resources: new Set(Object.keys(template.Resources ?? {})),
    conditions: new Set(Object.keys(isMapping(template.Conditions) ? template.Conditions! : {})),
    names: template.Transform === undefined,
  };
  const walker = new ReferenceWalker(declared, file);
  for (const [name, definition] of Object.entries(isMapping(template.Conditions) ? template.Conditions! : {})) {
    walker.walk(definition, ['Conditions', name], true);
  }
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    const properties = (resource as { Properties?: unknown }).Properties;
    if (properties !== undefined) walker.walk(properties, ['Resources', logicalId, 'Properties'], false);
  }
  for (const [name, output] of Object.entries(isMapping(template.Outputs) ? template.Outputs! : {})) {
    walker.walk(output, ['Outputs', name], false);
  }
}

interface Declared {
  parameters: Set<string>;
  resources: Set<string>;
  conditions: Set<string>;
  /** Whether Ref, Fn::Sub and Fn::GetAtt names are checked (no Transform). */
  names: boolean;
}

class ReferenceWalker {
  constructor(
    private readonly declared: Declared,
    private readonly file: string,
  ) {}

  walk(value: unknown, path: string[], inConditions: boolean): void {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.walk(v, [...path, String(i)], inConditions));
      return;
    }
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1) {
      const [fn, arg] = entries[0]!;
      const at = [...path, fn];
      if (fn === 'Ref' && typeof arg === 'string') return this.ref(arg, at);
      // `{ Condition: Name }` is a function inside Conditions only (an IAM statement has a Condition key too).
      if (fn === 'Condition' && inConditions && typeof arg === 'string') return this.condition(arg, at);
      if (fn === 'Fn::If' && Array.isArray(arg) && typeof arg[0] === 'string') this.condition(arg[0], at);
      if (fn === 'Fn::Sub') this.sub(arg, at);
      if (fn === 'Fn::GetAtt') this.getAtt(arg, at);
    }
    for (const [key, v] of entries) this.walk(v, [...path, key], inConditions);
  }

  private ref(name: string, path: string[]): void {
    if (!this.declared.names || this.isDeclared(name)) return;
    this.fail(path, `Ref to "${name}", which is neither a parameter nor a resource of the template.`, this.candidates(name));
  }

  private condition(name: string, path: string[]): void {
    if (this.declared.conditions.has(name)) return;
    const declared = `Conditions: ${[...this.declared.conditions].join(', ') || '(none)'}.`;
    this.fail(path, `condition "${name}" is not declared in the Conditions section.`, declared);
  }

  private isDeclared(name: string): boolean {
    return PSEUDO_PARAMETERS.has(name) || this.declared.parameters.has(name) || this.declared.resources.has(name);
  }

  private sub(arg: unknown, path: string[]): void {
    if (!this.declared.names) return;
    const text = typeof arg === 'string' ? arg : Array.isArray(arg) ? arg[0] : undefined;
    if (typeof text !== 'string') return;
    const given = Array.isArray(arg) && isMapping(arg[1]) ? new Set(Object.keys(arg[1] as object)) : new Set<string>();
    for (const match of text.matchAll(/\$\{([^}!][^}]*)\}/g)) {
      const name = match[1]!.trim();
      if (given.has(name) || this.isDeclared(name)) continue;
      const dot = name.indexOf('.');
      if (dot > 0 && this.declared.resources.has(name.slice(0, dot))) continue;
      const problem = `Fn::Sub variable \${${name}} is neither given in the Fn::Sub variables nor a parameter or resource of the template.`;
      this.fail(path, problem, this.candidates(name));
    }
  }

  private getAtt(arg: unknown, path: string[]): void {
    if (!this.declared.names) return;
    const name = typeof arg === 'string' ? arg.split('.')[0] : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
    if (name === undefined || this.declared.resources.has(name)) return;
    const guess = closest(name, this.declared.resources);
    this.fail(path, `Fn::GetAtt on "${name}", which is not a resource of the template.`, guess ? `Did you mean "${guess}"?` : '');
  }

  /** "Did you mean …?", else the declared parameters (resources can be hundreds). */
  private candidates(name: string): string {
    const guess = closest(name, [...this.declared.parameters, ...this.declared.resources]);
    if (guess) return `Did you mean "${guess}"?`;
    return `Parameters: ${[...this.declared.parameters].join(', ') || '(none)'}.`;
  }

  private fail(path: string[], problem: string, declared: string): never {
    throw new UserError(`${this.file}: ${path.join('.')}: ${problem}`, declared ? `${HINT} ${declared}` : HINT);
  }
}

function isMapping(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

const TEMPLATE_SECTIONS = [
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
];

/**
 * A template file given as SOURCE must declare resources: CloudFormation rejects one without
 * ("At least one Resources member must be defined"). A JSON or YAML file that is no template at all
 * (package.json, a usage file) is named as such instead of being priced at $0. (Stacks in a Cloud
 * Assembly may be empty: the CDK CLI skips deploying them.)
 */
export function checkTemplateSource(template: Template, file: string): void {
  const resources = template.Resources;
  if (resources && Object.keys(resources).length > 0) return;
  if (!TEMPLATE_SECTIONS.some((section) => section in template)) {
    const keys = Object.keys(template);
    const shown = keys.length ? `its top-level keys are ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}` : 'it is empty';
    throw new UserError(`${file} is not a CloudFormation template: it has no Resources section (${shown}).`, notATemplateHint(template));
  }
  throw new UserError(
    `${file}: the template declares no resources (Resources is ${resources === undefined ? 'missing' : 'empty'}).`,
    'CloudFormation rejects a template without resources ("At least one Resources member must be defined"): ' +
      'add resources, or pass the template that has them.',
  );
}

function notATemplateHint(content: Record<string, unknown>): string {
  if ('version' in content && ('resources' in content || 'load' in content || 'budgets' in content || 'defaults' in content)) {
    return 'It looks like a cdk-cost usage file: pass it with --usage FILE, and the app, cdk.out or template as SOURCE.';
  }
  if ('name' in content && ('dependencies' in content || 'scripts' in content || 'devDependencies' in content)) {
    return 'It looks like package.json: pass the CDK app directory (the one with cdk.json) as SOURCE.';
  }
  return 'Pass a CDK app directory (cdk.json), a cdk.out directory, or a CloudFormation template (JSON or YAML with a Resources section).';
}
