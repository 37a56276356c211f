/**
 * Cost by construct path as a treemap: stack → construct → … → resource, one rectangle per resource
 * that costs something, its area proportional to its monthly cost. The layout is computed here,
 * in Node, with d3-hierarchy (squarified); the browser only receives the SVG.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import { Decimal, formatUsd } from '../../money.js';
import type { Estimate, ResourceCost } from '../../estimate/estimate-types.js';
import { esc } from './escape.js';
import { colourAt } from './palette.js';

// About the size it is shown at, so the labels' 13 px stay 13 px.
export const TREEMAP_WIDTH = 720;
export const TREEMAP_HEIGHT = 440;

interface TreeNode {
  name: string;
  children: TreeNode[];
  resource?: ResourceCost;
  value?: number;
}

export interface TreemapCell {
  resource: ResourceCost;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The construct directly under the stack (what the colour stands for). */
  group: string;
  colour: string;
}

/** The cells, largest first (the order keyboard focus moves in). */
export function layoutTreemap(estimate: Estimate, width = TREEMAP_WIDTH, height = TREEMAP_HEIGHT): TreemapCell[] {
  const root = buildTree(estimate.resources.filter((r) => new Decimal(r.monthly).gt(0)));
  const laid = treemap<TreeNode>().tile(treemapSquarify).size([width, height]).round(false)(
    hierarchy(root, (n) => n.children)
      .sum((n) => n.value ?? 0)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0)),
  );
  const leaves = laid.leaves().filter((l) => l.data.resource);
  // One colour per top-level construct, in order of its cost.
  const groupOf = (leaf: HierarchyRectangularNode<TreeNode>) => {
    const chain = leaf.ancestors().reverse(); // root, stack, construct, …
    return chain
      .slice(1, 3)
      .map((n) => n.data.name)
      .join('/');
  };
  const groupTotals = new Map<string, number>();
  for (const l of leaves) groupTotals.set(groupOf(l), (groupTotals.get(groupOf(l)) ?? 0) + (l.value ?? 0));
  const groupIndex = new Map([...groupTotals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([g], i) => [g, i]));
  return leaves
    .map((l) => ({
      resource: l.data.resource!,
      x: l.x0,
      y: l.y0,
      width: l.x1 - l.x0,
      height: l.y1 - l.y0,
      group: groupOf(l),
      colour: colourAt(groupIndex.get(groupOf(l))!),
    }))
    .sort((a, b) => new Decimal(b.resource.monthly).comparedTo(a.resource.monthly) || (a.resource.path < b.resource.path ? -1 : 1));
}

/**
 * Nodes by path segment. A resource is a leaf of its own, beside any construct of the same name
 * ("Api/Resource" and a child construct "Api/Resource/…" can both exist).
 */
function buildTree(resources: ResourceCost[]): TreeNode {
  const root: TreeNode = { name: '', children: [] };
  const index = new Map<string, TreeNode>();
  for (const r of resources) {
    const parts = r.path.split('/');
    let node = root;
    let key = '';
    for (const part of parts.slice(0, -1)) {
      key += `/${part}`;
      let child = index.get(key);
      if (!child) {
        child = { name: part, children: [] };
        index.set(key, child);
        node.children.push(child);
      }
      node = child;
    }
    node.children.push({ name: parts[parts.length - 1]!, children: [], resource: r, value: Number(r.monthly) });
  }
  return root;
}

