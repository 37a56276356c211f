/**
 * `diff` on two real Cloud Assemblies of one app (test/fixtures/apps/cost-review, base/ and head/):
 * head adds two NAT gateways, moves the search domain from r6g.large to r6g.xlarge, removes the
 * archive table, and moves the orders table under a new construct (same logical id). Every expected
 * delta is computed here from the bundled snapshot's unit prices.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Decimal } from '../../lib/money.js';
import { runDiff } from '../../lib/diff/run-diff.js';
import type { CostDiff, ResourceChange } from '../../lib/diff/diff-types.js';
import { runEstimate } from '../../lib/estimate/run-estimate.js';
import { SnapshotPriceBook } from '../../lib/pricing/snapshot/snapshot-price-book.js';
import { headline } from '../../lib/report/diff/diff-view.js';
import { fixtureAssembly } from '../support/example-assembly.js';
import { BUNDLED_SNAPSHOT, FIXTURES_DIR } from '../support/paths.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

const APP = join(FIXTURES_DIR, 'apps', 'cost-review');
const USAGE = join(APP, 'usage.yml');
const book = new SnapshotPriceBook(BUNDLED_SNAPSHOT);
const d = (v: string | number) => new Decimal(v);
function unit(service: string, key: string): Decimal {
  const price = book.lookup(service, 'us-east-1', key);
  if (price?.tiers.length !== 1) throw new Error(`test needs a flat ${service} "${key}" in us-east-1`);
  return price.tiers[0]!.unitPrice;
}

// What each change costs a month, from the snapshot.
const natGateway = d(730)
  .times(unit('AmazonEC2', 'Hourly charge for NAT Gateways'))
  .plus(d(10).times(unit('AmazonEC2', 'Charge for per GB data processed by NatGateways')));
const eip = d(730).times(unit('AmazonVPC', 'Hourly charge for In use Public IPv4 Addresses per Hrs'));
const domainChange = d(2)
  .times(730)
  .times(unit('AmazonES', 'ESInstance:r6g.xlarge.search').minus(unit('AmazonES', 'ESInstance:r6g.large.search')));
const archive = d(5)
  .times(730)
  .times(unit('AmazonDynamoDB', 'Provisioned Read Units'))
  .plus(d(5).times(730).times(unit('AmazonDynamoDB', 'Provisioned Write Units')))
  .plus(d(50).times(unit('AmazonDynamoDB', 'Data Storage Indexed GB-Mo')));

let baseOut: string;
let headOut: string;
let diff: CostDiff;
beforeAll(async () => {
  // Cached across runs while the app is unchanged (test/support/example-assembly.ts).
  [baseOut, headOut] = await Promise.all([fixtureAssembly('cost-review/base'), fixtureAssembly('cost-review/head')]);
  diff = await runDiff({ pricers: new PricerRegistry(), base: baseOut, head: headOut, usageFile: USAGE });
});

const byPath = (path: string): ResourceChange => {
  const r = diff.resources.find((x) => x.path === path);
  expect(r, `change for ${path}`).toBeDefined();
  return r!;
};

describe('diff of two synthesized assemblies', () => {
  it('reports the two NAT gateways and their Elastic IPs as added, at their exact monthly cost', () => {
    for (const n of [1, 2]) {
      const nat = byPath(`Network/Vpc/publicSubnet${n}/NATGateway`);
      expect(nat.change).toBe('added');
      expect(d(nat.delta).equals(natGateway)).toBe(true);
      expect(nat.percent).toBeNull();
      expect(nat.components.map((c) => [c.change, c.name])).toEqual([
        ['added', 'NAT gateway hours'],
        ['added', 'Data processed'],
      ]);
      const ip = byPath(`Network/Vpc/publicSubnet${n}/EIP`);
      expect(ip.change).toBe('added');
      expect(d(ip.delta).equals(eip)).toBe(true);
    }
  });

  it('reports the instance class change as a changed component with both price keys', () => {
    const domain = byPath('Search/Domain/Resource');
    expect(domain.change).toBe('changed');
    expect(domain.causes).toEqual(['configuration']);
    expect(d(domain.delta).equals(domainChange)).toBe(true);
    expect(domain.components).toHaveLength(1);
    const nodes = domain.components[0]!;
    expect(nodes.priceKey).toEqual({ before: 'ESInstance:r6g.large.search', after: 'ESInstance:r6g.xlarge.search' });
    expect(nodes.nameBefore).toBe('Data nodes (2 × r6g.large.search)');
    expect(nodes.name).toBe('Data nodes (2 × r6g.xlarge.search)');
    expect(nodes.quantity).toEqual({ before: '1460', after: '1460' });
    // The EBS storage did not change, so it is not listed.
    expect(domain.components.some((c) => c.name.startsWith('EBS'))).toBe(false);
  });

  it('reports the removed table with every component it cost', () => {
    const table = byPath('Data/Archive/Resource');
    expect(table.change).toBe('removed');
    expect(d(table.delta).equals(archive.negated())).toBe(true);
    expect(table.percent).toBe('-100');
    expect(table.components.map((c) => c.name).sort()).toEqual(['Provisioned read capacity', 'Provisioned write capacity', 'Storage']);
  });

  it('matches the moved orders table by logical id: same cost, so unchanged', () => {
    expect(diff.summary.moved).toBe(1);
    expect(diff.resources.some((r) => r.logicalId === 'OrdersTable')).toBe(false);
  });

  it('adds up: total, stacks and constructs', () => {
    const expected = natGateway.plus(eip).times(2).plus(domainChange).minus(archive);
    expect(d(diff.totals.delta).equals(expected)).toBe(true);
    expect(d(diff.totals.after).minus(diff.totals.before).equals(expected)).toBe(true);
    expect(d(diff.totals.percent!).equals(expected.div(diff.totals.before).times(100).toDecimalPlaces(4, Decimal.ROUND_HALF_UP))).toBe(
      true,
    );
    const stack = (name: string) => diff.stacks.find((s) => s.name === name)!;
    expect(d(stack('Network').delta).equals(natGateway.plus(eip).times(2))).toBe(true);
    expect(stack('Network').percent).toBeNull();
    expect(d(stack('Search').delta).equals(domainChange)).toBe(true);
    expect(d(stack('Data').delta).equals(archive.negated())).toBe(true);
    const vpc = diff.constructs.find((c) => c.path === 'Network/Vpc')!;
    expect(d(vpc.delta).equals(natGateway.plus(eip).times(2))).toBe(true);
    expect(diff.constructs.find((c) => c.path === 'Data/Archive')?.change).toBe('removed');
    expect(diff.summary).toMatchObject({ added: 6, removed: 1, changed: 1 }); // 2 NAT, 2 EIP, 2 routes; archive; domain
  });

  it('orders changes by size and says what happened in one line', () => {
    const deltas = diff.resources.map((r) => d(r.delta).abs());
    for (let i = 1; i < deltas.length; i++) expect(deltas[i - 1]!.greaterThanOrEqualTo(deltas[i]!)).toBe(true);
    const line = headline(diff);
    expect(line).toContain('2 NAT gateways added in Network/Vpc');
    expect(line).toContain('Search/Domain changed (Data nodes: r6g.large.search → r6g.xlarge.search)');
    expect(line.startsWith(`+$${d(diff.totals.delta).toFixed(2)}/month (+`)).toBe(true);
  });
});

describe('usage changes are their own cause', () => {
  it('a base estimate saved with other usage: the changed value is named, priced, and marked "usage"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-diff-'));
    const saved = join(dir, 'base.json');
    const { estimate } = await runEstimate({ pricers: new PricerRegistry(), source: baseOut, usageFile: join(APP, 'usage-before.yml') });
    writeFileSync(saved, JSON.stringify(estimate));
    const withUsage = await runDiff({ pricers: new PricerRegistry(), base: saved, head: headOut, usageFile: USAGE });
    expect(withUsage.base.kind).toBe('estimate');
    const orders = withUsage.resources.find((r) => r.logicalId === 'OrdersTable')!;
    expect(orders.change).toBe('changed');
    expect(orders.path).toBe('Data/Store/Orders/Resource');
    expect(orders.basePath).toBe('Data/Orders/Resource');
    expect(orders.causes).toEqual(['usage']);
    expect(orders.usageChanges).toEqual([{ key: 'monthlyWriteRequestUnits', before: 400000, after: 1000000 }]);
    const writes = orders.components.find((c) => c.name === 'Write request units')!;
    expect(writes.causes).toEqual(['usage']);
    expect(d(writes.delta).equals(d(600000).times(unit('AmazonDynamoDB', 'PayPerRequest Write Request Units')))).toBe(true);
    expect(withUsage.warnings.some((w) => w.includes('different usage'))).toBe(true);
    // Everything else is as in the diff of the two sources.
    expect(d(withUsage.totals.delta).minus(diff.totals.delta).equals(writes.delta)).toBe(true);
  });

  it('the usage file is checked against both sides together: a selector neither side has is an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdk-cost-diff-'));
    const bad = join(dir, 'usage.yml');
    writeFileSync(bad, 'version: 1\nresources:\n  Network/Vpc: { monthlyDataProcessedGB: 10 }\n  Data/Archiv: { storageGB: 5 }\n');
    await expect(runDiff({ pricers: new PricerRegistry(), base: baseOut, head: headOut, usageFile: bad })).rejects.toThrow(
      /usage\.yml:4: "Data\/Archiv" matches no resource in the app\. Did you mean "Data\/Archive"\?/,
    );
  });
});

describe('the diff of a side with itself', () => {
  it('has no changes and a zero delta', async () => {
    const same = await runDiff({ pricers: new PricerRegistry(), base: baseOut, head: baseOut, usageFile: join(APP, 'usage-before.yml') });
    expect(same.resources).toEqual([]);
    expect(same.totals.delta).toBe('0');
    expect(same.totals.percent).toBe('0');
    expect(headline(same)).toBe('No change in monthly cost: no resource changes');
  });
});
