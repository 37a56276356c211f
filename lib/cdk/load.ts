/**
 * `Load.entry(api, { perMonth: 300000, flow: 'uploads' })`: where load enters the system, stated
 * once; cdk-cost derives what every downstream resource does. `Load.ratio(worker, table,
 * { writesPerRecord: 1 })` sets a ratio on an edge (or, without a target, on the construct itself).
 * Recorded as construct metadata; the usage file's `load:` section overrides it.
 */
import type { IConstruct } from 'constructs';
import { LOAD_METADATA, RATIO_METADATA, type EntryLoad, type LoadMetadata, type RatioMetadata } from '../model/metadata-types.js';

export class Load {
  static entry(scope: IConstruct, load: EntryLoad): void {
    check(`Load.entry(${scope.node.path})`, {
      perMonth: load.perMonth,
      ...(typeof load.perUnit === 'number' ? { perUnit: load.perUnit } : (load.perUnit ?? {})),
    });
    const data: LoadMetadata = { ...load, flow: load.flow ?? scope.node.id };
    scope.node.addMetadata(LOAD_METADATA, data);
  }

  static ratio(from: IConstruct, to: IConstruct | undefined, ratios: Record<string, number>): void {
    check(`Load.ratio(${from.node.path})`, ratios);
    const data: RatioMetadata = { ...(to ? { to: to.node.path } : {}), ratios: { ...ratios } };
    from.node.addMetadata(RATIO_METADATA, data);
  }
}

function check(where: string, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new Error(`${where}: "${key}" must be a finite number ≥ 0, got ${String(value)}`);
  }
}
