/**
 * A CostGuard that would fail `cdk synth` does not stop `cdk-cost estimate` of the app: the app is
 * synthesized with the guard in report-only mode (a context key the guard reads), the estimate is
 * shown, and a warning says the guard would fail — which budget, which stack, at which total. The
 * guard's total is the estimate's own. One synthesis (the built package, dist/, as apps use it).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal, formatUsd } from '../../lib/money.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { cli } from '../support/cli.js';
import { FIXTURES_DIR, REPO_ROOT } from '../support/paths.js';

describe('estimate of an app whose CostGuard is over budget', () => {
  it('shows the estimate and says the guard would fail, naming the budget and the stack', async () => {
    expect(existsSync(join(REPO_ROOT, 'dist', 'lib', 'cdk', 'cost-guard.js')), 'dist/ is built by `npm ci` / `npx tsc -p .`').toBe(true);
    const result = await cli('estimate', join(FIXTURES_DIR, 'apps', 'guarded'), '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const estimate = JSON.parse(result.stdout) as Estimate;
    const total = new Decimal(estimate.totals.monthly);
    expect(total.greaterThan(10)).toBe(true);
    expect(estimate.resources.some((r) => r.type === 'AWS::EC2::NatGateway' && new Decimal(r.monthly).greaterThan(0))).toBe(true);
    const failing = estimate.warnings.filter((w) => w.startsWith('CostGuard would fail `cdk synth`'));
    expect(failing).toHaveLength(1);
    expect(failing[0]).toContain('CostGuard would fail `cdk synth` (Guarded): cdk-cost CostGuard: the estimated monthly cost of the app, ');
    expect(failing[0]).toContain(`${formatUsd(total)}, is over the budget of $10.00 (maxMonthlyUsd)`);
  }, 180_000);
});
