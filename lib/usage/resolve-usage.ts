/**
 * Which usage values apply to each resource, and checking the usage file against the app:
 * every selector must match a resource, every key must be one a matched resource's pricer reads,
 * every value must have the right kind. Problems are reported together, each with file and line.
 *
 * Precedence, most specific first: an entry for the resource itself (construct path, Stack/LogicalId
 * or logical id) › entries for its enclosing constructs (deeper first) › further layers (construct
 * metadata, derived load) › the type's defaults.
 */
import { UserError, closest } from '../errors.js';
import type { Architecture, ResourceModel } from '../model/architecture.js';
import type { UsageEntry, UsageFile, UsageSetting } from './usage-file.js';
import type { UsageKeyDefinition } from './usage-key.js';
import { parseMix } from './usage-mix.js';
import type { UsageValue } from './usage-value.js';

/** The pricers as usage sees them: the usage keys each type reads (a PricerRegistry is one). */
export interface PricerLookup {
  pricerFor(type: string): { usageKeys: UsageKeyDefinition[] } | undefined;
  pricedTypes(): string[];
}

/** A source of usage values below the usage file (construct metadata, propagated load). */
export interface UsageLayer {
  valuesFor(resource: ResourceModel): ReadonlyMap<string, UsageValue> | undefined;
}

interface Match {
  entry: UsageEntry;
  specificity: number;
}

export class UsageResolver {
  private readonly matchesByResource = new Map<ResourceModel, Match[]>();
  private readonly defaultsByType = new Map<string, UsageEntry>();

  constructor(
    private readonly file: UsageFile | undefined,
    private readonly architecture: Architecture,
    private readonly pricers: PricerLookup,
    private readonly layers: UsageLayer[] = [],
  ) {
    if (!file) return;
    for (const entry of file.defaults) this.defaultsByType.set(entry.selector, entry);
    // Index entries by selector, then look up each resource's own names and enclosing paths:
    // linear in resources × path depth, not resources × entries.
    const bySelector = new Map<string, UsageEntry[]>();
    for (const entry of file.resources) {
      const list = bySelector.get(entry.selector);
      if (list) list.push(entry);
      else bySelector.set(entry.selector, [entry]);
    }
    for (const stack of architecture.stacks) {
      for (const resource of stack.resources) {
        const found: Match[] = [];
        for (const candidate of selectorsOf(resource)) {
          for (const entry of bySelector.get(candidate) ?? []) {
            const specificity = matchSpecificity(entry.selector, resource);
            if (specificity !== undefined && !found.some((m) => m.entry === entry)) found.push({ entry, specificity });
          }
        }
        if (found.length) this.matchesByResource.set(resource, found);
      }
    }
    for (const list of this.matchesByResource.values()) list.sort((a, b) => b.specificity - a.specificity);
  }

  /** Throws one UserError listing every problem in the usage file. */
  validate(): void {
    if (!this.file) return;
    const problems: string[] = [];
    const file = this.file.path;
    for (const entry of this.file.defaults) {
      const pricer = this.pricers.pricerFor(entry.selector);
      if (!pricer) {
        const guess = closest(entry.selector, this.pricers.pricedTypes());
        problems.push(
          `${file}:${entry.line}: defaults for "${entry.selector}": not a type cdk-cost prices with ` +
            `usage.${guess ? ` Did you mean "${guess}"?` : ''}`,
        );
        continue;
      }
      for (const setting of entry.settings)
        checkSetting(problems, file, entry.selector, setting, pricer.usageKeys, `${entry.selector} reads`);
    }
    const matched = new Map<UsageEntry, ResourceModel[]>();
    for (const [resource, matches] of this.matchesByResource) {
      for (const m of matches) {
        let list = matched.get(m.entry);
        if (!list) matched.set(m.entry, (list = []));
        list.push(resource);
      }
    }
    for (const entry of this.file.resources) {
      const resources = matched.get(entry) ?? [];
      if (resources.length === 0) {
        const guess = closest(entry.selector, this.candidateSelectors());
        problems.push(
          `${file}:${entry.line}: "${entry.selector}" matches no resource in the ` +
            `app.${
              guess ? ` Did you mean "${guess}"?` : ' Use a construct path (e.g. Stack/Construct), Stack/LogicalId, or a logical id.'
            }`,
        );
        continue;
      }
      const keys = new Map<string, UsageKeyDefinition>();
      for (const r of resources) for (const k of this.pricers.pricerFor(r.type)?.usageKeys ?? []) keys.set(k.name, k);
      const types = [...new Set(resources.map((r) => r.type))].join(', ');
      for (const setting of entry.settings)
        checkSetting(problems, file, entry.selector, setting, [...keys.values()], `resources under "${entry.selector}" (${types}) read`);
    }
    if (problems.length > 0) {
      throw new UserError(
        `Usage file problems:\n${problems.map((p) => `  ${p}`).join('\n')}`,
        'Keys per resource type: `cdk-cost usage keys`, or README "Usage keys".',
      );
    }
  }

