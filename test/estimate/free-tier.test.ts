/**
 * `--free-tier`: AWS's always-free allowances (free-tier.json, through the snapshot) are subtracted
 * once per estimate, shared by every resource that draws on them, in the estimate's resource order,
 * each draw a "Free tier:" line of its own — and AWS's worked examples come out as AWS computes them.
 * Every expected amount is a quantity times a unit price read from the snapshot.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, toCents } from '../../lib/money.js';
import type { Estimate, ResourceCost } from '../../lib/estimate/estimate-types.js';
import { runLoadEstimate, estimateAt } from '../../lib/load/sweep/load-run.js';
import { runSweep } from '../../lib/load/sweep/sweep.js';
import { allocate } from '../../lib/estimate/free-tier/allocate.js';
import type { PricedResource } from '../../lib/estimate/price-resource.js';
import type { Allowance } from '../../lib/estimate/free-tier/allowance-index.js';
import { book, component, d, priceInline, resource, unit } from '../resources/price-inline.js';
import { writeTemp } from '../usage/load-support.js';
import { PricerRegistry } from '../../lib/resources/registry.js';

const allowance = (id: string) => {
  const found = book.freeTier()?.allowances.find((a) => a.id === id);
  if (!found) throw new Error(`the snapshot has no allowance ${id}`);
  return found;
};
const freeLines = (r: ResourceCost) => r.components.filter((c) => c.allowance);
const sum = (values: Array<string | Decimal>) => values.reduce<Decimal>((s, v) => s.plus(v), d(0));

/** Every total is the sum of the rows shown: components → resource → estimate, allowance uses → their lines. */
function expectConsistent(estimate: Estimate): void {
  for (const r of estimate.resources) {
    expect(r.monthly, r.path).toBe(sum(r.components.map((c) => c.monthly)).toFixed());
    expect(r.monthly, r.path).toBe(d(r.fixed).plus(r.usageBased).toFixed());
    expect(d(r.monthly).isNegative(), r.path).toBe(false);
  }
  expect(estimate.totals.monthly).toBe(sum(estimate.resources.map((r) => r.monthly)).toFixed());
  for (const use of estimate.freeTierAllowances ?? []) {
    const lines = estimate.resources.flatMap((r) => r.components.filter((c) => c.allowance === use.id));
    expect(use.monthly, use.id).toBe(sum(lines.map((c) => c.monthly)).toFixed());
    expect(use.used, use.id).toBe(
      sum(lines.map((c) => c.quantity!))
        .negated()
        .toFixed(),
    );
    expect(d(use.used).lte(use.quantity), use.id).toBe(true);
  }
}

const PROPS = 'Runtime: nodejs20.x, Handler: index.handler, Role: arn:aws:iam::123456789012:role/x, Code: { ZipFile: x }';
const lambda = (ids: string[], memory = 512) => `
Resources:
${ids.map((id) => `  ${id}:\n    Type: AWS::Lambda::Function\n    Properties: { MemorySize: ${memory}, ${PROPS} }`).join('\n')}
`;

describe('--free-tier: the snapshot carries the allowances', () => {
  it("reads free-tier.json with where AWS states each, in the prices' units", () => {
    const set = book.freeTier()!;
    expect(set.from).toContain('free-tier.json');
    const requests = allowance('lambda-requests');
    expect(requests.quantity.toFixed()).toBe('1000000');
    expect(requests.url).toBe('https://aws.amazon.com/lambda/pricing');
    expect(requests.statement).toContain('1M free requests');
    // "25 WCU (each for the whole month)" → WCU-hours of a 730-hour month, the unit of the price.
    expect(allowance('dynamodb-wcu').quantity.toFixed()).toBe(d(allowance('dynamodb-wcu').amount).times(730).toFixed());
  });

  it('where the price data also has a zero-price tier for an allowance, the two agree in every region', () => {
    let compared = 0;
    for (const a of book.freeTier()!.allowances) {
      for (const region of book.regions(a.service)) {
        for (const key of book.keys(a.service, region)) {
          if (!a.keys.some((p) => (p.endsWith('*') ? key.startsWith(p.slice(0, -1)) : p === key))) continue;
          for (const tier of book.lookup(a.service, region, key)!.tiers.filter((t) => t.freeTier)) {
            expect(tier.from.toFixed(), `${a.service} ${region} ${key}`).toBe('0');
            expect(tier.to?.toFixed(), `${a.service} ${region} ${key}`).toBe(a.quantity.toFixed());
            compared++;
          }
        }
      }
    }
    // SNS HTTP/S and email deliveries carry theirs in (almost) every region.
    expect(compared).toBeGreaterThan(50);
  });
});

