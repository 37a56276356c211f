/**
 * `compare --limits`: the sync and async upload pipelines side by side, each design's first break
 * (from the catalogue and load.yml's load, as upload-pipeline-limits.test.ts derives them) written
 * beside the cost crossover, and marked on the HTML compare chart in its design's colour.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PricerRegistry } from '../../lib/resources/registry.js';
import { runLoadEstimate, type LoadRun } from '../../lib/load/sweep/load-run.js';
import { parseScales } from '../../lib/load/sweep/sweep.js';
import { compareDesigns, type CompareSide } from '../../lib/load/sweep/compare.js';
import { breakLines, designBreaks } from '../../lib/limits/compare-limits.js';
import { limitIn, loadCatalogue } from '../../lib/limits/catalogue.js';
import { DEFAULT_PEAK_FACTOR, peakPerSecond, round } from '../../lib/limits/load-math.js';
import { renderComparison } from '../../lib/report/render-compare.js';
import { REPO_ROOT } from '../support/paths.js';
import { exampleAssembly } from '../support/example-assembly.js';

const UPLOADS_PER_MONTH = 300_000; // load.yml: flows.uploads.perMonth
const CHUNKS_PER_UPLOAD = 2_500; // load.yml: SyncUploadPipeline/Api entry (10 GB ÷ 4 MB)
const PUTS_PER_UPLOAD_ASYNC = 102; // load.yml: UploadPipeline/Uploads putRequestsPerObject
const putLimit = limitIn(loadCatalogue(), 's3.prefix-writes', 'us-east-1')!;

let run: LoadRun;
let sync: CompareSide;
let async: CompareSide;
beforeAll(async () => {
  run = await runLoadEstimate({
    pricers: new PricerRegistry(),
    source: await exampleAssembly(),
    usageFile: join(REPO_ROOT, 'examples', 'upload-pipeline', 'load.yml'),
  });
  sync = { label: 'sync', run, stacks: new Set(['SyncUploadPipeline']) };
  async = { label: 'async', run, stacks: new Set(['UploadPipeline']) };
}, 240_000);

describe('compare --limits', () => {
  it("gives each design's first break: S3 PUTs per prefix, at limit ÷ PUTs/s", () => {
    const breaks = designBreaks(sync, async);
    const syncAt = putLimit.value / peakPerSecond(UPLOADS_PER_MONTH * CHUNKS_PER_UPLOAD, DEFAULT_PEAK_FACTOR);
    const asyncAt = putLimit.value / peakPerSecond(UPLOADS_PER_MONTH * PUTS_PER_UPLOAD_ASYNC, DEFAULT_PEAK_FACTOR);
    expect(breaks.a!.scale).toBeCloseTo(syncAt, 6);
    expect(breaks.a!.resource).toBe('SyncUploadPipeline/Uploads/Resource');
    expect(breaks.b!.scale).toBeCloseTo(asyncAt, 6);
    expect(breaks.b!.limit).toBe(putLimit.name);
    expect(breakLines(breaks)[0]).toBe(
      `A breaks at ${round(syncAt)}× the entry loads: ${putLimit.name}, ${round(putLimit.value)} ${putLimit.unit} ` +
        `(SyncUploadPipeline/Uploads/Resource; peak factor ${DEFAULT_PEAK_FACTOR}).`,
    );
  });

  it('writes the breaks beside the crossover in text, and marks them on the HTML chart inside its load range', () => {
    const comparison = compareDesigns(sync, async, parseScales('1,2,5,10,50,200'));
    const breaks = designBreaks(sync, async);
    const text = renderComparison(comparison, 'table', breaks);
    for (const line of breakLines(breaks)) expect(text).toContain(line);
    const html = renderComparison(comparison, 'html', breaks);
    expect(html.match(/<g class="limit-break">/g)).toHaveLength(4); // both designs, on the linear and the log axis
    expect(html).toContain(`A breaks at ${round(breaks.a!.scale)}×`);
    expect(html).toContain(`B breaks at ${round(breaks.b!.scale)}×`);
    const json = JSON.parse(renderComparison(comparison, 'json', breaks)) as { limits: { a: { scale: number } } };
    expect(json.limits.a.scale).toBeCloseTo(breaks.a!.scale, 9);
    // Without --limits, nothing changes.
    expect(renderComparison(comparison, 'html')).not.toContain('limit-break');
  });
});