  valuesFor(resource: ResourceModel): Map<string, UsageValue> {
    const values = new Map<string, UsageValue>();
    const accepted = new Set((this.pricers.pricerFor(resource.type)?.usageKeys ?? []).map((k) => k.name));
    const put = (key: string, value: UsageValue) => {
      if (accepted.has(key) && !values.has(key)) values.set(key, value);
    };
    for (const { entry } of this.matchesByResource.get(resource) ?? []) {
      for (const s of entry.settings)
        put(s.key, { value: s.value, origin: { kind: 'file', file: this.file!.path, line: s.line, selector: entry.selector } });
    }
    for (const layer of this.layers) for (const [k, v] of layer.valuesFor(resource) ?? []) put(k, v);
    const defaults = this.defaultsByType.get(resource.type);
    for (const s of defaults?.settings ?? [])
      put(s.key, { value: s.value, origin: { kind: 'type-default', file: this.file!.path, line: s.line, type: resource.type } });
    return values;
  }

  private candidateSelectors(): string[] {
    const out: string[] = [];
    for (const node of this.architecture.tree.all()) out.push(node.path);
    for (const stack of this.architecture.stacks) for (const r of stack.resources) out.push(r.logicalId, `${r.stack}/${r.logicalId}`);
    return out;
  }
}

/** Every selector that can name this resource: its path, enclosing paths, logical id, Stack/LogicalId. */
function selectorsOf(resource: ResourceModel): string[] {
  const out = [resource.path, resource.logicalId, `${resource.stack}/${resource.logicalId}`];
  if (resource.generatedFrom) out.push(resource.generatedFrom.logicalId, `${resource.stack}/${resource.generatedFrom.logicalId}`);
  let path = resource.path;
  for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/')) {
    path = path.slice(0, slash);
    out.push(path);
  }
  return out;
}

/** How specifically a selector names a resource; undefined when it does not. Exact names beat enclosing paths. */
export function matchSpecificity(selector: string, resource: ResourceModel): number | undefined {
  if (selector === resource.path || selector === resource.logicalId || selector === `${resource.stack}/${resource.logicalId}`)
    return 10_000;
  if (resource.path.startsWith(`${selector}/`)) return selector.split('/').length;
  // The logical id of the SAM resource a transform generated this from: as specific as the enclosing
  // construct (`Stack/MyFunction`), so `MyFunction` reaches MyFunctionRole and the rules of its events.
  const from = resource.generatedFrom?.logicalId;
  if (from !== undefined && (selector === from || selector === `${resource.stack}/${from}`)) return 2;
  return undefined;
}

function checkSetting(
  problems: string[],
  file: string,
  selector: string,
  setting: UsageSetting,
  keys: UsageKeyDefinition[],
  whoReads: string,
): void {
  const definition = keys.find((k) => k.name === setting.key);
  if (!definition) {
    const guess = closest(
      setting.key,
      keys.map((k) => k.name),
    );
    const list = keys.map((k) => k.name).join(', ') || '(no usage keys: their cost does not depend on usage)';
    problems.push(
      `${file}:${setting.line}: "${selector}" → unknown key "${setting.key}".${guess ? ` Did you mean "${guess}"?` : ''} ` +
        `${capitalize(whoReads)}: ${list}.`,
    );
    return;
  }
  const kind = definition.kind ?? 'number';
  if (kind === 'mix') {
    const parsed =
      typeof setting.value === 'string' ? parseMix(setting.value, definition.allowed) : { problem: `got ${JSON.stringify(setting.value)}` };
    if ('problem' in parsed) {
      const names = definition.allowed ? ` (names: ${definition.allowed.join(', ')})` : '';
      const where = `${file}:${setting.line}: "${selector}" → "${setting.key}"`;
      problems.push(`${where} must be a mapping of shares that add up to 1${names}: ${parsed.problem}.`);
    }
    return;
  }
  if (typeof setting.value !== kind) {
    problems.push(
      `${file}:${setting.line}: "${selector}" → "${setting.key}" must be a ${kind} (${definition.unit}), got ` +
        `${JSON.stringify(setting.value)}.`,
    );
    return;
  }
  if (definition.allowed && !definition.allowed.includes(String(setting.value))) {
    problems.push(
      `${file}:${setting.line}: "${selector}" → "${setting.key}" must be one of ${definition.allowed.join(', ')}, got ` +
        `${JSON.stringify(setting.value)}.`,
    );
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