describe('--free-tier: AWS Lambda worked example', () => {
  /*
   * https://aws.amazon.com/lambda/pricing/ — Example 1: "If you allocated 512MB of memory to your
   * function, executed it 3 million times in one month, and it ran for 1 second each time, your charges
   * would be calculated as follows: … The monthly compute price is $0.00001667 per GB-s and the free
   * tier provides 400,000 GB-s. … Total compute (GB-s) = 3,000,000 * 512MB/1024 = 1,500,000 GB-s …
   * 1,500,000 GB-s – 400,000 free tier GB-s = 1,100,000 GB-s. Monthly compute charges = 1,100,000 *
   * $0.00001667 = $18.34 … 3M requests – 1M free tier requests = 2M Monthly billable requests. Monthly
   * request charges = 2M * $0.2/M = $0.40 … Total charges = $18.34 + $0.40 = $18.74 per month"
   */
  it('bills 2M requests and 1.1M GB-s: $0.40 of requests to the cent; compute as the page prints its rate', async () => {
    const usage = { Fn: { monthlyRequests: 3000000, avgDurationMs: 1000 } };
    const estimate = await priceInline(lambda(['Fn']), { freeTier: true, usage });
    expectConsistent(estimate);
    const fn = resource(estimate, 'Fn');
    const requestPrice = unit('AWSLambda', 'Lambda Requests');
    const gbSecondPrice = unit('AWSLambda', 'Lambda Duration');
    expect(component(fn, 'Requests').quantity).toBe('3000000');
    expect(component(fn, 'Free tier: Lambda requests').quantity).toBe('-1000000');
    expect(component(fn, 'Duration').quantity).toBe('1500000');
    expect(component(fn, 'Free tier: Lambda compute').quantity).toBe('-400000');
    const requests = d(3000000).minus(1000000).times(requestPrice);
    const compute = d(1500000).minus(400000).times(gbSecondPrice);
    expect(toCents(requests).toFixed(2)).toBe('0.40');
    expect(fn.monthly).toBe(requests.plus(compute).toFixed());
    // The page multiplies by its rate shown to 8 places ($0.00001667); the data's rate is 0.0000166667.
    expect(gbSecondPrice.toDecimalPlaces(8).toFixed()).toBe('0.00001667');
    expect(toCents(d(1100000).times(gbSecondPrice.toDecimalPlaces(8))).toFixed(2)).toBe('18.34');
    expect(toCents(d(1100000).times(gbSecondPrice.toDecimalPlaces(8)).plus(requests)).toFixed(2)).toBe('18.74');
    // At the data's full-precision rate the same bill is $18.73 (1,100,000 × 0.0000166667 = $18.33337).
    expect(toCents(new Decimal(fn.monthly)).toFixed(2)).toBe(toCents(d(1100000).times(gbSecondPrice).plus(requests)).toFixed(2));
  });
});

