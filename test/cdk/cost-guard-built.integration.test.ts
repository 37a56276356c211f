/**
 * CostGuard from the built package (dist/), used the way apps use it: an ES module app and a
 * CommonJS app import 'cdk-cost/cdk' and run as `cdk synth` runs them, as child processes that each
 * load aws-cdk-lib — which is why this is an integration test (the full `npm test`, not the unit
 * loop). Over budget synthesis fails naming the total; under it the warning is in the assembly. The
 * total is computed from the bundled snapshot's unit prices (cost-guard.test.ts has the in-process cases).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal, formatUsd } from '../../lib/money.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { runProcess } from '../support/child-process.js';
import { BUNDLED_SNAPSHOT, FIXTURES_DIR, REPO_ROOT } from '../support/paths.js';

const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
const unit = (service: string, key: string) => book.lookup(service, 'us-east-1', key)!.tiers[0]!.unitPrice;
const d = (v: number | string) => new Decimal(v);

// One NAT gateway processing 100 GB with its Elastic IP, and a one-node r6g.large search domain with 20 GB gp3.
const expectedTotal = d(730)
  .times(unit('AmazonEC2', 'Hourly charge for NAT Gateways'))
  .plus(d(100).times(unit('AmazonEC2', 'Charge for per GB data processed by NatGateways')))
  .plus(d(730).times(unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs')))
  .plus(d(730).times(unit('AmazonES', 'ESInstance:r6g.large.search')))
  .plus(d(20).times(unit('AmazonES', 'OpenSearch Service EBS gp3 storage')));

describe("the built package in a CDK app ('cdk-cost/cdk' from dist/)", () => {
  const built = join(REPO_ROOT, 'dist', 'lib', 'cdk', 'cost-guard.js');

  it.each(['app.mjs', 'app.cjs'])('%s: fails over budget, passes under it with the warning in the assembly', async (file) => {
    expect(existsSync(built), 'dist/ is built by `npm ci` / `npx tsc -p .`').toBe(true);
    const run = async (budget: number) => {
      const out = mkdtempSync(join(tmpdir(), 'cdk-cost-guard-app-'));
      const result = await runProcess(process.execPath, [join(FIXTURES_DIR, 'apps', 'cost-guard', file)], {
        cwd: REPO_ROOT,
        env: { ...process.env, CDK_OUTDIR: out, CDK_CONTEXT_JSON: JSON.stringify({ maxMonthlyUsd: budget }) },
        timeoutMs: 120_000,
      });
      return { ...result, status: result.code, out };
    };
    // Both budgets at once: each run is a Node process loading aws-cdk-lib, and there are two cores.
    const [over, under] = await Promise.all([run(100), run(1000)]);
    expect(over.status).not.toBe(0);
    expect(over.stderr).toContain(
      `the estimated monthly cost of the app, ${formatUsd(expectedTotal)}, is over the budget of $100.00 (maxMonthlyUsd)`,
    );
    expect(under.stderr).toBe('');
    expect(under.status).toBe(0);
    const metadata = JSON.parse(readFileSync(join(under.out, 'Guarded.metadata.json'), 'utf8')) as Record<
      string,
      Array<{ type: string; data: unknown }>
    >;
    const warning = metadata['/Guarded']!.find((m) => m.type === 'aws:cdk:warning' && String(m.data).startsWith('cdk-cost:'));
    expect(String(warning?.data)).toContain(`the app ≈ ${formatUsd(expectedTotal)}/month`);
  });
});
