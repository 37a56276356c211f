/**
 * Type → pricer. Every pricer module is listed once in all-pricers.ts; adding a type is adding a
 * file there, nothing else. There is no global instance: an entry point (a CLI command, CostGuard,
 * a library user) builds one registry and passes it down; `new PricerRegistry()` holds every pricer.
 */
import type { Pricer } from './pricer.js';
import { ALL_PRICERS } from './all-pricers.js';
import type { PricerLookup } from '../usage/resolve-usage.js';

export class PricerRegistry implements PricerLookup {
  private readonly byType = new Map<string, Pricer>();

  constructor(pricers: Pricer[] = ALL_PRICERS) {
    for (const pricer of pricers) {
      for (const type of pricer.types) {
        if (this.byType.has(type)) throw new Error(`two pricers claim ${type}`);
        this.byType.set(type, pricer);
      }
    }
  }

  pricerFor(type: string): Pricer | undefined {
    return this.byType.get(type);
  }

  pricedTypes(): string[] {
    return [...this.byType.keys()].sort();
  }

  all(): Pricer[] {
    return [...new Set(this.byType.values())];
  }
}
