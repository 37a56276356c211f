/**
 * `Usage.of(construct).set({ monthlyRequests: 300000 })` inside a CDK app: usage that lives next to
 * the code. Recorded as construct metadata in the Cloud Assembly; cdk-cost applies it to every
 * resource under the construct, below the usage file (which overrides it) and above derived load.
 */
import type { IConstruct } from 'constructs';
import { USAGE_METADATA, type UsageValues } from './metadata-types.js';

export class Usage {
  static of(scope: IConstruct): Usage {
    return new Usage(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /** Usage keys (see `cdk-cost usage keys`) and their monthly values. */
  set(values: UsageValues): this {
    for (const [key, value] of Object.entries(values)) {
      const ok = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
      if (!ok) throw new Error(`Usage.of(${this.scope.node.path}).set: "${key}" must be a finite number ≥ 0, a string or a boolean, got ${String(value)}`);
    }
    this.scope.node.addMetadata(USAGE_METADATA, { ...values });
    return this;
  }
}
