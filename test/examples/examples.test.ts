/**
 * The example architectures (examples/catalog.ts): every design estimates at each of its three
 * load levels with nothing unsupported or missing, costs more at each level up, and the README's
 * numbers are the CLI's output today. The two comparisons are checked against the estimates of
 * their designs, and their crossover (or its absence) against the low..high range.
 *
 * The app is synthesized once; every command runs on its Cloud Assembly (SOURCE#STACK).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from '../../lib/money.js';
import type { Estimate } from '../../lib/estimate/estimate-types.js';
import type { Comparison } from '../../lib/load/sweep/compare.js';
import { readLoadSection } from '../../lib/usage/propagation/load-spec.js';
import { COMPARISONS, EXAMPLES, LEVELS, type Level } from '../../examples/catalog.js';
import { compareArgs, levelScales, readmeBlocks, rewriteReadme } from '../../examples/readme-output.js';
import { cli } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { exampleAssembly } from '../support/example-assembly.js';

let assembly = '';
const previousCwd = process.cwd();
/** Estimates by "Stack,Stack|level", computed once. */
const estimates = new Map<string, Estimate>();

beforeAll(async () => {
  // Usage paths are relative to the repository root, as the README writes them.
  process.chdir(REPO_ROOT);
  assembly = await exampleAssembly();
  for (const design of EXAMPLES) {
    for (const level of LEVELS) estimates.set(`${design.stacks.join(',')}|${level}`, await estimate(design.stacks, design.levels[level]));
  }
});
afterAll(() => process.chdir(previousCwd));

async function estimate(stacks: string[], usageFile?: string): Promise<Estimate> {
  const result = await cli('estimate', `${assembly}#${stacks.join(',')}`, ...(usageFile ? ['--usage', usageFile] : []), '--format', 'json');
  expect(result.stderr, `${stacks.join(',')} ${usageFile ?? ''}`).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Estimate;
}
const estimateOf = (stacks: string[], level: Level) => estimates.get(`${stacks.join(',')}|${level}`)!;
const monthly = (e: { monthly: string }) => new Decimal(e.monthly);

describe('every example at every load level', () => {
  const cases = EXAMPLES.flatMap((design) => LEVELS.map((level) => [design.name, level, design] as const));

  it.each(cases)('%s at %s load: priced, nothing unsupported or missing', (_name, level, design) => {
    const e = estimateOf(design.stacks, level);
    expect(e.stacks.map((s) => s.name).sort()).toEqual([...design.stacks].sort());
    expect(e.summary.unsupported).toBe(0);
    expect(e.summary.usageMissing).toBe(0);
    expect(e.resources.filter((r) => r.missingUsage.length > 0).map((r) => `${r.path}: ${r.missingUsage.join(', ')}`)).toEqual([]);
    expect(monthly(e.totals).isPositive()).toBe(true);
  });

  it.each(EXAMPLES.map((d) => [d.name, d] as const))('%s costs more at each level up', (_name, design) => {
    const totals = LEVELS.map((level) => monthly(estimateOf(design.stacks, level).totals));
    for (let i = 1; i < totals.length; i++)
      expect(totals[i]!.gt(totals[i - 1]!), `${LEVELS[i - 1]} ${totals[i - 1]} < ${LEVELS[i]} ${totals[i]}`).toBe(true);
  });

  it('covers every stack of the app', () => {
    const manifest = JSON.parse(readFileSync(join(assembly, 'manifest.json'), 'utf8')) as { artifacts: Record<string, { type: string }> };
    const stacks = Object.entries(manifest.artifacts)
      .filter(([, a]) => a.type === 'aws:cloudformation:stack')
      .map(([name]) => name);
    expect(new Set(EXAMPLES.flatMap((d) => d.stacks))).toEqual(new Set(stacks));
  });

  it('states its load in human terms at the top of every level file, one multiple of the low level', () => {
    for (const design of EXAMPLES) {
      for (const level of LEVELS) {
        const text = readFileSync(join(REPO_ROOT, design.levels[level]), 'utf8');
        expect(text.split('\n')[0], design.levels[level]).toMatch(new RegExp(`^# .*\\b${level.toUpperCase()}\\b`));
        expect(readLoadSection(join(REPO_ROOT, design.levels[level]))?.flows.length, design.levels[level]).toBeGreaterThan(0);
      }
      // Throws when a level's flows are not one multiple of the low level's.
      const scales = levelScales(design.levels, REPO_ROOT).map((s) => new Decimal(s));
      expect(scales[0]!.eq(1) && scales[1]!.gt(1) && scales[2]!.gt(scales[1]!), design.name).toBe(true);
    }
  });

  it('the medium level is the load the stacks record in code', async () => {
    // The upload pipelines record no load in code: their file (load.yml) is the only statement of it.
    for (const design of EXAMPLES.filter((d) => !d.levels.high.endsWith('/load.yml'))) {
      const inCode = await estimate(design.stacks);
      expect(monthly(inCode.totals).toFixed(), design.name).toBe(monthly(estimateOf(design.stacks, 'medium').totals).toFixed());
    }
  });
});

