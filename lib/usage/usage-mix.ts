/**
 * A mix: shares of one quantity by name (`storageClassMix: {STANDARD: 0.2, GLACIER: 0.8}`,
 * `viewerRegions: {United States: 0.6, EU: 0.4}`). A usage file writes it as a YAML mapping (or as
 * the text `STANDARD: 0.2, GLACIER: 0.8`, e.g. from `Usage.of(...)`). It is kept as that canonical
 * text, so it travels like any other usage value (estimate JSON, diff, explain, sweeps leave it alone).
 */
import { Decimal } from '../money.js';

export type Mix = ReadonlyMap<string, Decimal>;

/** Shares may be off 1 by this much (rounded shares like 0.333 + 0.333 + 0.334 are exact anyway). */
const SUM_TOLERANCE = new Decimal('0.000001');

/** `{A: 0.2, B: 0.8}` → "A: 0.2, B: 0.8". */
export function mixText(shares: Record<string, unknown>): string {
  return Object.entries(shares)
    .map(([name, share]) => `${name}: ${String(share)}`)
    .join(', ');
}

/** Parses and checks a mix text; returns the mix or the problem, in words a usage file's author can act on. */
export function parseMix(text: string, allowed?: readonly string[]): { mix: Mix } | { problem: string } {
  const mix = new Map<string, Decimal>();
  for (const part of text.split(',')) {
    const colon = part.lastIndexOf(':');
    const name = part.slice(0, colon).trim();
    const share = part.slice(colon + 1).trim();
    if (colon < 0 || name === '' || !/^\d+(\.\d+)?([eE][-+]?\d+)?$/.test(share)) {
      return { problem: `"${part.trim()}" is not "NAME: share" (a share is a number from 0 to 1)` };
    }
    if (allowed && !allowed.includes(name)) return { problem: `"${name}" is not one of ${allowed.join(', ')}` };
    if (mix.has(name)) return { problem: `"${name}" is given twice` };
    mix.set(name, new Decimal(share));
  }
  const sum = [...mix.values()].reduce((a, b) => a.plus(b), new Decimal(0));
  if (sum.minus(1).abs().gt(SUM_TOLERANCE)) return { problem: `the shares add up to ${sum.toFixed()}, not 1` };
  return { mix };
}
