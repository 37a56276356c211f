/**
 * Synthesizes this repository's example app (the stacks bin/app.ts creates) in a fresh process and
 * prints {ms, guardMs}: `plain` synthesizes it; `guard` synthesizes it with a CostGuard on the App;
 * `evaluate` synthesizes it, then times the guard's check alone (engine load + pricing).
 * Usage: node dist/test/bench/guard-child.js plain|guard|evaluate OUTDIR USAGE_FILE
 */
import { App, Aspects } from 'aws-cdk-lib';
import { AsyncUploadPipelineStack } from '../../examples/upload-pipeline/async-stack.js';
import { PaymentsStack } from '../../examples/payments/payments-stack.js';
import { CmsPublishingStack } from '../../examples/cms/cms-stack.js';
import { WebAppStack } from '../../examples/web-app/web-app-stack.js';
import { CostGuard } from '../../lib/cdk/index.js';
import { loadGuardEngine } from '../../lib/cdk/engine-loader.js';

const [mode, outdir, usage] = process.argv.slice(2);
const options = { maxMonthlyUsd: 1_000_000, usage: usage! };
const started = performance.now();
const app = new App({ outdir: outdir!, context: { 'aws:cdk:bundling-stacks': [] } });
const env = { region: 'us-east-1' };
new AsyncUploadPipelineStack(app, 'UploadPipeline', { env });
new PaymentsStack(app, 'Payments', { env });
new CmsPublishingStack(app, 'CmsPublishing', { env });
new WebAppStack(app, 'WebApp', { env });
if (mode === 'guard') Aspects.of(app).add(new CostGuard(options));
app.synth();
const ms = performance.now() - started;
let guardMs: number | undefined;
if (mode === 'evaluate') {
  const t = performance.now();
  const result = loadGuardEngine().evaluate(app, options);
  guardMs = performance.now() - t;
  if (result.estimate.summary.resources === 0) throw new Error('nothing priced');
}
process.stdout.write(JSON.stringify({ ms, guardMs }) + '\n');
