/**
 * The README's example output, regenerated so it never goes stale: `npm run examples:readme` builds,
 * synthesizes this repository's app once, runs the cdk-cost CLI on its Cloud Assembly for every
 * block, and rewrites the README between `<!-- examples:begin NAME -->` and `<!-- examples:end NAME -->`.
 * test/examples/examples.test.ts regenerates the blocks in memory and fails when they differ.
 *
 * The commands are shown as a reader runs them (`.` — the app in this directory); they run on an
 * assembly synthesized once, which is what `.` synthesizes to, and its path is written back as `.`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Decimal, formatQuantity, formatUsd } from '../lib/money.js';
import type { Estimate } from '../lib/estimate/estimate-types.js';
import { round } from '../lib/limits/load-math.js';
import { readLoadSection } from '../lib/usage/propagation/load-spec.js';
import { COMPARISONS, EXAMPLES, LEVELS, type ExampleComparison, type Level } from './catalog.js';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}
/** Runs `cdk-cost ARGS…` with the repository root as the working directory. */
export type RunCli = (args: string[]) => Promise<CliOutput>;

const BEGIN = (name: string) => `<!-- examples:begin ${name} -->`;
const END = (name: string) => `<!-- examples:end ${name} -->`;

/** Every generated block by name, as markdown. */
export async function readmeBlocks(cli: RunCli, assembly: string, root: string): Promise<Map<string, string>> {
  // `cdk-cost ARGS` as shown, with "." standing for the app; run on the assembly.
  const run = async (shown: string[]): Promise<string> => {
    const args = shown.map((a) => (a === '.' ? assembly : a.startsWith('.#') ? `${assembly}${a.slice(1)}` : a));
    // No SOURCE is the app in this directory: the assembly.
    if (args[0] === 'estimate' && args[1]?.startsWith('-')) args.splice(1, 0, assembly);
    const out = await cli(args);
    if (out.code !== 0) throw new Error(`cdk-cost ${shown.join(' ')} exited ${out.code}: ${out.stderr}`);
    return out.stdout.split(`${assembly} (assembly)`).join('. (app)').split(assembly).join('.').trimEnd();
  };
  const shell = (args: string[]) => `cdk-cost ${args.map((a) => (/[#*]/.test(a) ? `'${a}'` : a)).join(' ')}`;
  const shownRun = async (args: string[], keep?: (text: string) => string) => {
    const text = await run(args);
    return ['```sh', shell(args), '```', '```', keep ? keep(text) : text, '```'].join('\n');
  };

  const blocks = new Map<string, string>();
  blocks.set('levels', await levelsTable(run, root));
  // The table and its fixed / usage-based line; the summaries below it repeat the table.
  blocks.set(
    'estimate-web-app',
    await shownRun(['estimate', '.#WebApp', '--usage', 'examples/web-app/load-medium.yml'], (t) =>
      t.slice(0, t.indexOf('\n', t.indexOf('\n  fixed ') + 1)),
    ),
  );
  blocks.set(
    'scale-web-app',
    await shownRun([
      'estimate',
      '.#WebApp',
      '--usage',
      'examples/web-app/load-low.yml',
      '--scale',
      levelScales(EXAMPLES.find((e) => e.stacks[0] === 'WebApp')!.levels, root).join(','),
    ]),
  );
  for (const c of COMPARISONS) blocks.set(`compare-${c.name}`, await shownRun(compareArgs(c, root)));
  // The "Load that flows through the architecture" section's examples.
  blocks.set(
    'load-explain',
    await shownRun(
      ['estimate', '--usage', 'examples/upload-pipeline/load.yml', '--explain', 'UploadPipeline/Worker'],
      (t) => `${t.split('\n').slice(0, 7).join('\n')}\n      …`,
    ),
  );
  blocks.set(
    'load-compare',
    await shownRun([
      'compare',
      '.#UploadPipeline',
      '.#SyncUploadPipeline',
      '--usage',
      'examples/upload-pipeline/load.yml',
      '--scale',
      '0.01,0.1,1,10',
    ]),
  );
  return blocks;
}

/** `compare A B` over the comparison's low..high range: the low file, at the levels' multiples of it. */
export function compareArgs(c: ExampleComparison, root: string): string[] {
  return ['compare', `.#${c.a}`, `.#${c.b}`, '--usage', c.levels.low, '--scale', levelScales(c.levels, root).join(',')];
}

/**
 * Each level's load as a multiple of the low level's (1, 10, 100): every flow of a level file must
 * be the same multiple of the low file's, or the levels are not one load scaled.
 */
export function levelScales(levels: Record<Level, string>, root: string): string[] {
  const flows = (level: Level) => new Map((readLoadSection(join(root, levels[level]))?.flows ?? []).map((f) => [f.name, f.perMonth]));
  const low = flows('low');
  if (low.size === 0) throw new Error(`${levels.low}: no load flows`);
  return LEVELS.map((level) => {
    const ratios = new Set([...flows(level)].map(([name, perMonth]) => perMonth.div(low.get(name) ?? Number.NaN).toFixed()));
    if (ratios.size !== 1)
      throw new Error(`${levels[level]}: its flows are not one multiple of ${levels.low}'s (${[...ratios].join(', ')})`);
    return [...ratios][0]!;
  });
}

