/**
 * The upload pipelines at load.yml's load (300,000 uploads of 10 GB a month): the synchronous design,
 * which sends every file through API Gateway → Lambda in 2,500 chunks of 4 MB, breaks at a few times
 * today's load; the asynchronous one (presigned URLs, S3 direct) only at about a hundred times.
 * Expected multiples come from the catalogue and the load the usage file states, not typed in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runLoadEstimate, type LoadRun } from '../../lib/load/sweep/load-run.js';
import { runSweep, parseScales } from '../../lib/load/sweep/sweep.js';
import { stackBreaks } from '../../lib/limits/sweep-limits.js';
import { limitIn, loadCatalogue } from '../../lib/limits/catalogue.js';
import { firstBreak, type LimitsReport } from '../../lib/limits/check-limits.js';
import { limitsOfRun } from '../../lib/limits/estimate-limits.js';
import { DEFAULT_PEAK_FACTOR, peakPerSecond } from '../../lib/limits/load-math.js';
import { REPO_ROOT } from '../support/paths.js';
import { exampleAssembly } from '../support/example-assembly.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

const UPLOADS_PER_MONTH = 300_000; // load.yml: flows.uploads.perMonth
const CHUNKS_PER_UPLOAD = 2_500; // load.yml: SyncUploadPipeline/Api entry (10 GB ÷ 4 MB)
const PUTS_PER_UPLOAD_ASYNC = 102; // load.yml: UploadPipeline/Uploads putRequestsPerObject
const HANDLER_SECONDS = 0.2; // sync-stack.ts: Usage.of(handler).set({ avgDurationMs: 200 })

const catalogue = loadCatalogue();
const limit = (id: string) => limitIn(catalogue, id, 'us-east-1')!.value;

let run: LoadRun;
let report: LimitsReport;
const ofStack = (stack: string) => ({ ...report, findings: report.findings.filter((f) => f.resource.startsWith(`${stack}/`)) });

beforeAll(async () => {
  run = await runLoadEstimate({
    pricers: new PricerRegistry(),
    source: await exampleAssembly(),
    usageFile: join(REPO_ROOT, 'examples', 'upload-pipeline', 'load.yml'),
  });
  report = limitsOfRun(run);
}, 240_000);

describe('synchronous upload pipeline', () => {
  it('breaks first on S3 PUTs per prefix: one PUT per 4 MB chunk', () => {
    const first = firstBreak(ofStack('SyncUploadPipeline'))!;
    const putsPerSecond = peakPerSecond(UPLOADS_PER_MONTH * CHUNKS_PER_UPLOAD, DEFAULT_PEAK_FACTOR);
    expect(first.limit.id).toBe('s3.prefix-writes');
    expect(first.resource).toBe('SyncUploadPipeline/Uploads/Resource');
    expect(first.breaksAt).toBeCloseTo(limit('s3.prefix-writes') / putsPerSecond, 6);
    expect(first.breaksAt).toBeGreaterThan(4);
    expect(first.breaksAt).toBeLessThan(4.2);
  });

  it('then Lambda concurrency (chunks/s × 0.2 s), its scaling rate, then the API Gateway throttle', () => {
    const sync = ofStack('SyncUploadPipeline').findings;
    const rate = peakPerSecond(UPLOADS_PER_MONTH * CHUNKS_PER_UPLOAD, DEFAULT_PEAK_FACTOR);
    const concurrency = sync.find((f) => f.limit.id === 'lambda.concurrent-executions')!;
    expect(concurrency.breaksAt).toBeCloseTo(limit('lambda.concurrent-executions') / (rate * HANDLER_SECONDS), 6);
    const throttle = sync.find((f) => f.limit.id === 'apigateway.throttle')!;
    expect(throttle.breaksAt).toBeCloseTo(limit('apigateway.throttle') / rate, 6);
    // A sudden step from the average to the peak: (1 − 1/peak factor) of the peak concurrency at once.
    const scaling = sync.find((f) => f.limit.id === 'lambda.scaling-rate')!;
    const step = rate * HANDLER_SECONDS * (1 - 1 / DEFAULT_PEAK_FACTOR);
    expect(scaling.breaksAt).toBeCloseTo(limit('lambda.scaling-rate') / step, 6);
    const order = ['s3.prefix-writes', 'lambda.concurrent-executions', 'lambda.scaling-rate', 'apigateway.throttle'];
    expect(sync.slice(0, 4).map((f) => f.limit.id)).toEqual(order);
    expect(sync.every((f) => !f.crossed)).toBe(true);
  });
});

describe('asynchronous upload pipeline', () => {
  it('breaks first on S3 multipart PUTs per prefix, about 25 times later than the synchronous one', () => {
    const first = firstBreak(ofStack('UploadPipeline'))!;
    const putsPerSecond = peakPerSecond(UPLOADS_PER_MONTH * PUTS_PER_UPLOAD_ASYNC, DEFAULT_PEAK_FACTOR);
    expect(first.limit.id).toBe('s3.prefix-writes');
    expect(first.resource).toBe('UploadPipeline/Uploads/Resource');
    expect(first.breaksAt).toBeCloseTo(limit('s3.prefix-writes') / putsPerSecond, 6);
    const sync = firstBreak(ofStack('SyncUploadPipeline'))!;
    expect(first.breaksAt! / sync.breaksAt!).toBeCloseTo(CHUNKS_PER_UPLOAD / PUTS_PER_UPLOAD_ASYNC, 6);
  });

  it('scales with the peak factor: twice the peak, half the headroom', () => {
    const doubled = limitsOfRun(run, DEFAULT_PEAK_FACTOR * 2);
    const a = firstBreak(report)!;
    const b = doubled.findings.find((f) => f.resource === a.resource && f.limit.id === a.limit.id)!;
    expect(b.breaksAt! * 2).toBeCloseTo(a.breaksAt!, 9);
  });
});

describe('account-wide', () => {
  it('sums the concurrency of every function in the Region, naming each, apart from the per-design breaks', () => {
    const own = report.findings.filter((f) => f.rule === 'lambda-concurrency');
    const sum = report.findings.find((f) => f.rule === 'lambda-account-concurrency')!;
    expect(sum.resource).toBe('account in us-east-1');
    expect(sum.current).toBeCloseTo(
      own.reduce((total, f) => total + f.current, 0),
      6,
    );
    expect(sum.contributors!.map((c) => c.resource).sort()).toEqual(own.map((f) => f.resource).sort());
    expect(sum.breaksAt).toBeLessThan(own.find((f) => f.resource.startsWith('SyncUploadPipeline/'))!.breaksAt!);
  });
});

describe('beside the sweep', () => {
  it("marks the steps past each design's first break, with the cost at each step", () => {
    const sweep = runSweep(run, parseScales('1,4,5,100,101'), new Set(['UploadPipeline', 'SyncUploadPipeline']));
    const breaks = stackBreaks(run.estimate, report, sweep);
    const works = (stack: string) => breaks.find((b) => b.stack === stack)!.steps.map((s) => [s.scale, s.works]);
    // Sync breaks at ≈ 4.09×, async at ≈ 100.2× (above).
    expect(works('SyncUploadPipeline')).toEqual([
      ['1', true],
      ['4', true],
      ['5', false],
      ['100', false],
      ['101', false],
    ]);
    expect(works('UploadPipeline')).toEqual([
      ['1', true],
      ['4', true],
      ['5', true],
      ['100', true],
      ['101', false],
    ]);
    const sync = breaks.find((b) => b.stack === 'SyncUploadPipeline')!;
    const stepCost = sweep.steps[0]!.stacks.find((x) => x.name === 'SyncUploadPipeline')!.monthly;
    expect(sync.steps[0]!.monthly).toBe(stepCost);
  });
});
