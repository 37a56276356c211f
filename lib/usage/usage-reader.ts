/**
 * What a pricer sees of usage: typed getters over the resolved values for one resource, recording
 * which keys it read and which of those were missing. `K` is the pricer's declared key names (see
 * `definePricer`), so reading a key the pricer does not declare fails `tsc`; given the declared names
 * at run time, reading any other key throws — a bug in the pricer, which the tests then catch.
 */
import { Decimal } from '../money.js';
import { parseMix, type Mix } from './usage-mix.js';
import type { UsageValue } from './usage-value.js';

export class UsageReader<K extends string = string> {
  readonly read = new Set<string>();
  readonly missing = new Set<string>();

  /**
   * `declared`: the names the pricer declares in its usageKeys (undefined: any key, for a reader that
   * serves no one pricer); `owner` names the pricer's service in the error.
   */
  constructor(
    private readonly values: ReadonlyMap<string, UsageValue>,
    private readonly declared?: ReadonlySet<string>,
    private readonly owner = 'a',
  ) {}

  private check(key: string): void {
    if (this.declared && !this.declared.has(key))
      throw new Error(
        `internal error: the ${this.owner} pricer read usage key "${key}", which it does not declare in its usageKeys (declare it)`,
      );
  }

  /** A numeric usage value, or undefined (recorded as missing) when not given. */
  number(key: K): Decimal | undefined {
    this.check(key);
    this.read.add(key);
    const v = this.values.get(key);
    if (v === undefined || typeof v.value !== 'number') {
      this.missing.add(key);
      return undefined;
    }
    return new Decimal(v.value);
  }

  /** A numeric value that has a documented fallback: not recorded as missing when absent. */
  numberOr(key: K, fallback: number | string): Decimal {
    this.check(key);
    this.read.add(key);
    const v = this.values.get(key);
    return typeof v?.value === 'number' ? new Decimal(v.value) : new Decimal(fallback);
  }

  string(key: K): string | undefined {
    this.check(key);
    this.read.add(key);
    const v = this.values.get(key);
    return typeof v?.value === 'string' ? v.value : undefined;
  }

  /** A mix of shares (checked when the usage file was validated), or undefined when not given or not a mix. */
  mix(key: K, allowed?: readonly string[]): Mix | undefined {
    this.check(key);
    this.read.add(key);
    const v = this.values.get(key);
    if (typeof v?.value !== 'string') return undefined;
    const parsed = parseMix(v.value, allowed);
    return 'mix' in parsed ? parsed.mix : undefined;
  }

  boolean(key: K): boolean | undefined {
    this.check(key);
    this.read.add(key);
    const v = this.values.get(key);
    return typeof v?.value === 'boolean' ? v.value : undefined;
  }

  has(key: K): boolean {
    this.check(key);
    return this.values.has(key);
  }

  /** Value with origin, for reporting. */
  get(key: K): UsageValue | undefined {
    this.check(key);
    return this.values.get(key);
  }

  entries(): IterableIterator<[string, UsageValue]> {
    return this.values.entries();
  }
}
