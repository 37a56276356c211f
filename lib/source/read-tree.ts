/**
 * tree.json (the construct tree CDK writes into the Cloud Assembly) → ConstructTree.
 * Very large apps split the tree: a node with `fileName` refers to a subtree in another file
 * (a "forest" file when it also has `treeId`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { ConstructTree } from '../model/construct-tree.js';

interface TreeNode {
  id: string;
  path: string;
  constructInfo?: { fqn?: string };
  attributes?: Record<string, unknown>;
  children?: Record<string, TreeNode>;
  fileName?: string;
  treeId?: string;
}

export function readConstructTree(assemblyDir: string, treeFile: string, tree = new ConstructTree()): ConstructTree {
  const path = join(assemblyDir, treeFile);
  if (!existsSync(path)) return tree;
  const root = parseTreeFile(path).tree;
  if (root) visit(assemblyDir, root, tree);
  return tree;
}

function parseTreeFile(path: string): { tree?: TreeNode; forest?: Record<string, TreeNode> } {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { tree?: TreeNode; forest?: Record<string, TreeNode> };
  } catch (error) {
    throw new UserError(
      `Cannot read construct tree ${path}: ${(error as Error).message}`,
      'Synthesize the app again (the Cloud Assembly looks damaged).',
    );
  }
}

function visit(assemblyDir: string, node: TreeNode, tree: ConstructTree): void {
  let current = node;
  if (node.fileName && !node.children) {
    const file = parseTreeFile(join(assemblyDir, node.fileName));
    const target = node.treeId ? file.forest?.[node.treeId] : file.tree;
    if (target) current = { ...target, id: node.id, path: node.path };
  }
  const attributes = current.attributes ?? {};
  const cfnType = attributes['aws:cdk:cloudformation:type'];
  const logicalId = attributes['aws:cdk:cloudformation:logicalId'];
  const children = Object.values(current.children ?? {});
  if (current.path) {
    tree.add({
      path: current.path,
      id: current.id,
      ...(current.constructInfo?.fqn ? { fqn: current.constructInfo.fqn } : {}),
      ...(typeof cfnType === 'string' ? { cfnType } : {}),
      ...(typeof logicalId === 'string' ? { logicalId } : {}),
      children: children.map((c) => c.path),
    });
  }
  for (const child of children) visit(assemblyDir, child, tree);
}
