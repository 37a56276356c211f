/**
 * The derived load of one propagation run as a usage layer: below the usage file and construct
 * metadata, above type defaults. Each value's origin carries its one-line explanation.
 */
import type { ResourceModel } from '../../model/architecture.js';
import type { UsageLayer } from '../resolve-usage.js';
import type { UsageValue } from '../usage-value.js';
import { Explainer } from './explain.js';
import type { LoadResult } from './propagate.js';

export class DerivedLayer implements UsageLayer {
  readonly explainer: Explainer;
  private readonly cache = new Map<ResourceModel, Map<string, UsageValue>>();

  constructor(readonly result: LoadResult) {
    this.explainer = new Explainer(result);
  }

  valuesFor(resource: ResourceModel): ReadonlyMap<string, UsageValue> | undefined {
    if (!this.result.nodes.has(resource)) return undefined;
    let values = this.cache.get(resource);
    if (!values) {
      values = new Map();
      for (const [key, d] of this.explainer.derivedValues(resource)) {
        // Usage values are JS numbers; decimal.js reads a number back from its shortest form, so
        // exact decimal results (0.3, 30,000) come back exact.
        // The explanation is a getter: built only when something shows it (sweeps never do).
        let text: string | undefined;
        const origin = {
          kind: 'derived' as const,
          get explanation() {
            return (text ??= `${nodeLabel(resource)}.${key} = ${d.explanation()}`);
          },
        };
        values.set(key, { value: d.value.toNumber(), origin });
      }
      this.cache.set(resource, values);
    }
    return values;
  }
}

function nodeLabel(resource: ResourceModel): string {
  const path = resource.path.endsWith('/Resource') ? resource.path.slice(0, -9) : resource.path;
  return path.slice(path.lastIndexOf('/') + 1);
}
