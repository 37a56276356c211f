/**
 * Finding the resources a template value points at. Edges are read from references: a
 * subscription's TopicArn is {Ref: Topic}, a state machine definition embeds {Fn::GetAtt: [Fn, Arn]}
 * inside an Fn::Join, an IAM statement's Resource is an Fn::Join around a GetAtt. Intrinsics the
 * model could not resolve keep their form, so the references are still there to be found.
 */
import type { Architecture, ResourceModel } from '../model/architecture.js';

/** Logical ids a value refers to, in order of appearance: Ref, Fn::GetAtt, and ${X} / ${X.Attr} in Fn::Sub. */
export function referencedIds(value: unknown, out: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value) referencedIds(item, out);
    return out;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    const fn = keys[0]!;
    const arg = record[fn];
    if (fn === 'Ref') {
      if (typeof arg === 'string' && !arg.startsWith('AWS::')) out.push(arg);
      return out;
    }
    if (fn === 'Fn::GetAtt') {
      if (Array.isArray(arg) && typeof arg[0] === 'string') out.push(arg[0]);
      else if (typeof arg === 'string') out.push(arg.split('.')[0]!);
      return out;
    }
    if (fn === 'Fn::Sub') {
      const text = Array.isArray(arg) ? arg[0] : arg;
      if (typeof text === 'string') for (const m of text.matchAll(/\$\{([^}!.]+)(?:\.[^}]*)?\}/g)) out.push(m[1]!);
      if (Array.isArray(arg)) referencedIds(arg[1], out);
      return out;
    }
  }
  for (const item of Object.values(record)) referencedIds(item, out);
  return out;
}

/** Resources by stack and logical id, and the references between them. */
export class ResourceIndex {
  private readonly byStack = new Map<string, Map<string, ResourceModel>>();
  private readonly byType = new Map<string, ResourceModel[]>();

  constructor(readonly architecture: Architecture) {
    for (const stack of architecture.stacks) {
      const ids = new Map<string, ResourceModel>();
      for (const resource of stack.resources) {
        ids.set(resource.logicalId, resource);
        const list = this.byType.get(resource.type);
        if (list) list.push(resource);
        else this.byType.set(resource.type, [resource]);
      }
      this.byStack.set(stack.name, ids);
    }
  }

  ofType(...types: string[]): ResourceModel[] {
    return types.flatMap((t) => this.byType.get(t) ?? []);
  }

  get(stack: string, logicalId: string): ResourceModel | undefined {
    return this.byStack.get(stack)?.get(logicalId);
  }

  /** The resources of `from`'s stack that `value` refers to (Lambda aliases and versions lead to their function). */
  referenced(from: ResourceModel, value: unknown): ResourceModel[] {
    const out: ResourceModel[] = [];
    for (const id of referencedIds(value)) {
      const target = this.canonical(this.get(from.stack, id));
      if (target && !out.includes(target)) out.push(target);
    }
    return out;
  }

  /** The first referenced resource of one of `types`, if any. */
  referencedOfType(from: ResourceModel, value: unknown, ...types: string[]): ResourceModel | undefined {
    return this.referenced(from, value).find((r) => types.includes(r.type));
  }

  private canonical(resource: ResourceModel | undefined): ResourceModel | undefined {
    if (resource && (resource.type === 'AWS::Lambda::Alias' || resource.type === 'AWS::Lambda::Version')) {
      return this.referencedOfType(resource, resource.properties.FunctionName, 'AWS::Lambda::Function') ?? resource;
    }
    return resource;
  }
}
