import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The import graph runs one way: every relative import of every .ts file under lib/ and bin/ (static
 * `import`/`export … from`, `import type`, dynamic `import('…')`) goes to the same layer or a lower one.
 * A new file lands in the layer of its folder; a new top-level folder must be placed here first.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Layers, low → high; a file may import its own layer and any layer before it. Prefixes are matched longest first.
 * Why this order:
 * - base: money and quantity arithmetic, errors, the package root and the AWS SDK edge need nothing of ours.
 * - model (with graph: edges are part of the Architecture) is pure: Template types (lib/model/template.ts) in,
 *   Architecture out. DESIGN's data flow reads "source → model", but in the code source is the I/O edge that
 *   finds, synthesizes and reads files and then calls model's buildStack: so source imports model, and model,
 *   which needs only the Template types, sits below it. (The other way round, model's 14 imports of the
 *   Template types were the upward edges and source's 9 imports of build-stack/architecture would stay upward.)
 * - usage values, the usage file, resolver, reader and propagation read the model.
 * - pricing (PriceBook, snapshot, build) needs only base; resources (pricers) name prices and read usage.
 * - estimate prices a model at one usage; budgets check an estimate and are used by diff, CostGuard, CLI.
 * - load runs estimate many times (sweeps, compare, explain, usage init); diff and limits compare/bound estimates.
 * - report renders all of the above; scan, ci, measure (usage pull) and actual (the bill) act on accounts and
 *   pull requests (measure and actual through the scan's AWS edge);
 *   cdk, cli, bin and the public API (lib/index.ts) sit on top.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['lib/money.ts', 'lib/quantities.ts', 'lib/errors.ts', 'lib/package-root.ts', 'lib/aws/'],
  ['lib/model/', 'lib/graph/'],
  ['lib/source/'],
  ['lib/usage/'],
  ['lib/pricing/'],
  ['lib/resources/'],
  ['lib/estimate/', 'lib/budgets/'],
  ['lib/load/', 'lib/diff/', 'lib/limits/'],
  ['lib/report/'],
  ['lib/scan/', 'lib/ci/', 'lib/measure/', 'lib/actual/'],
  ['lib/cdk/', 'lib/cli/', 'lib/index.ts', 'bin/'],
];

const PREFIXES = LAYERS.flatMap((prefixes, layer) => prefixes.map((prefix) => ({ prefix, layer }))).sort(
  (a, b) => b.prefix.length - a.prefix.length,
);

function layerOf(file: string): { layer: number; prefix: string } | undefined {
  return PREFIXES.find(({ prefix }) => (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix));
}

/** The folder a file belongs to for the cycle check: its layer prefix (lib/usage/, lib/money.ts …). */
function folderOf(file: string): string {
  return layerOf(file)?.prefix ?? file;
}

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const IMPORT_PATTERNS = [
  /\bimport\s+(?:type\s+)?[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
];

/**
 * Relative imports of one file that name code under lib/ or bin/, resolved to repository paths ending in .ts.
 * Left out: JSON data (the snapshot's instance table, a dates file) and examples/ (the stacks only bin/app.ts,
 * this repository's own CDK app, imports).
 */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) for (const match of text.matchAll(pattern)) specs.add(match[1] as string);
  return [...specs]
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.js$/, '.ts'))
    .filter((path) => path.endsWith('.ts') && (path.startsWith('lib/') || path.startsWith('bin/')));
}

interface Edge {
  from: string;
  to: string;
}

const files = [...tsFiles('lib'), ...tsFiles('bin')];
const edges: Edge[] = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));

describe('import layers', () => {
  it('finds the sources and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(files.length);
  });

  it('places every file in a layer', () => {
    expect(files.filter((file) => layerOf(file) === undefined)).toEqual([]);
  });

  it('resolves every relative import to a file', () => {
    const known = new Set(files);
    expect(edges.filter(({ to }) => !known.has(to)).map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    const upward = edges.flatMap(({ from, to }) => {
      const a = layerOf(from);
      const b = layerOf(to);
      if (a === undefined || b === undefined || b.layer <= a.layer) return [];
      return [`${from} → ${to} (${a.prefix} layer ${a.layer} imports ${b.prefix} layer ${b.layer})`];
    });
    expect(upward, `${upward.length} upward edges`).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const { from, to } of edges) {
      const [a, b] = [folderOf(from), folderOf(to)];
      if (a === b) continue;
      graph.set(a, (graph.get(a) ?? new Set()).add(b));
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
