/**
 * `cdk-cost scan` against a real AWS emulator (moto server): this repo's example stacks deployed
 * with CloudFormation and drifted (see test/support/scan-world.ts). The scan must find exactly the
 * planted orphans and idle resources, price them with the estimate's pricers, send only read
 * commands, and batch CloudWatch queries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../lib/scan/engine/run-scan.js';
import { CommandLog } from '../../lib/scan/aws/command-log.js';
import type { ScanReport } from '../../lib/scan/types.js';
import { clientConfig } from '../support/aws-test-clients.js';
import { cli } from '../support/cli.js';
import { startMoto, type MotoServer } from '../support/moto-server.js';
import { CommandRecorder } from '../support/read-only-guard.js';
import { buildScanWorld, type ExpectedFinding, type ScanWorld } from '../support/scan-world.js';
import { scanPricers } from '../../lib/scan/pricers/scan-pricers.js';

let moto: MotoServer;
let world: ScanWorld;
let report: ScanReport;
const recorder = new CommandRecorder();
const log = new CommandLog();

function matches(f: ScanReport['findings'][number], e: ExpectedFinding): boolean {
  return f.rules[0] === e.rule && (typeof e.name === 'string' ? f.resource.name === e.name : e.name.test(f.resource.name));
}

beforeAll(async () => {
  moto = await startMoto();
  world = await buildScanWorld({ endpoint: moto.endpoint }).catch((error: Error) => {
    throw new Error(`${error.message}\n--- moto (last lines) ---\n${moto.logs().split('\n').slice(-30).join('\n')}`, { cause: error });
  });
  report = await runScan({
    pricers: scanPricers(),
    regions: ['us-east-1'],
    access: { clientConfig: clientConfig({ endpoint: moto.endpoint }), middleware: [recorder.middleware] },
    now: () => world.clock,
    log,
  });
});

afterAll(async () => {
  await moto?.stop();
});

describe('scan of the drifted example account', () => {
  it('finds exactly the planted orphaned and idle resources, and nothing in use', () => {
    const unexpected = report.findings.filter((f) => !world.expected.some((e) => matches(f, e)));
    const missing = world.expected.filter((e) => !report.findings.some((f) => matches(f, e)));
    expect(report.gaps).toEqual([]);
    expect(unexpected.map((f) => `${f.rules.join('+')} ${f.resource.type} ${f.resource.name}`)).toEqual([]);
    expect(missing).toEqual([]);
    expect(report.findings).toHaveLength(world.expected.length);
    for (const e of world.expected) {
      const f = report.findings.find((x) => matches(x, e))!;
      expect(f.rules, f.resource.name).toEqual([e.rule, ...(e.alsoRules ?? [])]);
      if (e.stack) expect(f.stack, f.resource.name).toBe(e.stack);
    }
    expect(report.gaps).toEqual([]);
    expect(report.skippedRegions).toEqual([]);
  });

  it('gives each finding its evidence, action and kind', () => {
    for (const f of report.findings) {
      expect(f.evidence.length, f.resource.name).toBeGreaterThan(0);
      expect(f.action.length).toBeGreaterThan(10);
      expect(f.kind).toBe(f.rules[0]!.startsWith('idle-') ? 'idle' : 'orphaned');
    }
    const nat = report.findings.find((f) => f.rules[0] === 'orphan-stack-tag')!;
    expect(nat.evidence.map((e) => e.text).join('\n')).toMatch(/WebApp no longer contains logical id NetworkPublicSubnet2NATGateway/);
    // (moto keeps the old route on a stack update, so "no route table" is covered by the rule's unit test)
    expect(nat.evidence.some((e) => e.metric?.metric === 'ActiveConnectionCount')).toBe(true);
    const ec2 = report.findings.find((f) => f.rules[0] === 'idle-ec2-instance')!;
    const cpu = ec2.evidence.find((e) => e.metric?.metric === 'CPUUtilization')!;
    expect(cpu.metric!.datapoints).toHaveLength(13);
    expect(cpu.metric!.datapoints.every(([, v]) => v === 2)).toBe(true);
  });

  it('prices findings with the estimate pricers and sorts them by waste', () => {
    const priced = report.findings.filter((f) => f.cost.status === 'priced');
    expect(priced.length).toBeGreaterThan(10);
    const amounts = report.findings.map((f) => (f.cost.monthly === null ? -1 : Number(f.cost.monthly)));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    // A NAT gateway's waste is its hours and its public IPv4 address, priced from the snapshot like
    // `estimate` prices them.
    const nat = report.findings.find((f) => f.rules[0] === 'idle-nat-gateway')!;
    const hours = nat.cost.components.find((c) => c.name === 'NAT gateway hours')!;
    expect(hours.quantity).toBe('730');
    expect(hours.price?.serviceCode).toBe('AmazonEC2');
    const ipv4 = nat.cost.components.find((c) => c.price?.serviceCode === 'AmazonVPC')!;
    expect(ipv4.quantity).toBe('730');
    expect(Number(nat.cost.monthly)).toBeCloseTo(730 * Number(hours.unitPrice) + 730 * Number(ipv4.unitPrice), 6);
    // Provisioned capacity of an idle table is waste; the price comes from the DynamoDB pricer.
    const table = report.findings.find((f) => f.resource.name === 'legacy-sessions')!;
    expect(table.cost.components.map((c) => c.name)).toContain('Provisioned read capacity');
    expect(Number(table.cost.monthly)).toBeGreaterThan(0);
    // Snapshot storage: the scan's own pricer, through the same engine and PriceBook.
    const snapshot = report.findings.find((f) => f.rules[0] === 'orphan-ebs-snapshot')!;
    expect(snapshot.cost.components[0]!.price?.key).toBe('Storage Snapshot Amazon S3 GB Mo');
    expect(snapshot.cost.components[0]!.quantity).toBe('50');
    // A stopped instance wastes its volumes' cost, not instance hours.
    const stopped = report.findings.find((f) => f.rules[0] === 'idle-stopped-instance')!;
    expect(stopped.cost.components.every((c) => c.price?.serviceCode !== 'AmazonEC2' || !/BoxUsage/.test(c.price.key))).toBe(true);
    const total = priced.reduce((s, f) => s + Number(f.cost.monthly), 0);
    expect(Number(report.totals.monthlyWaste)).toBeCloseTo(total, 6);
    for (const f of report.findings.filter((x) => x.cost.status === 'not-priced')) expect(f.cost.reason).toBeTruthy();
  });

  it('sends only Describe*/List*/Get*/BatchGet* commands (read-only, recorded by middleware)', () => {
    expect(recorder.commands.length).toBeGreaterThan(20);
    expect(recorder.writes()).toEqual([]);
    expect(recorder.commands.length).toBe(report.apiCalls.total);
  });

  it('fetches all metrics of the region in ceil(queries / 500) GetMetricData calls', () => {
    const calls = recorder.commands.filter((c) => c.command === 'GetMetricData').length;
    expect(report.apiCalls.metricQueries).toBeGreaterThan(20);
    expect(calls).toBe(Math.ceil(report.apiCalls.metricQueries / 500));
    expect(report.apiCalls.cloudWatchGetMetricData).toBe(calls);
  });

  it('scoped to the app (SOURCE), finds only what belongs to its stacks', async () => {
    const scoped = await runScan({
      pricers: scanPricers(),
      source: world.assemblyDir,
      regions: ['us-east-1'],
      access: { clientConfig: clientConfig({ endpoint: moto.endpoint }) },
      now: () => world.clock,
    });
    const expected = world.expected.filter((e) => e.stack);
    const manifest = JSON.parse(readFileSync(join(world.assemblyDir, 'manifest.json'), 'utf8')) as {
      artifacts: Record<string, { type: string }>;
    };
    const appStacks = Object.entries(manifest.artifacts)
      .filter(([, a]) => a.type === 'aws:cloudformation:stack')
      .map(([id]) => id)
      .sort();
    expect(scoped.scope.stacks).toEqual(appStacks);
    expect(appStacks).toEqual(expect.arrayContaining(['CmsPublishing', 'Payments', 'UploadPipeline', 'WebApp']));
    expect(
      scoped.findings.filter((f) => !expected.some((e) => matches(f, e))).map((f) => `${f.rules.join('+')} ${f.resource.name} ${f.stack}`),
    ).toEqual([]);
    expect(scoped.findings).toHaveLength(expected.length);
    for (const e of expected)
      expect(
        scoped.findings.some((f) => matches(f, e)),
        String(e.name),
      ).toBe(true);
  });

  it('runs from the CLI with AWS_ENDPOINT_URL, and --fail-if-waste-over exits 2', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
    });
    try {
      // The CLI reads the real clock: the planted resources are minutes old, so resources whose
      // creation time the API gives are too new to judge idle — orphans are found regardless of age.
      const json = await cli('scan', '--format', 'json');
      expect(json.code, json.stderr).toBe(0);
      const parsed = JSON.parse(json.stdout) as ScanReport;
      expect(parsed.findings.some((f) => f.rules[0] === 'orphan-ebs-volume')).toBe(true);
      const idle = parsed.findings.filter((f) => f.kind === 'idle').map((f) => f.resource.name);
      for (const young of ['reporting-db', 'legacy-sessions', 'clickstream-v1', 'sessions-cache']) expect(idle).not.toContain(young);
      const over = await cli('scan', '--fail-if-waste-over', '1');
      expect(over.code).toBe(2);
      expect(over.stdout).toMatch(/Monthly waste: \$/);
      expect(over.stderr).toMatch(/over --fail-if-waste-over \$1\.00/);
      const under = await cli('scan', '--fail-if-waste-over', '100000', '--format', 'markdown');
      expect(under.code).toBe(0);
      expect(under.stdout).toMatch(/^## cdk-cost scan/);
    } finally {
      process.env = saved;
    }
  });
});
