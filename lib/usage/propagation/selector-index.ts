/**
 * Resources by every name a selector can use for them — construct path, enclosing construct paths,
 * logical id, Stack/LogicalId — so matching thousands of load entries is a lookup each, not a scan.
 */
import type { Architecture, ResourceModel } from '../../model/architecture.js';

export class SelectorIndex {
  private readonly byName = new Map<string, ResourceModel[]>();

  constructor(architecture: Architecture) {
    for (const stack of architecture.stacks) {
      for (const resource of stack.resources) {
        const names = new Set([resource.path, resource.logicalId, `${resource.stack}/${resource.logicalId}`]);
        for (let slash = resource.path.lastIndexOf('/'); slash > 0; slash = resource.path.lastIndexOf('/', slash - 1))
          names.add(resource.path.slice(0, slash));
        for (const name of names) {
          const list = this.byName.get(name);
          if (list) list.push(resource);
          else this.byName.set(name, [resource]);
        }
      }
    }
  }

  /** Resources a selector names: itself, or every resource under it. */
  match(selector: string): ResourceModel[] {
    return this.byName.get(selector) ?? [];
  }

  names(): IterableIterator<string> {
    return this.byName.keys();
  }
}