/** Per design: the monthly total at each level, and the services that cost most at medium load. */
async function levelsTable(run: (args: string[]) => Promise<string>, root: string): Promise<string> {
  const rows = [
    '| Example | Stack | Low | Medium | High | Load (low / medium / high, a month) | Most of the medium bill | Breaks first (× low load) |',
    '|---|---|---:|---:|---:|---|---|---|',
  ];
  const commands: string[] = [];
  for (const design of EXAMPLES) {
    const estimates: Estimate[] = [];
    for (const level of LEVELS) {
      const args = ['estimate', `.#${design.stacks.join(',')}`, '--usage', design.levels[level], '--format', 'json'];
      estimates.push(JSON.parse(await run(args)) as Estimate);
      if (level === 'medium') commands.push(`cdk-cost estimate '.#${design.stacks.join(',')}' --usage ${design.levels[level]}`);
    }
    const medium = estimates[1]!;
    const top = [...medium.services].sort((a, b) => new Decimal(b.monthly).comparedTo(a.monthly)).slice(0, 3);
    const drivers = top.map((s) => `${s.service} ${formatUsd(new Decimal(s.monthly))}`).join(', ');
    const totals = estimates.map((e) => formatUsd(new Decimal(e.totals.monthly)));
    const breaks = await firstBreak(run, design);
    rows.push(
      `| [${design.name}](#${design.section}) | \`${design.stacks.join(', ')}\` | ${totals.join(' | ')} | ` +
        `${loadOf(design.levels, root)} | ${drivers} | ${breaks} |`,
    );
  }
  return [
    ...rows,
    '',
    'Each row is `cdk-cost estimate` of the stack with its usage file at each level; "Breaks first" is the first AWS limit ' +
      'its resources cross as the low load grows (`--limits`, peak factor 3). At medium load:',
    '',
    '```sh',
    ...new Set(commands),
    '```',
  ].join('\n');
}

/** The first limit the design's resources cross as its low load grows: "4.09×: S3 PUT… per prefix" (estimate --limits). */
async function firstBreak(run: (args: string[]) => Promise<string>, design: (typeof EXAMPLES)[number]): Promise<string> {
  const args = ['estimate', `.#${design.stacks.join(',')}`, '--usage', design.levels.low, '--format', 'json', '--limits'];
  const json = JSON.parse(await run(args)) as { limits: Array<{ resource: string; breaksAt: number | null; limit: { name: string } }> };
  const first = json.limits.find((f) => f.breaksAt !== null && design.stacks.some((s) => f.resource.startsWith(`${s}/`)));
  if (!first) return 'no catalogued limit';
  return first.breaksAt === 0 ? `at any load: ${first.limit.name}` : `${round(first.breaksAt!)}×: ${first.limit.name}`;
}

/** "uploads 3,000 / 30,000 / 300,000" from the level files' flows. */
function loadOf(levels: Record<Level, string>, root: string): string {
  const perLevel = LEVELS.map((level) => readLoadSection(join(root, levels[level]))?.flows ?? []);
  return perLevel[0]!
    .map(
      (flow) => `${flow.unit}s ${perLevel.map((flows) => formatQuantity(flows.find((f) => f.name === flow.name)!.perMonth)).join(' / ')}`,
    )
    .join('; ');
}

/** The README with every marked block replaced; a block without markers (or markers without a block) is an error. */
export function rewriteReadme(readme: string, blocks: ReadonlyMap<string, string>): string {
  const marked = [...readme.matchAll(/<!-- examples:begin ([\w-]+) -->/g)].map((m) => m[1]!);
  for (const name of marked)
    if (!blocks.has(name)) throw new Error(`README has markers for "${name}", which readme-output.ts does not generate.`);
  let out = readme;
  for (const [name, text] of blocks) {
    const start = out.indexOf(BEGIN(name));
    const end = out.indexOf(END(name));
    if (start < 0 || end < start) throw new Error(`README has no "${BEGIN(name)}" … "${END(name)}" markers for block "${name}".`);
    out = `${out.slice(0, start + BEGIN(name).length)}\n${text}\n${out.slice(end)}`;
  }
  return out;
}

async function main(): Promise<void> {
  const { packageRoot } = await import('../lib/package-root.js');
  const { synthesize } = await import('../lib/source/synthesize.js');
  const { runCli } = await import('../lib/cli/run.js');
  const root = packageRoot();
  // Relative usage paths in the commands are relative to the repository root, as in the README.
  process.chdir(root);
  const { assemblyDir } = await synthesize(root);
  const cli: RunCli = async (args) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['node', 'cdk-cost', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  };
  const readmePath = join(root, 'README.md');
  const before = readFileSync(readmePath, 'utf8');
  const after = rewriteReadme(before, await readmeBlocks(cli, assemblyDir, root));
  if (after === before) console.log('README.md: example output is up to date.');
  else {
    writeFileSync(readmePath, after);
    console.log('README.md: example output rewritten.');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
