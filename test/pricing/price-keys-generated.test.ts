/**
 * The price-key types are generated from the bundled snapshot (lib/pricing/build/price-keys-source.ts)
 * and committed: this fails when lib/pricing/price-keys.generated.ts is not what pricing/snapshot gives,
 * so the types cannot drift from the data. The families composed at run time (left out of the literal
 * unions) must each have keys in the data, all of the shape their template-literal type says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRICE_KEYS_FILE, priceKeysSource, snapshotKeys } from '../../lib/pricing/build/price-keys-source.js';
import { familyOf, PRICE_KEY_FAMILIES } from '../../lib/pricing/price-key-families.js';
import { UNPUBLISHED_PRICE_KEYS } from '../../lib/pricing/unpublished-price-keys.js';
import { BUNDLED_SNAPSHOT, REPO_ROOT } from '../support/paths.js';

const keys = snapshotKeys(BUNDLED_SNAPSHOT);

describe('generated price-key types', () => {
  it('price-keys.generated.ts is current with pricing/snapshot (else run `cdk-cost pricing build`)', () => {
    const committed = readFileSync(join(REPO_ROOT, PRICE_KEYS_FILE), 'utf8');
    expect(committed === priceKeysSource(BUNDLED_SNAPSHOT), `${PRICE_KEYS_FILE} differs from what pricing/snapshot generates`).toBe(true);
  });

  it('lists every service of the snapshot, and no family member as a literal', () => {
    const committed = readFileSync(join(REPO_ROOT, PRICE_KEYS_FILE), 'utf8');
    for (const service of keys.keys()) expect(committed, service).toContain(`  ${service}:`);
    expect(committed).not.toContain("'BoxUsage:");
    expect(committed).not.toContain("'RDSInstance:");
    expect(committed).toContain("'Storage General Purpose gp3 GB Mo'");
  });

  it.each(PRICE_KEY_FAMILIES.map((f) => [`${f.serviceCode} ${f.prefix}`, f] as const))(
    'family %s: has keys, all of its shape',
    (_, family) => {
      const members = (keys.get(family.serviceCode) ?? []).filter((k) => familyOf(family.serviceCode, k) === family);
      expect(members.length, `${family.serviceCode} keys starting "${family.prefix}"`).toBeGreaterThan(0);
      const odd = members.filter((k) => !family.pattern.test(k));
      expect(odd, `keys of ${family.builder} that its type does not describe`).toEqual([]);
    },
  );

  it('a key listed as unpublished is really absent from the snapshot, in every region', () => {
    for (const { serviceCode, key } of UNPUBLISHED_PRICE_KEYS)
      expect(keys.get(serviceCode) ?? [], `${serviceCode} ${key}`).not.toContain(key);
  });
});
