/**
 * README.md's usage-key table is generated from the pricers' usageKeys declarations (the one place a
 * usage key is declared): this fails when the README's copy is not what `cdk-cost usage keys --markdown`
 * prints. Regenerate with `UPDATE_README=1 npx vitest run --config test/vitest.config.ts test/resources/usage-keys-readme.test.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PricerRegistry } from '../../lib/resources/registry.js';
import { USAGE_KEYS_END, USAGE_KEYS_START, usageKeysBlock } from '../../lib/resources/usage-keys-table.js';
import { REPO_ROOT } from '../support/paths.js';

const README = join(REPO_ROOT, 'README.md');

describe('README usage-key table', () => {
  it('is current with the pricers’ declarations', () => {
    const text = readFileSync(README, 'utf8');
    const start = text.indexOf(USAGE_KEYS_START);
    const end = text.indexOf(USAGE_KEYS_END);
    expect(start, 'README.md has the usage-keys markers').toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const current = text.slice(start, end + USAGE_KEYS_END.length);
    const generated = usageKeysBlock(new PricerRegistry());
    if (process.env.UPDATE_README && current !== generated) writeFileSync(README, text.replace(current, generated));
    else expect(current === generated, 'README usage-key table differs from the declarations (see this file’s header)').toBe(true);
  });

  it('has a row for every declared usage key', () => {
    const table = usageKeysBlock(new PricerRegistry());
    for (const pricer of new PricerRegistry().all())
      for (const k of pricer.usageKeys) expect(table, `${pricer.types[0]} ${k.name}`).toContain(`| ${k.name} |`);
  });
});
