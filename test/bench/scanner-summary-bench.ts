/**
 * Issue 18 figure: the WasteScanner's summary step at 1,000 accounts × 3 regions, i.e. 3,000 item reports in
 * the bucket, against the emulator (moto server, as the tests start it; it seeds 3,000 objects in seconds, so no
 * S3 fake is needed). Each report is a small ScanReport (the totals and gaps the summary reads, no findings).
 * Measured: wall time and S3 calls of summary mode reading one report at a time and SUMMARY_READ_CONCURRENCY
 * at once, and that both give the same summary. moto answers a GET in a few milliseconds of its own CPU, where
 * S3 takes tens of milliseconds of latency: the runs are repeated with LATENCY_MS added before each request
 * (a middleware's wait), which is what the concurrency is for.
 * Run: npm run bench -- scanner-summary
 */
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Decimal } from '../../lib/money.js';
import type { MiddlewareHost } from '../../lib/scan/aws/command-log.js';
import {
  handle,
  reportKey,
  SUMMARY_READ_CONCURRENCY,
  type ScannerConfig,
  type ScannerSummary,
} from '../../lib/scan/organization/lambda-handler.js';
import { clientConfig, setupClients } from '../support/aws-test-clients.js';
import { startMoto } from '../support/moto-server.js';
import type { Benchmark } from './registry.js';

const ACCOUNTS = 1000;
const REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1'];
const RUN = 'bench-summary';
/** Added per request in the second pair of runs: S3's typical time to first byte for a small object. */
const LATENCY_MS = 20;

async function summary3000(): Promise<void> {
  const moto = await startMoto();
  try {
    const client = setupClients({ endpoint: moto.endpoint });
    const config: ScannerConfig = { bucket: 'bench-scanner-reports', roleName: 'CdkCostScanRole', regions: REGIONS };
    await client(S3Client).send(new CreateBucketCommand({ Bucket: config.bucket }));
    const items = Array.from({ length: ACCOUNTS }, (_, a) => String(100_000_000_000 + a)).flatMap((account) =>
      REGIONS.map((region) => ({ account, region })),
    );
    let expected = new Decimal(0);
    const seeded = performance.now();
    for (let i = 0; i < items.length; i += 50) {
      await Promise.all(
        items.slice(i, i + 50).map((item, j) => {
          // Cents that vary by item, so that a lost or doubled report changes the total.
          const waste = new Decimal((i + j) % 997).div(100);
          expected = expected.plus(waste);
          const report = { totals: { findings: (i + j) % 3, monthlyWaste: waste.toFixed() }, gaps: [], findings: [] };
          return client(S3Client).send(
            new PutObjectCommand({ Bucket: config.bucket, Key: reportKey(RUN, item), Body: JSON.stringify(report) }),
          );
        }),
      );
    }
    console.log(
      `  seeded ${items.length.toLocaleString('en-US')} reports (${ACCOUNTS} accounts × ${REGIONS.length} regions) in ${sec(seeded)}`,
    );
    const summaries: ScannerSummary[] = [];
    const runs = [0, LATENCY_MS].flatMap((latency) => [1, SUMMARY_READ_CONCURRENCY].map((concurrency) => ({ latency, concurrency })));
    for (const { latency, concurrency } of runs) {
      const calls = new Map<string, number>();
      const count = (c: MiddlewareHost) =>
        c.middlewareStack.add(
          (next: (a: unknown) => Promise<unknown>, ctx: { commandName?: string }) => async (args: unknown) => {
            calls.set(ctx.commandName ?? '?', (calls.get(ctx.commandName ?? '?') ?? 0) + 1);
            if (latency) await new Promise((resolve) => setTimeout(resolve, latency));
            return next(args);
          },
          { step: 'initialize', name: 'benchCount' },
        );
      const started = performance.now();
      const summary = (await handle({ mode: 'summary', runId: RUN }, config, {
        access: { clientConfig: clientConfig({ endpoint: moto.endpoint }), middleware: [count] },
        summaryConcurrency: concurrency,
      })) as ScannerSummary;
      const wall = sec(started);
      summaries.push(summary);
      const s3Calls = [...calls].map(([name, n]) => `${n} ${name.replace(/Command$/, '')}`).join(', ');
      const ok = summary.totals.items === items.length && summary.totals.monthlyWaste === expected.toFixed();
      const check = ok ? '(= seeded total)' : `(EXPECTED $${expected})`;
      console.log(
        `  summary, ${String(concurrency).padStart(2)} read(s) at once, +${latency} ms per request: ${wall}, S3 calls: ${s3Calls}; ` +
          `${summary.accounts.length} accounts, $${summary.totals.monthlyWaste}/month ${check}`,
      );
    }
    const same = summaries.every((s) => JSON.stringify(s) === JSON.stringify(summaries[0]));
    console.log(`  same summary every way: ${same ? 'yes' : 'NO'} (target: yes; Lambda's limit is 15 minutes per step)`);
  } finally {
    await moto.stop();
  }
}

function sec(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

export const scannerSummaryBenchmarks: Benchmark[] = [
  {
    name: 'scanner-summary',
    description: "WasteScanner summary step over 3,000 item reports (1,000 accounts × 3 regions) in the emulator's S3",
    run: summary3000,
  },
];
