/**
 * What a pricer sees of usage: typed getters over the resolved values for one resource, recording
 * which keys it read and which of those were missing.
 */
import { Decimal } from '../money.js';
import { parseMix, type Mix } from './usage-mix.js';
import type { UsageValue } from './usage-value.js';

export class UsageReader {
  readonly read = new Set<string>();
  readonly missing = new Set<string>();

  constructor(private readonly values: ReadonlyMap<string, UsageValue>) {}

  /** A numeric usage value, or undefined (recorded as missing) when not given. */
  number(key: string): Decimal | undefined {
    this.read.add(key);
    const v = this.values.get(key);
    if (v === undefined || typeof v.value !== 'number') {
      this.missing.add(key);
      return undefined;
    }
    return new Decimal(v.value);
  }

  /** A numeric value that has a documented fallback: not recorded as missing when absent. */
  numberOr(key: string, fallback: number | string): Decimal {
    this.read.add(key);
    const v = this.values.get(key);
    return typeof v?.value === 'number' ? new Decimal(v.value) : new Decimal(fallback);
  }

  string(key: string): string | undefined {
    this.read.add(key);
    const v = this.values.get(key);
    return typeof v?.value === 'string' ? v.value : undefined;
  }

  /** A mix of shares (checked when the usage file was validated), or undefined when not given or not a mix. */
  mix(key: string, allowed?: readonly string[]): Mix | undefined {
    this.read.add(key);
    const v = this.values.get(key);
    if (typeof v?.value !== 'string') return undefined;
    const parsed = parseMix(v.value, allowed);
    return 'mix' in parsed ? parsed.mix : undefined;
  }

  boolean(key: string): boolean | undefined {
    this.read.add(key);
    const v = this.values.get(key);
    return typeof v?.value === 'boolean' ? v.value : undefined;
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  /** Value with origin, for reporting. */
  get(key: string): UsageValue | undefined {
    return this.values.get(key);
  }

  entries(): IterableIterator<[string, UsageValue]> {
    return this.values.entries();
  }
}
