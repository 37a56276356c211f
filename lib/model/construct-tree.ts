/**
 * The construct tree (from tree.json, or synthesized from resource paths for plain templates),
 * so costs roll up to the constructs the user wrote: `UploadPipeline/Uploads` (aws_s3.Bucket)
 * rather than `UploadPipeline/Uploads/Resource` (CfnBucket).
 */

export interface ConstructNode {
  path: string;
  id: string;
  /** Fully qualified construct class, e.g. "aws-cdk-lib.aws_s3.Bucket" (absent for plain templates). */
  fqn?: string;
  /** CloudFormation type, for L1 constructs. */
  cfnType?: string;
  logicalId?: string;
  children: string[];
}

export class ConstructTree {
  private readonly nodes = new Map<string, ConstructNode>();

  add(node: ConstructNode): void {
    this.nodes.set(node.path, node);
  }

  get(path: string): ConstructNode | undefined {
    return this.nodes.get(path);
  }

  has(path: string): boolean {
    return this.nodes.has(path);
  }

  all(): IterableIterator<ConstructNode> {
    return this.nodes.values();
  }

  /** Ensures every ancestor of `path` exists (plain templates and paths missing from tree.json). */
  ensurePath(path: string, leaf?: Partial<ConstructNode>): void {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join('/');
      if (!this.nodes.has(p)) {
        this.nodes.set(p, { path: p, id: parts[i - 1]!, children: [], ...(i === parts.length ? leaf : {}) });
        if (i > 1) this.nodes.get(parts.slice(0, i - 1).join('/'))?.children.push(p);
      }
    }
  }

  /** Ancestors from the stack down, excluding the path itself: "A/B/C" → ["A", "A/B"]. */
  static ancestors(path: string): string[] {
    const out: string[] = [];
    for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) out.push(path.slice(0, slash));
    return out;
  }

  /**
   * The construct a user wrote that owns this resource: the nearest ancestor that is not an L1
   * (Cfn*) construct or a CDK-internal "Resource"/"Default" child. Falls back to the path itself.
   */
  owner(path: string): string {
    const node = this.nodes.get(path);
    const isL1 = (n: ConstructNode | undefined) => !!n && (!!n.cfnType || /\.Cfn[A-Z]/.test(n.fqn ?? ''));
    if (!isL1(node)) return path;
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : undefined;
    if (!parent?.includes('/')) return path; // directly under the stack: the L1 is what the user wrote
    return parent;
  }
}