describe('comparisons over the low..high range', () => {
  const runCompare = async (args: string[]) => {
    const result = await cli(...args.map((a) => (a.startsWith('.#') ? `${assembly}${a.slice(1)}` : a)), '--format', 'json');
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as Comparison;
  };

  it.each(COMPARISONS.map((c) => [c.name, c] as const))(
    '%s: each step costs what the level estimates say; the crossover is where they say',
    async (_name, c) => {
      const comparison = await runCompare(compareArgs(c, REPO_ROOT));
      expect(comparison.steps).toHaveLength(LEVELS.length);
      // The low file at each level's multiple is each level's file (summed in another order: to a millionth of a cent).
      const same = (x: string, y: string) => new Decimal(x).minus(y).abs().lt('1e-8');
      LEVELS.forEach((level, i) => {
        expect(
          same(comparison.steps[i]!.a.monthly, estimateOf([c.a], level).totals.monthly),
          `${c.a} at ${level}: ${comparison.steps[i]!.a.monthly}`,
        ).toBe(true);
        expect(
          same(comparison.steps[i]!.b.monthly, estimateOf([c.b], level).totals.monthly),
          `${c.b} at ${level}: ${comparison.steps[i]!.b.monthly}`,
        ).toBe(true);
      });
      // Which design the estimates find cheaper at the low and at the high level.
      const cheaper = (level: Level) => (monthly(estimateOf([c.a], level).totals).lt(monthly(estimateOf([c.b], level).totals)) ? 'a' : 'b');
      const flowAt = (level: Level) => readLoadSection(join(REPO_ROOT, c.levels[level]))!.flows[0]!;
      if (cheaper('low') === cheaper('high')) {
        expect(comparison.crossovers).toEqual([]);
        return;
      }
      expect(comparison.crossovers).toHaveLength(1);
      const crossover = comparison.crossovers[0]!;
      expect(crossover.cheaperBelow).toBe(cheaper('low'));
      const perMonth = new Decimal(crossover.flows.find((f) => f.name === flowAt('low').name)!.perMonth);
      expect(perMonth.gt(flowAt('low').perMonth) && perMonth.lt(flowAt('high').perMonth), `crossover at ${perMonth}`).toBe(true);
      // Just below and above it, the two change order.
      const scale = new Decimal(crossover.scale);
      const around = await runCompare([
        'compare',
        `.#${c.a}`,
        `.#${c.b}`,
        '--usage',
        c.levels.low,
        '--scale',
        `${scale.times('0.99').toFixed(6)},${scale.times('1.01').toFixed(6)}`,
      ]);
      expect(around.steps.map((s) => s.cheaper)).toEqual([crossover.cheaperBelow, crossover.cheaperAbove]);
    },
  );

  it('the asynchronous upload pipeline overtakes the synchronous one inside the range', async () => {
    const c = COMPARISONS.find((x) => x.a === 'UploadPipeline' && x.b === 'SyncUploadPipeline')!;
    const comparison = await runCompare(compareArgs(c, REPO_ROOT));
    expect(comparison.crossovers.map((x) => [x.cheaperBelow, x.cheaperAbove])).toEqual([['b', 'a']]);
  });

  it('splitting the database costs more at every level, by what the two estimates differ', async () => {
    const c = COMPARISONS.find((x) => x.a === 'ShardedDatabase' && x.b === 'SingleDatabase')!;
    const result = await cli(...compareArgs(c, REPO_ROOT).map((a) => (a.startsWith('.#') ? `${assembly}${a.slice(1)}` : a)));
    const scales = levelScales(c.levels, REPO_ROOT);
    expect(result.stdout).toContain(`No crossover between ${scales[0]}× and ${scales[scales.length - 1]}×: B is cheaper throughout.`);
    for (const level of LEVELS) {
      const extra = monthly(estimateOf([c.a], level).totals).minus(monthly(estimateOf([c.b], level).totals));
      expect(extra.isPositive(), `${level}: sharded − single = ${extra}`).toBe(true);
    }
  });
});

describe('cdk-cost estimate SOURCE#STACK', () => {
  it('prices only the named stack, as the whole app prices it', async () => {
    const whole = await cli('estimate', assembly, '--usage', 'examples/upload-pipeline/load.yml', '--format', 'json');
    const all = JSON.parse(whole.stdout) as Estimate;
    const one = await estimate(['Payments'], 'examples/upload-pipeline/load.yml');
    expect(one.stacks.map((s) => s.name)).toEqual(['Payments']);
    expect(one.totals.monthly).toBe(all.stacks.find((s) => s.name === 'Payments')!.monthly);
    expect(new Set(one.resources.map((r) => r.stack))).toEqual(new Set(['Payments']));
  });

  it('names the stacks the app has when one is not there', async () => {
    const result = await cli('estimate', `${assembly}#Paymnets`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${assembly}#Paymnets: the app has no stack "Paymnets".`);
    expect(result.stderr).toMatch(/Stacks: .*Payments/);
  });

  it('sweeps only the flows that enter the named stacks', async () => {
    const result = await cli(
      'estimate',
      `${assembly}#WebApp`,
      '--usage',
      'examples/web-app/load-low.yml',
      '--scale',
      '1,10',
      '--format',
      'json',
    );
    const sweep = JSON.parse(result.stdout) as { flows: Array<{ name: string }>; steps: Array<{ stacks: Array<{ name: string }> }> };
    expect(sweep.flows.map((f) => f.name)).toEqual(['visits']);
    expect(sweep.steps.flatMap((s) => s.stacks.map((x) => x.name))).toEqual(['WebApp', 'WebApp']);
  });
});

describe('the README', () => {
  it('shows the output the CLI gives today (else run `npm run examples:readme`)', async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const blocks = await readmeBlocks((args) => cli(...args), assembly, REPO_ROOT);
    const regenerated = rewriteReadme(readme, blocks);
    const stale = [...blocks.keys()].filter(
      (name) => !readme.includes(`<!-- examples:begin ${name} -->\n${blocks.get(name)}\n<!-- examples:end ${name} -->`),
    );
    expect(stale, 'README.md example output is stale: run `npm run examples:readme`').toEqual([]);
    expect(regenerated === readme, 'README.md example output is stale: run `npm run examples:readme`').toBe(true);
  });
});
