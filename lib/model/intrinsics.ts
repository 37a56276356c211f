/**
 * Resolves CloudFormation intrinsic functions where the template alone determines the value:
 * parameters (defaults or --parameter), pseudo parameters, Conditions and Fn::If, Fn::FindInMap,
 * Fn::Select, Fn::GetAZs, Fn::Join, Fn::Sub, Fn::Split. What cannot be known before deployment
 * (Fn::ImportValue, Fn::GetAtt, Ref to a resource, AWS::AccountId) keeps its intrinsic form, so a
 * pricer can say exactly what it could not read instead of guessing silently.
 */
import { UserError } from '../errors.js';
import type { Template } from './template.js';

export interface ResolveContext {
  region: string;
  stackName: string;
  parameters: Record<string, unknown>;
  mappings: Template['Mappings'];
  conditions: Template['Conditions'];
  /** Logical ids of the template's resources (a Ref to one stays a Ref). */
  resourceIds: Set<string>;
  /** The template file, for errors (a FindInMap key the mapping lacks, a Select index out of range). */
  file?: string;
  /** Told what the template cannot do in this region (a region-keyed mapping without it), once per case. */
  onWarning?: (text: string) => void;
}

/** Where a value sits in the template (`Resources.MyQueue.Properties`), and whether it is certain to be evaluated. */
export interface ResolveAt {
  path: string[];
  /** Behind a condition that cannot be evaluated: a broken value may never be used, so it is kept, not an error. */
  speculative?: boolean;
}

/** Marker for AWS::NoValue: the property is removed. */
const NO_VALUE = Symbol('AWS::NoValue');

export class Resolver {
  private readonly conditionCache = new Map<string, boolean | undefined>();
  private readonly evaluating = new Set<string>();
  /** Path of the value being resolved, kept as a stack and joined only for an error. */
  private path: string[] = [];
  /** > 0 inside a branch that may not be taken (Fn::If on an unknown condition). */
  private speculative = 0;

  constructor(private readonly ctx: ResolveContext) {}

  /** Value of a named condition, or undefined when it depends on something unknown. */
  condition(name: string): boolean | undefined {
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    const definition = this.ctx.conditions?.[name];
    if (definition === undefined || this.evaluating.has(name)) return undefined;
    this.evaluating.add(name);
    const saved = this.path;
    this.path = ['Conditions', name];
    let value: unknown;
    try {
      value = this.resolve(definition);
    } finally {
      this.path = saved;
      this.evaluating.delete(name);
    }
    const result = typeof value === 'boolean' ? value : undefined;
    this.conditionCache.set(name, result);
    return result;
  }

  resolve(value: unknown, at?: ResolveAt): unknown {
    if (!at) {
      const out = this.resolveInner(value);
      return out === NO_VALUE ? undefined : out;
    }
    const [savedPath, savedSpeculative] = [this.path, this.speculative];
    this.path = [...at.path];
    if (at.speculative) this.speculative++;
    try {
      const out = this.resolveInner(value);
      return out === NO_VALUE ? undefined : out;
    } finally {
      this.path = savedPath;
      this.speculative = savedSpeculative;
    }
  }

