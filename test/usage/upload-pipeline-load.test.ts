/**
 * The upload pipeline's load stated once (examples/upload-pipeline/load.yml) gives the same total
 * as the hand-derived per-resource usage.yml; sweeps grow where they must; the comparison of the
 * synchronous and asynchronous designs finds the crossover this test finds by its own bisection.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Decimal } from '../../lib/money.js';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import { estimateAt, runLoadEstimate, type LoadRun } from '../../lib/load/sweep/load-run.js';
import { runSweep } from '../../lib/load/sweep/sweep.js';
import { compareDesigns } from '../../lib/load/sweep/compare.js';
import { cli } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { exampleAssembly } from '../support/example-assembly.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'upload-pipeline');
const stackTotal = (estimate: { stacks: Array<{ name: string; monthly: string }> }, name: string) =>
  new Decimal(estimate.stacks.find((s) => s.name === name)!.monthly);

let run: LoadRun;
let handWritten: Awaited<ReturnType<typeof runEstimate>>;
/** The app is synthesized once; the other runs read its Cloud Assembly. */
let assembly = '';
beforeAll(async () => {
  assembly = await exampleAssembly();
  run = await runLoadEstimate({ pricers: new PricerRegistry(), source: assembly, usageFile: join(EXAMPLE, 'load.yml') });
  handWritten = await runEstimate({ pricers: new PricerRegistry(), source: assembly, usageFile: join(EXAMPLE, 'usage.yml') });
});

describe('one entry load reproduces the hand-written usage file', () => {
  it('gives the same UploadPipeline total, to the cent', () => {
    const derived = stackTotal(run.estimate, 'UploadPipeline');
    const byHand = stackTotal(handWritten.estimate, 'UploadPipeline');
    expect(derived.toFixed(2)).toBe(byHand.toFixed(2));
    expect(derived.toFixed(2)).toBe('15523.40');
  });

  it('derives every load number of the stack (only characteristics and the NAT estimate are given)', () => {
    const given: string[] = [];
    const derived: string[] = [];
    for (const r of run.estimate.resources.filter((x) => x.stack === 'UploadPipeline')) {
      for (const c of r.components)
        for (const [key, u] of Object.entries(c.usage ?? {})) (u.derived ? derived : given).push(`${r.owner}.${key}`);
    }
    expect([...new Set(given)].sort()).toEqual([
      'UploadPipeline/Indexer.avgDurationMs',
      'UploadPipeline/Network/publicSubnet1.monthlyDataProcessedGB',
      'UploadPipeline/Presign.avgDurationMs',
      'UploadPipeline/Worker.avgDurationMs',
    ]);
    expect(new Set(derived)).toEqual(
      new Set([
        'UploadPipeline/Api.monthlyRequests',
        'UploadPipeline/Presign.monthlyRequests',
        'UploadPipeline/PresignLogs.monthlyIngestedGB',
        'UploadPipeline/Uploads.storageGB',
        'UploadPipeline/Uploads.monthlyPutRequests',
        'UploadPipeline/Uploads.monthlyGetRequests',
        'UploadPipeline/UploadEvents.monthlyRequests',
        'UploadPipeline/UploadStatus.monthlyRequests',
        'UploadPipeline/UploadQueue.monthlyRequests',
        'UploadPipeline/FailedUploads.monthlyRequests',
        'UploadPipeline/Worker.monthlyRequests',
        'UploadPipeline/WorkerLogs.monthlyIngestedGB',
        'UploadPipeline/Metadata.monthlyWriteRequestUnits',
        'UploadPipeline/Metadata.monthlyReadRequestUnits',
        'UploadPipeline/Metadata.storageGB',
        'UploadPipeline/Indexer.monthlyRequests',
        'UploadPipeline/IndexerLogs.monthlyIngestedGB',
      ]),
    );
    // Each derived quantity equals the hand derivation in usage.yml (storage to the cent of a GB).
    const quantity = (est: typeof run.estimate, owner: string, name: string) =>
      new Decimal(
        est.resources.find((r) => r.owner === owner && r.components.some((c) => c.name === name))!.components.find((c) => c.name === name)!
          .quantity!,
      );
    for (const [owner, name] of [
      ['UploadPipeline/Worker', 'Requests'],
      ['UploadPipeline/UploadStatus', 'Publish requests'],
      ['UploadPipeline/UploadQueue', 'Standard requests'],
      ['UploadPipeline/FailedUploads', 'Standard requests'],
      ['UploadPipeline/Uploads', 'PUT, COPY, POST, LIST requests'],
      ['UploadPipeline/Indexer', 'Requests'],
      ['UploadPipeline/Metadata', 'Read request units'],
    ] as const) {
      expect(quantity(run.estimate, owner, name).toFixed(), `${owner} ${name}`).toBe(quantity(handWritten.estimate, owner, name).toFixed());
    }
    expect(quantity(run.estimate, 'UploadPipeline/Uploads', 'Standard storage').toFixed(2)).toBe('690410.96');
  });
});

