/**
 * Rules declare the idle thresholds they read and THRESHOLDS is built from those declarations: every
 * threshold key a rule's source reads (`ctx.thresholds['…']`) is declared by that rule, each key once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../lib/scan/rules/index.js';
import { defaultThresholds, THRESHOLDS } from '../../lib/scan/thresholds.js';
import { REPO_ROOT } from '../support/paths.js';

describe('scan thresholds', () => {
  it('THRESHOLDS is the union of the rules’ declarations, one per key', () => {
    const declared = ALL_RULES.flatMap((r) => r.thresholds ?? []);
    expect(new Set(THRESHOLDS)).toEqual(new Set(declared));
    expect(new Set(THRESHOLDS.map((t) => t.key)).size).toBe(THRESHOLDS.length);
    expect(THRESHOLDS.length).toBeGreaterThanOrEqual(15);
    expect(defaultThresholds()['ec2.cpuPercent']).toBe(10);
  });

  it('each key a rule file reads is declared by a rule that reads it', () => {
    const dir = join(REPO_ROOT, 'lib', 'scan', 'rules');
    const keys = new Set(THRESHOLDS.map((t) => t.key));
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(join(dir, name), 'utf8');
      for (const m of source.matchAll(/thresholds\['([^']+)'\]/g)) expect(keys.has(m[1]!), `${name} reads ${m[1]}`).toBe(true);
    }
    for (const rule of ALL_RULES.filter((r) => r.id.startsWith('idle-')))
      expect(rule.thresholds?.length ?? 0, `${rule.id} declares its thresholds`).toBeGreaterThan(0);
  });
});