  private resolveInner(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        this.path.push(String(i));
        const r = this.resolveInner(value[i]);
        this.path.pop();
        if (r !== NO_VALUE) out.push(r);
      }
      return out;
    }
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1) {
      const [fn, arg] = entries[0]!;
      if (fn === 'Ref' || fn.startsWith('Fn::') || fn === 'Condition') {
        this.path.push(fn);
        try {
          return this.intrinsic(fn, arg, value);
        } finally {
          this.path.pop();
        }
      }
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) {
      this.path.push(k);
      const r = this.resolveInner(v);
      this.path.pop();
      if (r !== NO_VALUE) out[k] = r;
    }
    return out;
  }

  private intrinsic(fn: string, arg: unknown, original: unknown): unknown {
    switch (fn) {
      case 'Ref':
        return this.ref(arg, original);
      case 'Condition':
        return typeof arg === 'string' ? (this.condition(arg) ?? original) : original;
      case 'Fn::If': {
        if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return original;
        const c = this.condition(arg[0]);
        if (c === undefined) {
          // Either branch may be the one deployed: neither is certain to be evaluated.
          this.speculative++;
          let whenTrue: unknown;
          let whenFalse: unknown;
          try {
            [whenTrue, whenFalse] = [this.resolveInner(arg[1]), this.resolveInner(arg[2])];
          } finally {
            this.speculative--;
          }
          // Both branches alike: the value is known whichever way the condition goes.
          if (whenTrue === NO_VALUE && whenFalse === NO_VALUE) return NO_VALUE;
          if (JSON.stringify(whenTrue) === JSON.stringify(whenFalse) && whenTrue !== NO_VALUE) return whenTrue;
          return {
            'Fn::If': [
              arg[0],
              whenTrue === NO_VALUE ? { Ref: 'AWS::NoValue' } : whenTrue,
              whenFalse === NO_VALUE ? { Ref: 'AWS::NoValue' } : whenFalse,
            ],
          };
        }
        return this.resolveInner(c ? arg[1] : arg[2]);
      }
      case 'Fn::Equals': {
        const args = this.args(arg);
        if (args.length !== 2 || args.some(isIntrinsic)) return { 'Fn::Equals': args };
        return JSON.stringify(args[0]) === JSON.stringify(args[1]) || String(args[0]) === String(args[1]);
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const args = this.args(arg);
        if (args.some((a) => typeof a !== 'boolean')) {
          // Short-circuit where the known values already decide it.
          if (fn === 'Fn::And' && args.includes(false)) return false;
          if (fn === 'Fn::Or' && args.includes(true)) return true;
          return { [fn]: args };
        }
        return fn === 'Fn::And' ? args.every(Boolean) : args.some(Boolean);
      }
      case 'Fn::Not': {
        const args = this.args(arg);
        return typeof args[0] === 'boolean' ? !args[0] : { 'Fn::Not': args };
      }
      case 'Fn::FindInMap': {
        const args = this.args(arg);
        if (args.length < 3 || !args.slice(0, 3).every((a) => typeof a === 'string')) return { 'Fn::FindInMap': args };
        const found = this.ctx.mappings?.[args[0] as string]?.[args[1] as string]?.[args[2] as string];
        if (found !== undefined) return this.resolveInner(found);
        // AWS::LanguageExtensions: a fourth argument { DefaultValue } answers when the keys are missing.
        const fallback = args[3];
        if (fallback && typeof fallback === 'object' && 'DefaultValue' in fallback)
          return (fallback as { DefaultValue: unknown }).DefaultValue;
        const missing = missingMapKey(this.ctx.mappings, args as string[]);
        // Keyed by the region: the template deploys elsewhere, only not here. Price what can be, and say so.
        if (JSON.stringify(arg).includes('"AWS::Region"')) {
          this.warnOnce(`${this.where()}: ${missing} The template cannot deploy in ${this.ctx.region}; the value is left unresolved.`);
        } else {
          this.fail(missing, 'CloudFormation rejects the template (the stack fails to create): add the key to the mapping.');
        }
        return { 'Fn::FindInMap': args };
      }
      case 'Fn::Select': {
        const args = this.args(arg);
        const index = typeof args[0] === 'string' && args[0].trim() !== '' ? Number(args[0]) : args[0];
        if (typeof index === 'number' && Array.isArray(args[1]) && index >= 0 && index < args[1].length) {
          return args[1][index];
        }
        // Our Fn::GetAZs lists three zones; a region may have more: an index past them is no error.
        const fromAzs = Array.isArray(arg) && isIntrinsic(arg[1]) && 'Fn::GetAZs' in (arg[1] as object);
        if (typeof index === 'number' && Array.isArray(args[1]) && !fromAzs) {
          const size = args[1].length;
          const index = args[0] as string | number;
          const problem = `Fn::Select index ${index} is out of range: the list has ${size} item${size === 1 ? '' : 's'}`;
          this.fail(`${problem} (indexes 0 to ${size - 1}).`, 'CloudFormation rejects the template: select an index the list has.');
        }
        return { 'Fn::Select': args };
      }
      case 'Fn::GetAZs':
        // Availability zones are account-specific; the conventional a/b/c names are enough to count them.
        return ['a', 'b', 'c'].map((s) => `${this.ctx.region}${s}`);
      case 'Fn::Join': {
        const args = this.args(arg);
        const [sep, list] = args;
        if (typeof sep === 'string' && Array.isArray(list) && list.every((p) => typeof p === 'string' || typeof p === 'number')) {
          return list.join(sep);
        }
        return { 'Fn::Join': args };
      }
      case 'Fn::Split': {
        const args = this.args(arg);
        if (typeof args[0] === 'string' && typeof args[1] === 'string') return args[1].split(args[0]);
        return { 'Fn::Split': args };
      }
      case 'Fn::Sub':
        return this.sub(arg);
      case 'Fn::GetAtt': {
        // One shape for pricers: ["Resource", "Dotted.Attribute"], also from the "Resource.Attribute" string form.
        if (typeof arg === 'string') {
          const dot = arg.indexOf('.');
          return { 'Fn::GetAtt': dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)] };
        }
        return { 'Fn::GetAtt': this.resolveInner(arg) };
      }
      default:
        // Fn::GetAtt, Fn::ImportValue, Fn::Base64, Fn::Cidr, …: keep the form, with resolved arguments.
        return { [fn]: this.resolveInner(arg) };
    }
  }

  /** A value CloudFormation would reject, where it is certain to be evaluated: an error naming file and path. */
  private fail(problem: string, hint: string): void {
    if (this.speculative > 0) return;
    const where = this.where();
    throw new UserError(`${where ? `${where}: ` : ''}${problem}`, hint);
  }

  private readonly warned = new Set<string>();

  private warnOnce(text: string): void {
    const key = text.slice(text.indexOf(': Fn::'));
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.ctx.onWarning?.(text);
  }

  /** "file: Resources.MyQueue.Properties.X" (what there is of it). */
  private where(): string {
    return [this.ctx.file, this.path.length ? this.path.join('.') : undefined].filter(Boolean).join(': ');
  }

  private args(arg: unknown): unknown[] {
    const resolved = this.resolveInner(arg);
    return Array.isArray(resolved) ? resolved : [resolved];
  }

  private ref(name: unknown, original: unknown): unknown {
    if (typeof name !== 'string') return original;
    if (Object.hasOwn(this.ctx.parameters, name)) return this.ctx.parameters[name];
    switch (name) {
      case 'AWS::Region':
        return this.ctx.region;
      case 'AWS::StackName':
        return this.ctx.stackName;
      case 'AWS::Partition':
        return this.ctx.region.startsWith('cn-') ? 'aws-cn' : this.ctx.region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
      case 'AWS::URLSuffix':
        return this.ctx.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
      case 'AWS::NoValue':
        return NO_VALUE;
      default:
        return original;
    }
  }

  private sub(arg: unknown): unknown {
    let text: unknown;
    let vars: Record<string, unknown> = {};
    if (typeof arg === 'string') text = arg;
    else if (Array.isArray(arg)) {
      text = arg[0];
      const resolvedVars = this.resolveInner(arg[1]);
      if (resolvedVars && typeof resolvedVars === 'object') vars = resolvedVars as Record<string, unknown>;
    }
    if (typeof text !== 'string') return { 'Fn::Sub': arg };
    let unresolved = false;
    const out = text.replace(/\$\{([^}!][^}]*)\}/g, (whole, name: string) => {
      const value = Object.hasOwn(vars, name) ? vars[name] : this.ref(name, undefined);
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      unresolved = true;
      return whole;
    });
    return unresolved ? { 'Fn::Sub': Array.isArray(arg) ? [out, vars] : out } : out.replace(/\$\{!/g, '${');
  }
}

