/**
 * `cdk-cost usage init [SOURCE]` writes (or refreshes) a commented usage file;
 * `cdk-cost usage keys [TYPE]` lists the usage keys per resource type, and `--ratios` the load ratios.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError, closest } from '../errors.js';
import type { CliIo } from './run.js';
import type { SetExitCode } from './commands.js';
import { collectKeyValue } from './options.js';
import { writeOutput } from './write-output.js';
import { addSynthOptions, progressLine, synthLoadOptions, type SynthFlags } from './synth-options.js';
import { loadSource } from '../source/load-source.js';
import { PricerRegistry } from '../resources/registry.js';
import { readUsageFile } from '../usage/usage-file.js';
import { defaultUsageFile } from '../estimate/run-estimate.js';
import { LoadContext } from '../usage/load-context.js';
import { writeUsageFile } from '../load/init/write-usage-file.js';
import { mergeUsageFile } from '../load/init/merge-usage-file.js';
import { EDGE_KINDS } from '../graph/edges/index.js';
import { NODE_KINDS } from '../usage/propagation/node-kinds/index.js';
import { usageKeysBlock } from '../resources/usage-keys-table.js';

export function registerUsage(program: Command, io: CliIo, _setExitCode: SetExitCode): void {
  const usage = program.command('usage').description('Usage files: write one for an app, list the usage keys and load ratios.');
  usage
    .command('init')
    .description(
      'Write a commented usage file with every usage-bearing resource, entry point and ratio-needing edge; ' +
        'values already in the file are kept.',
    )
    .argument('[source]', 'app directory, cdk.out directory, or template file', '.')
    .option('-o, --out <file>', 'usage file to write (default: --usage, else cdk-cost.usage.yml beside the source)')
    .option('-u, --usage <file>', 'existing usage file whose values to keep (default: the --out file, if it exists)')
    .option('-r, --region <region>', 'region for stacks that do not name one')
    .option('-c, --context <key=value>', 'CDK context value for synthesis (repeatable)', collectKeyValue('--context'), {});
  addSynthOptions(usage.commands.find((c) => c.name() === 'init')!).action(
    async (source: string, flags: SynthFlags & { out?: string; usage?: string; region?: string; context: Record<string, string> }) => {
      const target = flags.out ?? flags.usage ?? defaultUsageFile(source, undefined) ?? defaultTarget(source);
      const existingPath = flags.usage ?? (existsSync(target) ? target : undefined);
      const existing = existingPath ? readUsageFile(existingPath) : undefined;
      const progress = progressLine(io, flags);
      const architecture = await loadSource(source, {
        ...synthLoadOptions(flags),
        onPhase: (phase) => progress.phase(phase),
        ...(flags.region ? { region: flags.region } : {}),
        ...(Object.keys(flags.context).length ? { context: flags.context } : {}),
      }).finally(() => progress.done());
      const pricers = new PricerRegistry();
      const context = new LoadContext(architecture, existing, pricers, { lenient: true });
      const fresh = writeUsageFile(context, pricers, undefined, architecture.source.path);
      // Run again on its own file: edit it in place (comments, order kept); else write it afresh.
      const merged = existingPath && existingPath === target ? mergeUsageFile(readFileSync(target, 'utf8'), fresh) : undefined;
      writeOutput(target, merged ?? writeUsageFile(context, pricers, existing, architecture.source.path));
      io.stderr(`Wrote ${target}${existing ? ` (kept the values of ${existingPath})` : ''}\n`);
    },
  );
  usage
    .command('keys')
    .description('Usage keys per resource type (units and meaning); with --ratios, the load ratios of edges and nodes.')
    .argument('[type]', 'a CloudFormation type, e.g. AWS::Lambda::Function')
    .option('--ratios', 'list load ratios instead')
    .option('--markdown', "print the README's usage-key table (generated from the pricers' declarations)")
    .action((type: string | undefined, flags: { ratios?: boolean; markdown?: boolean }) => {
      if (flags.markdown) {
        io.stdout(usageKeysBlock(new PricerRegistry()) + '\n');
        return;
      }
      if (flags.ratios) {
        const lines = ['Edge ratios (load.ratios: "From -> To": { ratio: value }):'];
        for (const kind of EDGE_KINDS) {
          lines.push(`  ${kind.kind} — ${kind.description}`);
          for (const r of kind.ratios)
            lines.push(
              `    ${r.name} (${r.unit}` +
                `${r.default !== undefined ? `, default ${r.default}` : ', no default: the edge carries nothing without it'}): ` +
                `${r.description}`,
            );
        }
        lines.push('Node ratios (load.ratios: "Construct": { ratio: value }):');
        for (const kind of NODE_KINDS.filter((k) => k.ratios.length)) {
          lines.push(`  ${kind.types.join(', ')}`);
          for (const r of kind.ratios)
            lines.push(`    ${r.name} (${r.unit}${r.default !== undefined ? `, default ${r.default}` : ''}): ${r.description}`);
        }
        io.stdout(lines.join('\n') + '\n');
        return;
      }
      const pricers = new PricerRegistry();
      const types = pricers.pricedTypes().filter((t) => (pricers.pricerFor(t)?.usageKeys.length ?? 0) > 0);
      if (type && !types.includes(type)) {
        const guess = closest(type, types);
        throw new UserError(
          `${type}: no usage keys (not a type cdk-cost prices by usage).`,
          guess ? `Did you mean "${guess}"?` : `Types with usage keys: ${types.join(', ')}.`,
        );
      }
      const lines: string[] = [];
      for (const t of type ? [type] : types) {
        lines.push(t);
        for (const k of pricers.pricerFor(t)!.usageKeys)
          lines.push(`  ${k.name} (${k.unit}): ${k.description}${k.allowed ? ` [${k.allowed.join(', ')}]` : ''}`);
      }
      io.stdout(lines.join('\n') + '\n');
    });
}

function defaultTarget(source: string): string {
  return /\.(json|ya?ml|template)$/i.test(source)
    ? source.replace(/[^/]*$/, 'cdk-cost.usage.yml')
    : `${source.replace(/\/$/, '')}/cdk-cost.usage.yml`;
}