/** The SVG, its text alternative, and the cells in the order their data-i indexes the data block. */
export function treemapSvg(estimate: Estimate, cells: TreemapCell[]): string {
  const total = formatUsd(new Decimal(estimate.totals.monthly));
  const top = cells
    .slice(0, 3)
    .map((c) => `${c.resource.path} ${formatUsd(new Decimal(c.resource.monthly))}`)
    .join('; ');
  const desc =
    `${cells.length} resources that cost money, total ${total} a month. Largest: ${top}. The resources table below lists ` +
    `every resource.`;
  // role="group", not "img": an img's children are hidden from assistive technology, and these cells are buttons.
  const out = [
    `<svg class="chart treemap" id="treemap" viewBox="0 0 ${TREEMAP_WIDTH} ${TREEMAP_HEIGHT}" role="group" ` +
      `aria-labelledby="treemap-title" aria-describedby="treemap-desc">`,
    `<title id="treemap-title">Monthly cost by construct path (treemap)</title>`,
    `<desc id="treemap-desc">${esc(desc)}</desc>`,
  ];
  // With several stacks, the largest cell of each names its stack: "Uploads" can be in two of them.
  const stacks = new Set(cells.map((c) => c.resource.stack));
  const named = new Set<string>();
  cells.forEach((c, i) => {
    const cost = formatUsd(new Decimal(c.resource.monthly));
    const label = shortLabel(c.resource);
    const firstOfItsStack = stacks.size > 1 && !named.has(c.resource.stack);
    if (firstOfItsStack) named.add(c.resource.stack);
    const stackName = firstOfItsStack ? c.resource.stack : undefined;
    out.push(
      `<g class="cell" role="button" tabindex="${i === 0 ? 0 : -1}" aria-pressed="false" data-i="${i}" ` +
        `data-path="${esc(c.resource.path)}">` +
        `<title>${esc(`${c.resource.path}: ${cost} a month`)}</title>` +
        `<rect x="${r2(c.x)}" y="${r2(c.y)}" width="${r2(c.width)}" height="${r2(c.height)}" fill="${c.colour}"/>` +
        cellText(c, label, cost, stackName) +
        '</g>',
    );
  });
  out.push(...stackOutlines(cells), '</svg>');
  return out.join('\n');
}

/**
 * With several stacks, a frame around each: a stack's cells tile its rectangle exactly (no padding),
 * so the cells' bounding box is the stack's area. Decoration only: the cells carry the paths.
 */
function stackOutlines(cells: TreemapCell[]): string[] {
  const boxes = new Map<string, { x0: number; y0: number; x1: number; y1: number }>();
  for (const c of cells) {
    const stack = c.resource.path.split('/')[0]!;
    const b = boxes.get(stack) ?? { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    boxes.set(stack, {
      x0: Math.min(b.x0, c.x),
      y0: Math.min(b.y0, c.y),
      x1: Math.max(b.x1, c.x + c.width),
      y1: Math.max(b.y1, c.y + c.height),
    });
  }
  if (boxes.size < 2) return [];
  return [...boxes.values()].map(
    (b) =>
      `<rect class="stack-outline" x="${r2(b.x0)}" y="${r2(b.y0)}" width="${r2(b.x1 - b.x0)}" height="${r2(b.y1 - b.y0)}" ` +
      `fill="none" stroke="#1a1a1a" stroke-width="2" pointer-events="none" aria-hidden="true"/>`,
  );
}

/**
 * Label and cost inside the rectangle when they fit (about 7 px a character at 12 px), below the
 * stack's name on the cell that carries it.
 */
function cellText(c: TreemapCell, label: string, cost: string, stackName?: string): string {
  if (c.width < 48 || c.height < 18) return '';
  const fit = (s: string) => {
    const max = Math.floor((c.width - 8) / 7);
    return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1))}…`;
  };
  const room = Math.max(1, Math.floor((c.height - 4) / 15)); // lines of 15 px
  const texts = [
    ...(stackName && room >= 3 ? [{ text: stackName, cls: ' class="stack-name"' }] : []),
    { text: label, cls: '' },
    { text: cost, cls: '' },
  ];
  const fitting = texts.slice(0, room);
  return fitting.map((t, i) => `<text${t.cls} x="${r2(c.x + 4)}" y="${r2(c.y + 14 + i * 15)}">${esc(fit(t.text))}</text>`).join('');
}

/** "UploadPipeline/Worker/Resource" → "Worker": the path below the stack, without CDK's "Resource". */
export function shortLabel(r: ResourceCost): string {
  const below = r.path.startsWith(`${r.stack}/`) ? r.path.slice(r.stack.length + 1) : r.path;
  return below.replace(/\/Resource$/, '') || r.logicalId;
}

function r2(n: number): string {
  return (Math.round(n * 100) / 100).toString();
}
