/**
 * CostGuard inside `app.synth()`: over budget, synthesis fails with an error annotation naming the
 * budget and the total; under budget it passes with a warning carrying the estimate. The total is
 * computed here from the bundled snapshot's unit prices, and equals what `cdk-cost estimate` says
 * of the synthesized assembly. The built package in apps that run as
 * `cdk synth` runs them (child processes) is cost-guard-built.integration.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, Aspects, Stack } from 'aws-cdk-lib';
import { testApp } from '../support/test-app.js';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { CostGuard, type CostGuardProps } from '../../lib/cdk/cost-guard.js';
// Registers the pricing engine (the built package loads it with require(esm) on first use).
import '../../lib/cdk/guard-engine.js';
import { Decimal, formatUsd } from '../../lib/money.js';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { BUNDLED_SNAPSHOT } from '../support/paths.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

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
const USAGE = { resources: { 'Guarded/Vpc': { monthlyDataProcessedGB: 100 } } };

function guardedApp(props: CostGuardProps, outdir = mkdtempSync(join(tmpdir(), 'cdk-cost-guard-'))): { app: App; stack: Stack } {
  const app = testApp({ outdir });
  const stack = new Stack(app, 'Guarded', { env: { region: 'us-east-1' } });
  new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 1 });
  new opensearch.Domain(stack, 'Search', {
    version: opensearch.EngineVersion.OPENSEARCH_2_11,
    capacity: { dataNodes: 1, dataNodeInstanceType: 'r6g.large.search', multiAzWithStandbyEnabled: false },
    ebs: { volumeSize: 20, volumeType: ec2.EbsDeviceVolumeType.GP3 },
  });
  Aspects.of(app).add(new CostGuard(props));
  return { app, stack };
}

function annotations(stack: Stack, type: 'aws:cdk:error' | 'aws:cdk:warning'): string[] {
  return stack.node.metadata.filter((m) => m.type === type).map((m) => String(m.data));
}

function messages(assembly: CloudAssembly, stack: string, level: 'error' | 'warning'): string[] {
  return assembly
    .getStackByName(stack)
    .messages.filter((m) => m.level === level)
    .map((m) => String(m.entry.data));
}

describe('CostGuard', () => {
  it('over budget: app.synth() fails with an error annotation naming the budget and the total', () => {
    const { app, stack } = guardedApp({ maxMonthlyUsd: 100, usage: USAGE });
    const total = formatUsd(expectedTotal);
    expect(() => app.synth()).toThrow(`the estimated monthly cost of the app, ${total}, is over the budget of $100.00 (maxMonthlyUsd)`);
    const errors = annotations(stack, 'aws:cdk:error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${total}, is over the budget of $100.00 (maxMonthlyUsd)`);
    expect(errors[0]).toMatch(/Largest: Guarded\/Search \$[\d,.]+, Guarded\/Vpc\/PublicSubnet1 \$[\d,.]+\./);
  });

  it('under budget: synthesis passes with a warning annotation carrying the estimate', () => {
    const { app } = guardedApp({ maxMonthlyUsd: 1000, usage: USAGE });
    const assembly = app.synth();
    const share = expectedTotal.div(1000).times(100).toDecimalPlaces(0).toFixed();
    const warnings = messages(assembly, 'Guarded', 'warning').filter((m) => m.startsWith('cdk-cost:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      `this stack ≈ ${formatUsd(expectedTotal)}/month; the app ≈ ${formatUsd(expectedTotal)}/month (${share}% of the $1,000.00 budget)`,
    );
    expect(warnings[0]).toContain('usage: CostGuard({ usage })');
    expect(messages(assembly, 'Guarded', 'error')).toEqual([]);
  });

  it('failSynth: false — synthesis completes, and the error annotation in the assembly stops `cdk synth`/`cdk deploy`', () => {
    const { app } = guardedApp({ maxMonthlyUsd: 100, usage: USAGE, failSynth: false });
    const assembly = app.synth();
    const errors = messages(assembly, 'Guarded', 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${formatUsd(expectedTotal)}, is over the budget of $100.00`);
  });

  it('prices what `cdk-cost estimate` prices: the same total for the synthesized assembly and the same usage file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-guard-'));
    const usageFile = join(dir, 'usage.yml');
    writeFileSync(
      usageFile,
      'version: 1\nresources:\n  Guarded/Vpc: { monthlyDataProcessedGB: 100 }\nbudgets:\n  Guarded:\n    maxMonthlyUsd: 50\n',
    );
    const { app, stack } = guardedApp({ usage: usageFile, failSynth: false }, join(dir, 'cdk.out'));
    const assembly = app.synth();
    const { estimate } = await runEstimate({ pricers: new PricerRegistry(), source: assembly.directory, usageFile });
    expect(d(estimate.totals.monthly).equals(expectedTotal)).toBe(true);
    // The usage file's budgets apply in the guard too, with the file:line of the limit.
    expect(annotations(stack, 'aws:cdk:error')).toEqual([
      expect.stringContaining(`budget exceeded: Guarded ${formatUsd(expectedTotal)}/month is over the limit of $50.00 (${usageFile}:6)`),
    ]);
  });

  it('added to one stack, it prices that stack only', () => {
    const app = testApp();
    const priced = new Stack(app, 'Priced', { env: { region: 'us-east-1' } });
    new ec2.Vpc(priced, 'Vpc', { maxAzs: 1, natGateways: 1 });
    const other = new Stack(app, 'Other', { env: { region: 'us-east-1' } });
    new ec2.Vpc(other, 'Vpc', { maxAzs: 1, natGateways: 1 });
    new sqs.Queue(other, 'Queue');
    Aspects.of(priced).add(new CostGuard({ maxMonthlyUsd: 1000 }));
    const assembly = app.synth();
    const natAndIp = d(730)
      .times(unit('AmazonEC2', 'Hourly charge for NAT Gateways'))
      .plus(d(730).times(unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs')));
    expect(messages(assembly, 'Priced', 'warning').find((m) => m.startsWith('cdk-cost:'))).toContain(
      `Priced ≈ ${formatUsd(natAndIp)}/month`,
    );
    expect(messages(assembly, 'Priced', 'warning').find((m) => m.startsWith('cdk-cost:'))).toContain(
      'Resources 1 with usage not given (those parts priced at $0).',
    );
    expect(messages(assembly, 'Other', 'warning').filter((m) => m.startsWith('cdk-cost:'))).toEqual([]);
  });

  it('a mistake in the usage stops synthesis with the key and a suggestion', () => {
    const { app, stack } = guardedApp({ maxMonthlyUsd: 1000, usage: { resources: { 'Guarded/Vpc': { monthlyDataProcesedGB: 100 } } } });
    expect(() => app.synth()).toThrow(
      new RegExp(
        String.raw`cdk-cost CostGuard: Usage file problems:[\s\S]*"Guarded\/Vpc" → unknown key "monthlyDataProcesedGB"\. ` +
          String.raw`Did you mean "monthlyDataProcessedGB"\?`,
      ),
    );
    expect(annotations(stack, 'aws:cdk:error')[0]).toContain('unknown key "monthlyDataProcesedGB"');
  });

  it('rejects a budget that is not an amount', () => {
    expect(() => new CostGuard({ maxMonthlyUsd: Number.NaN })).toThrow('maxMonthlyUsd must be a number of USD ≥ 0, got NaN');
  });
});
