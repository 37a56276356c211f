/**
 * `Usage.of(construct).set({ monthlyRequests: 300000 })` inside a CDK app: usage that lives next to
 * the code. Recorded as construct metadata in the Cloud Assembly; cdk-cost applies it to every
 * resource under the construct, below the usage file (which overrides it) and above derived load.
 */
import type { IConstruct } from 'constructs';
import { mixText } from '../usage/usage-mix.js';
import { USAGE_METADATA, type UsageValues } from '../model/metadata-types.js';

export class Usage {
  static of(scope: IConstruct): Usage {
    return new Usage(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /** Usage keys (see `cdk-cost usage keys`) and their monthly values. */
  set(values: UsageValues): this {
    const recorded: Record<string, number | string | boolean> = {};
    for (const [key, value] of Object.entries(values)) {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        // A mix is recorded as its text ("STANDARD: 0.2, GLACIER: 0.8"); usage validation checks the shares.
        recorded[key] = mixText(value);
        continue;
      }
      const number = typeof value === 'number' && Number.isFinite(value) && value >= 0;
      if (!number && typeof value !== 'string' && typeof value !== 'boolean') {
        throw new Error(
          `Usage.of(${this.scope.node.path}).set: "${key}" must be a finite number ≥ 0, a string, a boolean ` +
            `or { name: share }, got ${String(value)}`,
        );
      }
      recorded[key] = value;
    }
    this.scope.node.addMetadata(USAGE_METADATA, recorded);
    return this;
  }
}
