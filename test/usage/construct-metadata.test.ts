/**
 * Usage.of(construct).set and Load.entry / Load.ratio inside a CDK app are recorded as construct
 * metadata, read back from the synthesized Cloud Assembly, and overridden by the usage file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runLoadEstimate, type LoadRun } from '../../lib/load/sweep/load-run.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { fixtureAssembly } from '../support/example-assembly.js';
import { writeTemp } from './load-support.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

const usageOf = (estimate: Estimate, owner: string, key: string) => {
  for (const r of estimate.resources.filter((x) => x.owner === owner))
    for (const c of r.components) if (c.usage?.[key]) return c.usage[key]!;
  return undefined;
};
const quantity = (estimate: Estimate, owner: string, name: string) =>
  estimate.resources.find((r) => r.owner === owner)!.components.find((c) => c.name === name)!.quantity;

let fromCode: LoadRun;
let assembly = '';
beforeAll(async () => {
  // The app's assembly (test/fixtures/apps/load-metadata), cached while the app is unchanged.
  assembly = await fixtureAssembly('load-metadata');
  fromCode = await runLoadEstimate({ pricers: new PricerRegistry(), source: assembly });
});

describe('usage and load in CDK code', () => {
  it('reads Usage.of, Load.entry and Load.ratio from the Cloud Assembly', () => {
    const e = fromCode.estimate;
    expect(usageOf(e, 'Meta/Handler', 'avgDurationMs')).toEqual({
      value: 100,
      origin: 'construct metadata of Meta/Handler',
      derived: false,
    });
    expect(usageOf(e, 'Meta/Jobs', 'monthlyRequests')).toEqual({ value: 777, origin: 'construct metadata of Meta/Jobs', derived: false });
    // Load.entry on the API: 5,000 requests → 5,000 invocations → × 2 writes (Load.ratio) = 10,000 WRU.
    expect(usageOf(e, 'Meta/Api', 'monthlyRequests')).toMatchObject({ value: 5000, derived: true });
    expect(usageOf(e, 'Meta/Handler', 'monthlyRequests')).toMatchObject({ value: 5000, derived: true });
    expect(quantity(e, 'Meta/Table', 'Write request units')).toBe('10000');
    expect(fromCode.context.spec.flows.map((f) => [f.name, f.perMonth.toFixed(), f.origin])).toEqual([
      ['requests', '5000', 'construct metadata of Meta/Api'],
    ]);
  });

  it('the usage file overrides what the code says', async () => {
    const usage = writeTemp(
      'override.yml',
      `version: 1
resources:
  Meta/Handler: { avgDurationMs: 250 }
load:
  flows:
    requests: { perMonth: 8000, unit: request, entries: { Meta/Api: 1 } }
  ratios:
    Meta/Handler -> Meta/Table: { writesPerInvocation: 3 }
`,
    );
    const run = await runLoadEstimate({ pricers: new PricerRegistry(), source: assembly, usageFile: usage });
    const e = run.estimate;
    expect(usageOf(e, 'Meta/Handler', 'avgDurationMs')!.origin).toMatch(/override\.yml:3 \(Meta\/Handler\)$/);
    expect(usageOf(e, 'Meta/Handler', 'avgDurationMs')!.value).toBe(250);
    // 8,000 requests (the file's flow replaces the code's) × 3 writes (the file's ratio wins) = 24,000 WRU.
    expect(quantity(e, 'Meta/Table', 'Write request units')).toBe('24000');
    // What the file does not mention still comes from the code.
    expect(usageOf(e, 'Meta/Jobs', 'monthlyRequests')!.value).toBe(777);
  });
});
