/**
 * Every price key a pricer names resolves in us-east-1. Representative resources — the pricers' own
 * tests' inline templates (test/resources/**), plus the first corpus template (../shared/corpus) with
 * each type — are priced with every declared numeric usage key given, through a PriceBook that records
 * each lookup. A key the snapshot lacks in us-east-1 fails the test unless it is one AWS does not
 * publish (lib/pricing/unpublished-price-keys.ts, each with its reason). Instance types a template
 * names that the data lacks in us-east-1 are the template's, not the pricer's: they are family
 * members (price-key-families.ts), reported but not failed on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateArchitecture } from '../../lib/estimate/estimate.js';
import type { PriceBook } from '../../lib/pricing/price-book.js';
import { COMPOSED_PRICE_KEYS, PRICE_KEY_FAMILIES } from '../../lib/pricing/price-key-families.js';
import { UNPUBLISHED_PRICE_KEY_FAMILIES, UNPUBLISHED_PRICE_KEYS } from '../../lib/pricing/unpublished-price-keys.js';
import { PricerRegistry } from '../../lib/resources/registry.js';
import type { UsageValue } from '../../lib/usage/usage-value.js';
import { corpusTemplates } from '../support/corpus.js';
import { CORPUS_DIR, REPO_ROOT, requireShared } from '../support/paths.js';
import { architectureOf, book } from './price-inline.js';

const REGION = 'us-east-1';
const pricers = new PricerRegistry();

const TESTS_DIR = join(REPO_ROOT, 'test', 'resources');
/** An inline template in a pricer test: a template literal starting with `Resources:`, without interpolation. */
const INLINE_TEMPLATE = /`(\s*\nResources:\n[^`$]*)`/g;
/** A backslash ending a line inside a template literal continues the line: it adds nothing to the value. */
const LINE_CONTINUATION = /\\\n/g;

/** Every inline template of the pricer tests (path:n → text). */
function testTemplates(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.test.ts')) {
        let n = 0;
        for (const m of readFileSync(path, 'utf8').matchAll(INLINE_TEMPLATE))
          out.set(`${relative(REPO_ROOT, path)}:${++n}`, m[1]!.replace(LINE_CONTINUATION, ''));
      }
    }
  };
  walk(TESTS_DIR);
  return out;
}

function unpublished(serviceCode: string, key: string): boolean {
  return (
    UNPUBLISHED_PRICE_KEYS.some((u) => u.serviceCode === serviceCode && u.key === key) ||
    UNPUBLISHED_PRICE_KEY_FAMILIES.some((u) => u.serviceCode === serviceCode && key.startsWith(u.prefix))
  );
}

/** Templates (path → text) chosen so that each priced type appears in at least one. */
function representativeTemplates(): { texts: Map<string, string>; uncovered: string[] } {
  const wanted = new Set(pricers.pricedTypes());
  const texts = testTemplates();
  for (const text of texts.values()) for (const t of wanted) if (text.includes(`Type: ${t}\n`)) wanted.delete(t);
  for (const rel of corpusTemplates()) {
    if (wanted.size === 0) break;
    const text = readFileSync(join(CORPUS_DIR, rel), 'utf8');
    const found = [...wanted].filter((t) => text.includes(t));
    if (found.length === 0) continue;
    texts.set(rel, text);
    for (const t of found) wanted.delete(t);
  }
  return { texts, uncovered: [...wanted].sort() };
}

/** A number for every declared numeric usage key, so that usage-based lines name their prices too. */
function fullUsage(type: string): ReadonlyMap<string, UsageValue> {
  const values = new Map<string, UsageValue>();
  for (const k of pricers.pricerFor(type)?.usageKeys ?? []) {
    if ((k.kind ?? 'number') !== 'number') continue;
    values.set(k.name, { value: 1000, origin: { kind: 'file', file: 'resolve-test.yml', line: 1, selector: type } });
  }
  return values;
}

describe('every price key a pricer names resolves in us-east-1', () => {
  requireShared();

  it('representative resources of every priced type', async () => {
    const { texts, uncovered } = representativeTemplates();
    const looked: Array<{ serviceCode: string; key: string; found: boolean; type: string }> = [];
    let current = '';
    const recording: PriceBook = {
      ...book,
      info: () => book.info(),
      prepare: (needs) => book.prepare(needs),
      keys: (s, r) => book.keys(s, r),
      regions: (s) => book.regions(s),
      services: () => book.services(),
      lookup(serviceCode, region, key) {
        const price = book.lookup(serviceCode, region, key);
        if (region === REGION) looked.push({ serviceCode, key, found: price !== undefined, type: current });
        return price;
      },
    };
    const types = new Set<string>();
    for (const [name, text] of texts) {
      let architecture: ReturnType<typeof architectureOf>;
      try {
        architecture = architectureOf(text);
      } catch {
        continue; // a corpus template this reader rejects (e.g. a YAML dialect): other templates cover the type
      }
      await estimateArchitecture(architecture, {
        pricers,
        priceBook: recording,
        usageFor: (r) => {
          current = r.type;
          types.add(r.type);
          return fullUsage(r.type);
        },
      });
      expect(name).toBeTruthy();
    }
    // A key built from a template's value (an instance type, a volume type) that us-east-1 lacks is the
    // template's choice, as long as the shape is one the data has there; any other miss is the pricer's.
    const shapes = [...PRICE_KEY_FAMILIES.map((f) => ({ serviceCode: f.serviceCode, pattern: f.pattern })), ...COMPOSED_PRICE_KEYS];
    const runtime = (serviceCode: string, key: string) =>
      shapes.some(
        (s) => s.serviceCode === serviceCode && s.pattern.test(key) && book.keys(serviceCode, REGION).some((k) => s.pattern.test(k)),
      );
    const missing = looked.filter((l) => !l.found && !unpublished(l.serviceCode, l.key) && !runtime(l.serviceCode, l.key));
    const templateChoices = [...new Set(looked.filter((l) => !l.found && runtime(l.serviceCode, l.key)).map((l) => l.key))];
    expect(
      [...new Set(missing.map((m) => `${m.type}: ${m.serviceCode} "${m.key}"`))].sort(),
      'keys a pricer names that us-east-1 lacks (fix the key, or list it in unpublished-price-keys.ts with the reason)',
    ).toEqual([]);
    const priced = pricers.pricedTypes().filter((t) => types.has(t));
    console.log(
      `price keys resolved: ${new Set(looked.map((l) => `${l.serviceCode} ${l.key}`)).size} distinct keys from ${priced.length} of ` +
        `${pricers.pricedTypes().length} priced types (${texts.size} templates); no representative: ${uncovered.join(', ') || 'none'}; ` +
        `keys built from a template's value that us-east-1 lacks: ${templateChoices.join(', ')}`,
    );
    expect(priced.length, 'priced types with a representative resource').toBeGreaterThanOrEqual(84);
  });
});
