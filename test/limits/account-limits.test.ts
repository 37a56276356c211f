/**
 * Account-wide quotas: Lambda concurrency and the API Gateway throttle are shared by every function
 * / API in an account and Region, so checkLimits sums them per Region and names the contributors.
 * Limits come from the catalogue; loads are built to land just below and just above them.
 */
import { describe, expect, it } from 'vitest';
import type { ResourceCost } from '../../lib/estimate/estimate-types.js';
import type { UsageValue } from '../../lib/usage/usage-value.js';
import { limitIn, loadCatalogue } from '../../lib/limits/catalogue.js';
import { checkLimits } from '../../lib/limits/check-limits.js';
import { SECONDS_PER_MONTH } from '../../lib/limits/load-math.js';

const catalogue = loadCatalogue();
const PEAK = 3;
const monthlyFor = (rate: number) => (rate * SECONDS_PER_MONTH) / PEAK;
const DERIVED = { kind: 'derived', explanation: 'test' } as const;

function resource(path: string, type: string, region: string): ResourceCost {
  return {
    ...{ path, logicalId: 'R', type, stack: path.split('/')[0]!, region, owner: path },
    ...{ status: 'priced', components: [], missingUsage: [], notes: [], monthly: '0', fixed: '0', usageBased: '0' },
  } as ResourceCost;
}

function check(resources: Array<[ResourceCost, Record<string, number>]>) {
  const byPath = new Map(resources.map(([r, u]) => [r.path, u]));
  return checkLimits({ resources: resources.map(([r]) => r) } as never, {
    catalogue,
    peakFactor: PEAK,
    usage: (path) =>
      new Map(Object.entries(byPath.get(path) ?? {}).map(([k, v]): [string, UsageValue] => [k, { value: v, origin: DERIVED }])),
  });
}

/** A function whose peak concurrency is `concurrency` (1 s invocations). */
const fn = (path: string, concurrency: number, region = 'us-east-1'): [ResourceCost, Record<string, number>] => [
  resource(path, 'AWS::Lambda::Function', region),
  { monthlyRequests: monthlyFor(concurrency), avgDurationMs: 1000 },
];

describe('Lambda concurrency summed over the functions of a Region', () => {
  const limit = limitIn(catalogue, 'lambda.concurrent-executions', 'us-east-1')!.value;
  const account = (f: number) =>
    check([fn('A/Worker', limit * f * 0.6), fn('B/Resizer', limit * f * 0.4), fn('C/Elsewhere', limit * 5, 'eu-west-1')]).findings.filter(
      (x) => x.rule === 'lambda-account-concurrency',
    );

  it('is crossed just above the quota and not just below, naming each function largest first', () => {
    const below = account(0.99).filter((x) => x.resource === 'account in us-east-1');
    const above = account(1.01).filter((x) => x.resource === 'account in us-east-1');
    expect(below[0]!.crossed).toBe(false);
    expect(below[0]!.breaksAt).toBeCloseTo(1 / 0.99, 9);
    expect(above[0]!.crossed).toBe(true);
    expect(above[0]!.contributors!.map((c) => c.resource)).toEqual(['A/Worker', 'B/Resizer']);
    expect(above[0]!.contributors![0]!.current).toBeCloseTo(limit * 1.01 * 0.6, 6);
    expect(above[0]!.load).toContain('A/Worker');
  });

  it('leaves each function under the quota on its own while the sum is over it', () => {
    const report = check([fn('A/Worker', limit * 0.6), fn('B/Resizer', limit * 0.6)]);
    const own = report.findings.filter((x) => x.rule === 'lambda-concurrency');
    expect(own.every((x) => !x.crossed)).toBe(true);
    const sum = report.findings.find((x) => x.rule === 'lambda-account-concurrency')!;
    expect(sum.crossed).toBe(true);
    expect(sum.current).toBeCloseTo(limit * 1.2, 6);
  });

  it('keeps Regions apart and gives no sum for a single function', () => {
    const eu = account(1).filter((x) => x.resource === 'account in eu-west-1');
    expect(eu).toEqual([]);
  });
});

describe('API Gateway throttle summed over the APIs of a Region', () => {
  it("uses the Region's own default and counts REST and HTTP APIs together", () => {
    const region = 'af-south-1';
    const limit = limitIn(catalogue, 'apigateway.throttle', region)!.value;
    const apis = (f: number) =>
      check([
        [resource('A/Rest', 'AWS::ApiGateway::RestApi', region), { monthlyRequests: monthlyFor(limit * f * 0.5) }],
        [resource('B/Http', 'AWS::ApiGatewayV2::Api', region), { monthlyRequests: monthlyFor(limit * f * 0.5) }],
      ]).findings.filter((x) => x.rule === 'apigateway-account-throttle');
    expect(apis(0.99)[0]!.crossed).toBe(false);
    expect(apis(1.01)[0]!.crossed).toBe(true);
    expect(apis(1.01)[0]!.limit.value).toBe(limit);
    expect(apis(1.01)[0]!.breaksAt).toBeCloseTo(1 / 1.01, 9);
  });
});
