/**
 * The organization scan against the emulator: an organization of five accounts (one closed, two in
 * nested OUs) with resources planted in each account's own regions. Accounts come from
 * Organizations (active only, OU filter), each is entered with one AssumeRole, findings and waste
 * are attributed per account and per team tag, and a role that cannot be assumed is a gap.
 */
import { CreateStackCommand, CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { GetRolePolicyCommand, GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from '../../lib/money.js';
import { bundledSnapshotDir } from '../../lib/package-root.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import type { MiddlewareHost } from '../../lib/scan/aws/command-log.js';
import { CommandLog } from '../../lib/scan/aws/command-log.js';
import { scanIamPolicy } from '../../lib/scan/iam-policy.js';
import { runOrgScan } from '../../lib/scan/organization/run-org-scan.js';
import { scanPricers } from '../../lib/scan/pricers/scan-pricers.js';
import { renderScan } from '../../lib/scan/report/render-scan.js';
import type { Finding, ScanReport } from '../../lib/scan/types.js';
import { clientConfig, setupClients } from '../support/aws-test-clients.js';
import { cli } from '../support/cli.js';
import { startMoto, type MotoServer } from '../support/moto-server.js';
import { buildOrg, type OrgWorld } from '../support/org-world.js';
import { CommandRecorder } from '../support/read-only-guard.js';

const DAY = 86_400_000;
const clock = () => new Date(Date.now() + 40 * DAY);
const REGIONS = ['us-east-1', 'eu-west-1'];

let moto: MotoServer;
let world: OrgWorld;
let report: ScanReport;
const recorder = new CommandRecorder();
const orgLog = new CommandLog();
const accountLogs = new Map<string, CommandLog>();

beforeAll(async () => {
  moto = await startMoto();
  world = await buildOrg(moto.endpoint, [
    {
      name: 'payments',
      ou: 'workloads',
      resources: [
        { kind: 'volume', region: 'us-east-1', team: 'pay', size: 100 },
        { kind: 'volume', region: 'eu-west-1', team: 'data', size: 20 },
      ],
    },
    { name: 'analytics', ou: 'workloads/prod', resources: [{ kind: 'address', region: 'eu-west-1', team: 'data' }] },
    { name: 'sandbox', resources: [{ kind: 'volume', region: 'us-east-1', size: 8 }] },
    { name: 'empty', ou: 'workloads', resources: [] },
    { name: 'closed', closed: true, resources: [{ kind: 'volume', region: 'us-east-1', size: 500 }] },
  ]);
  report = await runOrgScan({
    pricers: scanPricers(),
    accounts: { organization: true },
    roleName: 'CdkCostScanRole',
    regions: REGIONS,
    access: { clientConfig: clientConfig({ endpoint: moto.endpoint }), middleware: [recorder.middleware] },
    concurrency: 4,
    groupByTag: 'team',
    now: clock,
    log: orgLog,
    onAccountCommands: (account, log) => accountLogs.set(account, log),
  });
});

afterAll(async () => {
  await moto?.stop();
});

const of = (name: string) => world.accounts[name]!;
const findingsOf = (r: ScanReport, name: string): Finding[] => r.findings.filter((f) => f.account === of(name));

describe('organization scan (moto: 5 accounts, 2 regions)', () => {
  it('scans the ACTIVE accounts Organizations lists (the closed one is left out, with a note)', () => {
    const ids = report.accounts!.map((a) => a.id).sort();
    // moto's management account is a member of its own organization too.
    expect(ids).toEqual(['123456789012', of('analytics'), of('empty'), of('payments'), of('sandbox')].sort());
    expect(report.notes).toContain('1 account(s) not scanned because they are not ACTIVE (suspended or closing)');
    expect(report.accounts!.every((a) => a.status === 'scanned' && a.regions.join() === [...REGIONS].sort().join())).toBe(true);
    expect(report.gaps).toEqual([]);
    expect(report.schemaVersion).toBe('1.1');
  });

  it('finds exactly what each account holds, in its own account and region', () => {
    const seen = (name: string) =>
      findingsOf(report, name)
        .map((f) => `${f.rules[0]} ${f.resource.region} ${f.resource.tags.team ?? '-'}`)
        .sort();
    expect(seen('payments')).toEqual(['orphan-ebs-volume eu-west-1 data', 'orphan-ebs-volume us-east-1 pay']);
    expect(seen('analytics')).toEqual(['orphan-elastic-ip eu-west-1 data']);
    expect(seen('sandbox')).toEqual(['orphan-ebs-volume us-east-1 -']);
    expect(seen('empty')).toEqual([]);
    expect(report.findings.filter((f) => f.account === of('closed'))).toEqual([]);
    expect(report.findings).toHaveLength(4);
  });

  it('prices each finding from the snapshot and sums waste per account, per team and overall', async () => {
    const book = new SnapshotPriceBook(bundledSnapshotDir());
    const needs = report.findings.flatMap((f) =>
      f.cost.components.map((c) => ({ serviceCode: c.price!.serviceCode, region: c.price!.region })),
    );
    await book.prepare(needs);
    for (const f of report.findings) {
      expect(f.cost.status).toBe('priced');
      const expected = f.cost.components.reduce((s, c) => {
        const unit = book.lookup(c.price!.serviceCode, c.price!.region, c.price!.key)!;
        expect(unit.tiers).toHaveLength(1);
        return s.plus(unit.tiers[0]!.unitPrice.times(c.quantity ?? 0));
      }, new Decimal(0));
      expect(new Decimal(f.cost.monthly!).toFixed(6)).toBe(expected.toFixed(6));
    }
    // The 100 GiB volume: storage quantity is its size.
    const big = findingsOf(report, 'payments').find((f) => f.resource.region === 'us-east-1')!;
    expect(big.cost.components[0]!.quantity).toBe('100');
    const sum = (fs: Finding[]) => fs.reduce((s, f) => s.plus(f.cost.monthly!), new Decimal(0)).toFixed();
    for (const a of report.accounts!) expect(a.monthlyWaste).toBe(sum(report.findings.filter((f) => f.account === a.id)));
    expect(report.totals.monthlyWaste).toBe(sum(report.findings));
    const team = (v: string | null) => report.groups!.groups.find((g) => g.value === v)!;
    expect(report.groups!.groups.map((g) => g.value)).toEqual(['pay', 'data', null]);
    expect(team('data').monthlyWaste).toBe(sum(report.findings.filter((f) => f.resource.tags.team === 'data')));
    expect(team('data').accounts).toEqual([of('analytics'), of('payments')].sort());
    expect(team(null).accounts).toEqual([of('sandbox')]);
    // Accounts largest waste first.
    expect(report.accounts![0]!.id).toBe(of('payments'));
  });

  it('assumes the role once per account and sends only reads with it', () => {
    const assumes = orgLog.records.filter((r) => r.command === 'AssumeRole');
    expect(assumes).toHaveLength(5);
    expect(orgLog.records.filter((r) => r.service === 'Organizations').map((r) => r.command)).toEqual(['ListAccounts']);
    expect(recorder.writes().filter((w) => w !== 'STSClient.AssumeRole')).toEqual([]);
    for (const [account, log] of accountLogs) {
      expect(log.records.length, account).toBeGreaterThan(10);
      expect(log.records.every((r) => /^(Describe|List|Get|BatchGet)/.test(r.command))).toBe(true);
    }
    const perAccount = report.accounts!.reduce((s, a) => s + a.apiCalls, 0);
    expect(report.apiCalls.total).toBe(perAccount + orgLog.records.length);
  });

  it('with --ou, scans only the accounts under that OU and its child OUs', async () => {
    const r = await runOrgScan({
      pricers: scanPricers(),
      accounts: { organization: true, ous: [world.ous.workloads!] },
      roleName: 'CdkCostScanRole',
      regions: ['eu-west-1'],
      access: { clientConfig: clientConfig({ endpoint: moto.endpoint }) },
      now: clock,
    });
    expect(r.accounts!.map((a) => a.id).sort()).toEqual([of('analytics'), of('empty'), of('payments')].sort());
    expect(r.findings.map((f) => f.account).sort()).toEqual([of('analytics'), of('payments')].sort());
  });

  it('a role that cannot be assumed is a coverage gap of that account; the others are scanned', async () => {
    const deny = (client: MiddlewareHost) => {
      client.middlewareStack.add(
        (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: { input?: { RoleArn?: string } }) => {
          if (context.commandName === 'AssumeRoleCommand' && args.input?.RoleArn?.includes(of('analytics'))) {
            throw Object.assign(new Error(`User is not authorized to perform: sts:AssumeRole on ${args.input.RoleArn}`), {
              name: 'AccessDenied',
              $metadata: { httpStatusCode: 403 },
              $fault: 'client',
            });
          }
          return next(args);
        },
        { step: 'initialize', name: 'denyAssumeRole' },
      );
    };
    const r = await runOrgScan({
      pricers: scanPricers(),
      accounts: { ids: [of('payments'), of('analytics')] },
      roleName: 'CdkCostScanRole',
      externalId: 'shared-secret',
      regions: REGIONS,
      access: { clientConfig: clientConfig({ endpoint: moto.endpoint }), middleware: [deny as never] },
      now: clock,
    });
    const analytics = r.accounts!.find((a) => a.id === of('analytics'))!;
    expect(analytics.status).toBe('not-scanned');
    expect(analytics.reason).toMatch(/^role arn:aws:iam::\d{12}:role\/CdkCostScanRole could not be assumed \(AccessDenied: /);
    expect(r.gaps).toEqual([
      expect.objectContaining({ account: of('analytics'), service: 'sts', operation: 'AssumeRole', code: 'AccessDenied' }),
    ]);
    expect(r.findings.map((f) => f.account)).toEqual([of('payments'), of('payments')]);
    const text = renderScan(r, 'table');
    expect(text).toMatch(/^Incomplete scan: 1 of 2 account\(s\) could not be scanned/);
  });

  it('renders waste per account and per team (markdown, table) and the JSON carries accounts and groups', () => {
    const md = renderScan(report, 'markdown');
    expect(md).toContain('### Waste per account (5)');
    expect(md).toContain('### Waste per team (tag "team" on the resource)');
    const usd = (v: string) => `$${new Decimal(v).toFixed(2)}`;
    const payments = report.accounts!.find((a) => a.id === of('payments'))!;
    expect(md).toContain(`| ${of('payments')} (payments) | ${usd(payments.monthlyWaste)} | 2 | 2 | scanned |`);
    expect(md).toContain(`| (untagged) |`);
    expect(renderScan(report, 'table')).toContain('Waste per account (5):');
    const json = JSON.parse(renderScan(report, 'json')) as ScanReport;
    expect(json.accounts).toHaveLength(5);
    expect(json.findings.every((f) => typeof f.account === 'string')).toBe(true);
  });

  it('the CLI: --accounts with --group-by-tag, and --print-role-template deploys as a working role', async () => {
    process.env.AWS_ENDPOINT_URL = moto.endpoint;
    process.env.AWS_ACCESS_KEY_ID = 'testing';
    process.env.AWS_SECRET_ACCESS_KEY = 'testing';
    try {
      const r = await cli(
        'scan',
        '--accounts',
        `${of('payments')},${of('sandbox')}`,
        '--region',
        'us-east-1',
        '--group-by-tag',
        'team',
        '-f',
        'json',
      );
      expect(r.stderr).toBe('');
      const json = JSON.parse(r.stdout) as ScanReport;
      expect(json.accounts!.map((a) => a.id).sort()).toEqual([of('payments'), of('sandbox')].sort());
      expect(json.groups!.groups.map((g) => g.value)).toEqual(['pay', null]);
      const bad = await cli('scan', '--accounts', '12345', '--region', 'us-east-1');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/--accounts 12345: not a 12-digit AWS account id/);
      const t = await cli('scan', '--print-role-template', '--role-name', 'OrgScan', '--scanning-account', '123456789012');
      const template = JSON.parse(t.stdout) as {
        Resources: { ScanRole: { Properties: { Policies: Array<{ PolicyDocument: unknown }> } } };
      };
      expect(template.Resources.ScanRole.Properties.Policies[0]!.PolicyDocument).toEqual(scanIamPolicy());
      // Deployed into a member account by CloudFormation (as a StackSet instance would be): the role exists with the policy.
      const member = setupClients({ endpoint: moto.endpoint });
      await member(CloudFormationClient).send(new CreateStackCommand({ StackName: 'cdk-cost-scan-role', TemplateBody: t.stdout }));
      const role = await member(IAMClient).send(new GetRoleCommand({ RoleName: 'OrgScan' }));
      expect(decodeURIComponent(role.Role!.AssumeRolePolicyDocument!)).toContain('arn:aws:iam::123456789012:root');
      const policy = await member(IAMClient).send(new GetRolePolicyCommand({ RoleName: 'OrgScan', PolicyName: 'CdkCostScanReadOnly' }));
      // moto returns the inline policy of a CloudFormation-made role as a Python dict literal: read it as JSON.
      expect(JSON.parse(decodeURIComponent(policy.PolicyDocument!).replace(/'/g, '"'))).toEqual(scanIamPolicy());
    } finally {
      delete process.env.AWS_ENDPOINT_URL;
      delete process.env.AWS_ACCESS_KEY_ID;
      delete process.env.AWS_SECRET_ACCESS_KEY;
    }
  });
});