const names = (record: object | undefined) => Object.keys(record ?? {}).join(', ') || 'none';

/** Which key of `Fn::FindInMap [map, top, second]` the mappings lack, in words. */
function missingMapKey(mappings: Template['Mappings'], [map, top, second]: string[]): string {
  const mapping = mappings?.[map!];
  if (!mapping) return `Fn::FindInMap: the template has no mapping "${map}" (mappings: ${names(mappings)}).`;
  const entry = mapping[top!];
  if (!entry) return `Fn::FindInMap: mapping "${map}" has no key "${top}" (keys: ${Object.keys(mapping).join(', ')}).`;
  return `Fn::FindInMap: mapping "${map}" → "${top}" has no key "${second}" (keys: ${Object.keys(entry).join(', ')}).`;
}

export function isIntrinsic(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::') || keys[0] === 'Condition');
}

/** A short human description of an unresolved value, for notes on priced lines. */
export function describeUnresolved(value: unknown): string {
  if (!isIntrinsic(value)) return JSON.stringify(value);
  const [fn, arg] = Object.entries(value as Record<string, unknown>)[0]!;
  const text = typeof arg === 'string' ? arg : JSON.stringify(arg);
  return `${fn} ${text.length > 80 ? text.slice(0, 77) + '...' : text}`;
}