describe('--free-tier: Amazon DynamoDB', () => {
  const ATTRIBUTES = 'AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]';
  const table = (id: string, extra: string) => `  ${id}:
    Type: AWS::DynamoDB::Table
    Properties: { KeySchema: [{ AttributeName: pk, KeyType: HASH }], ${ATTRIBUTES}, ${extra} }`;

  /*
   * https://aws.amazon.com/dynamodb/pricing/ — "Data Storage: DynamoDB charges per GB of disk space
   * that your table consumes. The first 25 GB consumed per month is free, and prices start from $0.25
   * per GB-month thereafter." and "Free tier: 25 GB per month of data storage; 200 million requests per
   * month through 25 write capacity units and 25 read capacity units … The DynamoDB free tier applies
   * to all tables in a region". (The on-demand page's own worked example could not be retrieved for
   * this test; these are the page's statements, reproduced from the data.)
   */
  it('the first 25 GB of storage are free: 27 GB bills 2 GB at $0.25 = $0.50', async () => {
    const template = `Resources:\n${table('Items', 'BillingMode: PAY_PER_REQUEST')}\n`;
    const estimate = await priceInline(template, { freeTier: true, usage: { Items: { storageGB: 27 } } });
    expectConsistent(estimate);
    const items = resource(estimate, 'Items');
    const price = unit('AmazonDynamoDB', 'Data Storage Indexed GB-Mo');
    expect(price.toFixed()).toBe('0.25');
    expect(component(items, 'Free tier: DynamoDB storage').quantity).toBe(d(allowance('dynamodb-storage').amount).negated().toFixed());
    expect(items.monthly).toBe(d(27).minus(25).times(price).toFixed());
    expect(toCents(d(items.monthly)).toFixed(2)).toBe('0.50');
  });

  it('25 provisioned WCUs and RCUs are shared by all tables: 2 tables of 20 each pay for 15 of each', async () => {
    const capacity = 'ProvisionedThroughput: { ReadCapacityUnits: 20, WriteCapacityUnits: 20 }';
    const template = `Resources:\n${table('A', capacity)}\n${table('B', capacity)}\n`;
    const estimate = await priceInline(template, { freeTier: true });
    expectConsistent(estimate);
    const wcu = unit('AmazonDynamoDB', 'Provisioned Write Units');
    const rcu = unit('AmazonDynamoDB', 'Provisioned Read Units');
    // A (first in path order) takes 20 × 730 hours of each, B the remaining 5 × 730.
    expect(component(resource(estimate, 'A'), 'Free tier: DynamoDB provisioned writes').quantity).toBe(d(-20 * 730).toFixed());
    expect(component(resource(estimate, 'B'), 'Free tier: DynamoDB provisioned writes').quantity).toBe(d(-5 * 730).toFixed());
    expect(resource(estimate, 'A').monthly).toBe('0');
    expect(resource(estimate, 'A').fixed).toBe('0');
    expect(estimate.totals.monthly).toBe(
      d(15 * 730)
        .times(wcu.plus(rcu))
        .toFixed(),
    );
    const use = estimate.freeTierAllowances!.find((u) => u.id === 'dynamodb-wcu')!;
    expect(use.resources).toEqual(['Inline/A', 'Inline/B']);
    expect(use.monthly).toBe(
      d(25 * 730)
        .times(wcu)
        .negated()
        .toFixed(),
    );
  });
});