describe('load sweeps', () => {
  it('grow monotonically: usage-based cost rises with load, fixed cost stays', () => {
    const sweep = runSweep(
      run,
      ['0.1', '1', '2', '10', '100'].map((s) => new Decimal(s)),
      new Set(['UploadPipeline']),
    );
    const totals = sweep.steps.map((s) => new Decimal(s.totals.monthly));
    for (let i = 1; i < totals.length; i++) expect(totals[i]!.gt(totals[i - 1]!)).toBe(true);
    expect(new Set(sweep.steps.map((s) => s.totals.fixed)).size).toBe(1);
    // Every construct costs at least as much at a higher load.
    for (const path of sweep.steps[0]!.constructs.map((c) => c.path)) {
      const costs = sweep.steps.map((s) => new Decimal(s.constructs.find((c) => c.path === path)!.monthly));
      for (let i = 1; i < costs.length; i++) expect(costs[i]!.gte(costs[i - 1]!), path).toBe(true);
    }
    // At 2× the usage-based part doubles except where tiers bend it down (S3 storage, API calls).
    const usage1 = new Decimal(sweep.steps[1]!.totals.usageBased);
    const usage2 = new Decimal(sweep.steps[2]!.totals.usageBased);
    expect(usage2.lte(usage1.times(2))).toBe(true);
    expect(usage2.gt(usage1.times('1.9'))).toBe(true);
  });

  it('the 1× step is the estimate itself', () => {
    expect(estimateAt(run, 1, new Set(['UploadPipeline'])).totals.monthly).toBe(stackTotal(run.estimate, 'UploadPipeline').toFixed());
  });
});

describe('sync vs async upload pipeline', () => {
  const total = (stack: string, scale: Decimal) => new Decimal(estimateAt(run, scale, new Set([stack])).totals.monthly);

  it('finds the crossover that bisection on the two totals finds', () => {
    const scales = ['0.01', '0.1', '1', '10'].map((s) => new Decimal(s));
    const comparison = compareDesigns(
      { label: 'async', run, stacks: new Set(['UploadPipeline']) },
      { label: 'sync', run, stacks: new Set(['SyncUploadPipeline']) },
      scales,
    );
    expect(comparison.steps.map((s) => s.cheaper)).toEqual(['b', 'a', 'a', 'a']);
    expect(comparison.crossovers).toHaveLength(1);
    // Independent bisection on async − sync between 0.01× and 0.1×.
    let lo = new Decimal('0.01');
    let hi = new Decimal('0.1');
    const diff = (x: Decimal) => total('UploadPipeline', x).minus(total('SyncUploadPipeline', x));
    expect(diff(lo).isPositive()).toBe(true);
    expect(diff(hi).isNegative()).toBe(true);
    for (let i = 0; i < 40; i++) {
      const mid = lo.plus(hi).div(2);
      if (diff(mid).isPositive()) lo = mid;
      else hi = mid;
    }
    const crossover = comparison.crossovers[0]!;
    expect(new Decimal(crossover.scale).minus(lo).abs().lte(lo.times('1e-6'))).toBe(true);
    expect(crossover.cheaperBelow).toBe('b');
    expect(Number(crossover.flows[0]!.perMonth)).toBeGreaterThan(3000);
    expect(Number(crossover.flows[0]!.perMonth)).toBeLessThan(30000);
  });

  it('`cdk-cost compare` prints both designs and the crossover', async () => {
    const result = await cli(
      'compare',
      `${assembly}#UploadPipeline`,
      `${assembly}#SyncUploadPipeline`,
      '--usage',
      join(EXAMPLE, 'load.yml'),
      '--scale',
      '0.01,0.1,1',
      '--format',
      'json',
    );
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(json.kind).toBe('comparison');
    expect(json.steps.map((s: { scale: string }) => s.scale)).toEqual(['0.01', '0.1', '1']);
    expect(json.crossovers).toHaveLength(1);
    expect(json.steps[2].a.monthly).toBe(stackTotal(run.estimate, 'UploadPipeline').toFixed());
  });
});

describe('--explain', () => {
  it('shows the derivation chain of each derived number, back to the entry load', async () => {
    const result = await cli('estimate', assembly, '--usage', join(EXAMPLE, 'load.yml'), '--explain', 'UploadPipeline/Worker');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('monthlyRequests = 30,000 requests/month  [derived]');
    expect(result.stdout).toContain(
      'Worker.monthlyRequests = 300,000 uploads × 1 call per request × 1 write per invocation (ratio) × 1 notification per object × ' +
        '1 delivery per message ÷ batch size 10 = 30,000',
    );
    expect(result.stdout).toMatch(/avgDurationMs = 3,000 ms {2}\[given: .*load\.yml:\d+ \(UploadPipeline\/Worker\)\]/);
    expect(result.stdout).toContain(
      '← SQS event source mapping (batch size 10) from UploadPipeline/UploadQueue: 300,000 messages sent ÷ batch size 10 = 30,000',
    );
  });

  it('names the construct it cannot find', async () => {
    const result = await cli('estimate', assembly, '--usage', join(EXAMPLE, 'load.yml'), '--explain', 'UploadPipeline/Wroker');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--explain UploadPipeline/Wroker: no construct or resource with that path.');
    expect(result.stderr).toContain('Did you mean "UploadPipeline/Worker"?');
  });
});
