/**
 * `cdk-cost estimate --coverage`: per resource type, the count, the status (or the mix of
 * statuses) and why resources are free or unsupported; the headline shares; the same data in the
 * Estimate JSON's `coverage` field, with or without the flag.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import { renderCoverageTable } from '../../lib/report/render-coverage.js';
import { cli } from '../support/cli.js';
import { FIXTURES_DIR } from '../support/paths.js';

const template = join(FIXTURES_DIR, 'templates', 'coverage-mix.yaml');

describe('estimate --coverage', () => {
  it('JSON carries the coverage per type, with or without the flag', async () => {
    const plain = await cli('estimate', template, '--format', 'json');
    const flagged = await cli('estimate', template, '--format', 'json', '--coverage');
    expect(flagged.stdout).toBe(plain.stdout);
    const coverage = (JSON.parse(plain.stdout) as Estimate).coverage!;
    expect(coverage).toMatchObject({ classified: 8, costBearing: 3, costBearingPriced: 2 });
    expect(coverage.costBearingStatuses).toEqual({ priced: 1, usageMissing: 1, unsupported: 1, partlyPriced: 0 });
    expect(coverage.types.map((t) => [t.type, t.count, t.status])).toEqual([
      ['AWS::EC2::NatGateway', 1, 'priced'],
      ['AWS::IAM::Role', 2, 'free'],
      ['AWS::Lambda::Function', 2, 'mixed'],
      ['AWS::SSM::Parameter', 2, 'mixed'],
      ['Custom::Setup', 1, 'free'],
    ]);
    const parameters = coverage.types.find((t) => t.type === 'AWS::SSM::Parameter')!;
    expect(parameters.statuses).toEqual({ priced: 0, free: 1, usageMissing: 0, unsupported: 1 });
    expect(parameters.reasons.map((r) => r.status).sort()).toEqual(['free', 'unsupported']);
    expect(coverage.types.find((t) => t.type === 'AWS::IAM::Role')!.reasons).toEqual([
      { status: 'free', reason: 'IAM has no charge', count: 2 },
    ]);
  });

  it('the table lists each type with its status and reasons, and the headline shares', async () => {
    const result = await cli('estimate', template, '--coverage');
    expect(result.code).toBe(0);
    const section = result.stdout.slice(result.stdout.indexOf('Coverage by resource type:'));
    expect(section).toMatch(/│ AWS::IAM::Role +│ +2 │ free +│ IAM has no charge +│/);
    expect(section).toMatch(/│ AWS::Lambda::Function │ +2 │ free 1, usage missing 1 +│ free ×1: custom resource provider/);
    expect(section).toMatch(/│ AWS::SSM::Parameter +│ +2 │ free 1, unsupported 1 +│ free ×1: Standard-tier parameters/);
    // Priced, usage missing and unsupported are separate facts: usage missing is not counted as priced.
    expect(section).toContain('Classified: 8 of 8 resources (100%) · ');
    expect(section).toContain(' · cost-bearing: 3 — priced 1 (33.3%), usage missing 1 (33.3%), unsupported 1 (33.3%)\n');
    // Without the flag, no coverage section.
    expect((await cli('estimate', template)).stdout).not.toContain('Coverage by resource type');
  });

  it('markdown gets a coverage table too', async () => {
    const result = await cli('estimate', template, '--coverage', '--format', 'markdown');
    expect(result.stdout).toContain('### Coverage by resource type');
    expect(result.stdout).toMatch(
      new RegExp(
        String.raw`\| AWS::SSM::Parameter \| 2 \| free 1, unsupported 1 \| ` +
          String.raw`free ×1: Standard-tier .*<br>unsupported ×1: an Advanced-tier parameter .* \|\n`,
      ),
    );
  });

  it('an estimate saved before the coverage field existed still renders (coverage derived from its resources)', async () => {
    const estimate = JSON.parse((await cli('estimate', template, '--format', 'json')).stdout) as Estimate;
    const withField = renderCoverageTable(estimate);
    delete estimate.coverage;
    expect(renderCoverageTable(estimate)).toBe(withField);
  });
});