describe('--free-tier: one allowance per estimate', () => {
  it('1M Lambda requests in total, not per function: taken in construct path order', async () => {
    const usage = { Beta: { monthlyRequests: 700000, avgDurationMs: 1 }, Alpha: { monthlyRequests: 700000, avgDurationMs: 1 } };
    const estimate = await priceInline(lambda(['Beta', 'Alpha'], 128), { freeTier: true, usage });
    expectConsistent(estimate);
    const price = unit('AWSLambda', 'Lambda Requests');
    expect(component(resource(estimate, 'Alpha'), 'Free tier: Lambda requests').quantity).toBe('-700000');
    const beta = component(resource(estimate, 'Beta'), 'Free tier: Lambda requests');
    expect(beta.quantity).toBe('-300000');
    expect(beta.name).toContain('shared: 300,000 of it used here');
    expect(beta.formula).toContain('700,000 used by resources before this one');
    const use = estimate.freeTierAllowances!.find((u) => u.id === 'lambda-requests')!;
    expect(use.used).toBe('1000000');
    expect(use.monthly).toBe(d(1000000).times(price).negated().toFixed());
    expect(use.url).toBe('https://aws.amazon.com/lambda/pricing');
  });

  it('off by default: no free-tier lines and no allowances', async () => {
    const estimate = await priceInline(lambda(['Fn']), { usage: { Fn: { monthlyRequests: 3000000, avgDurationMs: 1000 } } });
    expect(estimate.freeTier).toBe(false);
    expect(estimate.freeTierAllowances).toBeUndefined();
    expect(freeLines(resource(estimate, 'Fn'))).toEqual([]);
    const gross = d(3000000)
      .times(unit('AWSLambda', 'Lambda Requests'))
      .plus(d(1500000).times(unit('AWSLambda', 'Lambda Duration')));
    expect(resource(estimate, 'Fn').monthly).toBe(gross.toFixed());
  });

  it('an allowance the data also carries as a zero-price tier is subtracted once (SNS HTTP/S deliveries)', async () => {
    const template = `
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      Subscription: [{ Protocol: https, Endpoint: https://example.com/hook }]
`;
    const estimate = await priceInline(template, { freeTier: true, usage: { Topic: { monthlyRequests: 150000 } } });
    expectConsistent(estimate);
    const topic = resource(estimate, 'Topic');
    const http = topic.components.filter((c) => c.price?.key === 'HTTP Notifications');
    expect(http.map((c) => c.allowance ?? 'line')).toEqual(['line', 'sns-http']);
    const paid = unit('AmazonSNS', 'HTTP Notifications', 'us-east-1', 1);
    // The line is the full 150,000 at the paid rate; the allowance takes 100,000 off once — not twice.
    expect(http[0]!.monthly).toBe(d(150000).times(paid).toFixed());
    expect(http[1]!.monthly).toBe(d(100000).times(paid).negated().toFixed());
    expect(sum(http.map((c) => c.monthly)).toFixed()).toBe(d(50000).times(paid).toFixed());
  });
});

describe('--free-tier: tier order', () => {
  it('the free part comes off the first tiers of the price', () => {
    const tiers = [
      { from: d(0), to: d(100), unitPrice: d(2) },
      { from: d(100), to: null, unitPrice: d(1) },
    ];
    const a = { id: 't', quantity: d(150) } as Allowance;
    const provenance = { via: 'snapshot', origin: 'test', quality: 'aws', publicationDate: '' } as const;
    const price = { serviceCode: 'X', region: 'r', key: 'k', tiers, provenance };
    const priced = { draws: [{ allowance: a, price, quantity: d(400), usageBased: true }] } as unknown as PricedResource;
    const [only] = allocate([priced]);
    expect(only!.take.toFixed()).toBe('150');
    expect(only!.credit.toFixed()).toBe(d(100).times(2).plus(d(50).times(1)).toFixed());
  });
});

describe('--free-tier in sweeps: the allowance applies per step', () => {
  it('each step of --scale is the full estimate at that load, allowance included', async () => {
    const template = writeTemp('FreeTierSweep.yaml', lambda(['Fn']));
    const usage = writeTemp(
      'usage.yml',
      ['version: 1', 'resources:', '  FreeTierSweep/Fn:', '    monthlyRequests: 500000', '    avgDurationMs: 1000', ''].join('\n'),
    );
    const run = await runLoadEstimate({
      pricers: new PricerRegistry(),
      source: template,
      usageFile: usage,
      freeTier: true,
      region: 'us-east-1',
    });
    const scales = [d(1), d(2), d(10)];
    const sweep = runSweep(run, scales);
    const requests = unit('AWSLambda', 'Lambda Requests');
    const seconds = unit('AWSLambda', 'Lambda Duration');
    scales.forEach((scale, i) => {
      const full = estimateAt(run, scale);
      expectConsistent(full);
      expect(sweep.steps[i]!.totals.monthly, `step ${scale}`).toBe(full.totals.monthly);
      // 500,000 × scale requests of 1 s at 512 MB, less 1M requests and 400,000 GB-s, never below zero.
      const req = Decimal.max(0, d(500000).times(scale).minus(1000000)).times(requests);
      const dur = Decimal.max(0, d(250000).times(scale).minus(400000)).times(seconds);
      expect(full.totals.monthly, `step ${scale}`).toBe(req.plus(dur).toFixed());
    });
  });
});
