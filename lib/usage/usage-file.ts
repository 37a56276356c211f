/**
 * The usage file (YAML): how much load each resource carries. Infracost-style keys, keyed by
 * construct path (applies to every resource under it), logical id, or resource type defaults:
 *
 *   version: 1
 *   defaults:                       # per CloudFormation type
 *     AWS::Lambda::Function: { avgDurationMs: 250 }
 *   resources:                      # construct path, Stack/LogicalId, or logical id
 *     UploadPipeline/Worker: { monthlyRequests: 30000 }
 *
 * Parsing keeps the line of every key, so validation can point at it.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { aliasError, checkYamlDepth, MAX_ALIASES } from '../source/nesting-limits.js';
import { UserError, closest } from '../errors.js';
import { mixText } from './usage-mix.js';
import type { UsageScalar } from './usage-value.js';

export interface UsageSetting {
  key: string;
  value: UsageScalar;
  line: number;
}

export interface UsageEntry {
  /** Construct path, Stack/LogicalId, logical id — or, under defaults, a CloudFormation type. */
  selector: string;
  line: number;
  settings: UsageSetting[];
}

export interface UsageFile {
  path: string;
  version: number;
  defaults: UsageEntry[];
  resources: UsageEntry[];
  /** Other top-level sections (load flows, budgets, …) as plain values with their line. */
  sections: Record<string, { value: unknown; line: number }>;
}

/** Top-level sections besides version/defaults/resources that some feature reads. */
export const EXTRA_SECTIONS = new Set<string>(['load', 'budgets']);

const CORE_SECTIONS = ['version', 'defaults', 'resources'];

export function readUsageFile(path: string): UsageFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(
      `Cannot read usage file ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      'Check the --usage path, or create one with `cdk-cost usage init`.',
    );
  }
  return parseUsageFile(text, path);
}

export function parseUsageFile(text: string, path: string): UsageFile {
  const lineCounter = new LineCounter();
  // Duplicate keys are found below with a Set: yaml's own uniqueKeys check is quadratic per mapping,
  // which matters for generated usage files with thousands of entries.
  checkYamlDepth(text, path);
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    throw new UserError(
      `${path}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${error.message.split('\n')[0]}`,
      'Fix the usage file at that position.',
    );
  }
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const file: UsageFile = { path, version: 1, defaults: [], resources: [], sections: {} };
  if (doc.contents === null) return file;
  if (!isMap(doc.contents))
    throw new UserError(
      `${path}:1: a usage file is a mapping with "resources:" (and optionally "defaults:").`,
      'See README, "Usage files".',
    );

  const sectionsSeen = new Set<string>();
  for (const pair of (doc.contents as YAMLMap).items as Pair<Node, Node>[]) {
    const name = scalarKey(pair, path, lineOf);
    const line = lineOf(pair.key);
    if (sectionsSeen.has(name)) throw new UserError(`${path}:${line}: section "${name}" appears twice.`, 'Merge the two sections.');
    sectionsSeen.add(name);
    if (name === 'version') {
      const v = isScalar(pair.value) ? pair.value.value : undefined;
      if (v !== 1)
        throw new UserError(
          `${path}:${line}: version ${JSON.stringify(v)} is not supported; this cdk-cost reads version 1.`,
          'Set "version: 1".',
        );
      file.version = 1;
    } else if (name === 'defaults' || name === 'resources') {
      file[name] = readEntries(pair.value, name, path, lineOf);
    } else if (EXTRA_SECTIONS.has(name)) {
      file.sections[name] = { value: sectionValue(doc, pair.value, path), line };
    } else {
      const known = [...CORE_SECTIONS, ...EXTRA_SECTIONS];
      const guess = closest(name, known);
      throw new UserError(
        `${path}:${line}: unknown section "${name}".`,
        guess ? `Did you mean "${guess}"? Sections: ${known.join(', ')}.` : `Sections: ${known.join(', ')}.`,
      );
    }
  }
  return file;
}

function readEntries(node: Node | null, section: string, path: string, lineOf: (n: Node | null | undefined) => number): UsageEntry[] {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (!isMap(node)) throw new UserError(`${path}:${lineOf(node)}: "${section}" must be a mapping of selectors to usage keys.`);
  const entries: UsageEntry[] = [];
  const seen = new Map<string, number>();
  for (const pair of node.items as Pair<Node, Node>[]) {
    const selector = scalarKey(pair, path, lineOf);
    const line = lineOf(pair.key);
    const earlier = seen.get(selector);
    if (earlier !== undefined)
      throw new UserError(
        `${path}:${line}: "${selector}" appears twice under "${section}" (first at line ${earlier}).`,
        'Merge the two entries.',
      );
    seen.set(selector, line);
    const settings: UsageSetting[] = [];
    if (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null)) {
      if (!isMap(pair.value)) {
        throw new UserError(`${path}:${line}: "${selector}" must map usage keys to values (e.g. "monthlyRequests: 100000").`);
      }
      for (const setting of pair.value.items as Pair<Node, Node>[]) {
        const key = scalarKey(setting, path, lineOf);
        const settingLine = lineOf(setting.key);
        if (settings.some((s) => s.key === key))
          throw new UserError(`${path}:${settingLine}: "${selector}" → "${key}" is given twice.`, 'Keep one value.');
        if (isMap(setting.value)) {
          // A mix (storageClassMix, viewerRegions): kept as its canonical text; the key's definition checks it.
          settings.push({ key, value: mixText(setting.value.toJSON() as Record<string, unknown>), line: settingLine });
          continue;
        }
        if (!isScalar(setting.value)) {
          const what = setting.value === null ? 'an empty value' : 'a list';
          const expected = 'a number, string, boolean or mapping of shares';
          throw new UserError(`${path}:${settingLine}: "${selector}" → "${key}" must be ${expected}, not ${what}.`);
        }
        const value = setting.value.value;
        if (typeof value !== 'number' && typeof value !== 'string' && typeof value !== 'boolean') {
          throw new UserError(
            `${path}:${settingLine}: "${selector}" → "${key}" has no value.`,
            'Give a number, e.g. "monthlyRequests: 100000".',
          );
        }
        if (typeof value === 'number' && (!Number.isFinite(value) || value < 0)) {
          throw new UserError(`${path}:${settingLine}: "${selector}" → "${key}" is ${value}; usage must be a finite number ≥ 0.`);
        }
        settings.push({ key, value, line: settingLine });
      }
    }
    entries.push({ selector, line, settings });
  }
  return entries;
}

function scalarKey(pair: Pair<Node, Node>, path: string, lineOf: (n: Node | null | undefined) => number): string {
  if (!isScalar(pair.key) || (typeof pair.key.value !== 'string' && typeof pair.key.value !== 'number')) {
    throw new UserError(`${path}:${lineOf(pair.key)}: keys must be plain strings.`);
  }
  return String(pair.key.value);
}

/** A section's plain value, its aliases expanded within the same bound as templates. */
function sectionValue(doc: Document, node: Node | null | undefined, path: string): unknown {
  if (!node) return null;
  try {
    return node.toJS(doc, { maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw aliasError(error, path) ?? error;
  }
}
