/**
 * `cdk-cost estimate [SOURCE]`: price an app, a Cloud Assembly, or a template.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { CliIo } from './run.js';
import type { SetExitCode } from './commands.js';
import { collectKeyValue } from './options.js';
import { runEstimate } from '../estimate/run-estimate.js';
import { renderEstimate, FORMATS, type Format } from '../report/render.js';

interface EstimateFlags {
  usage?: string;
  format: string;
  out?: string;
  region?: string;
  parameter: Record<string, string>;
  context: Record<string, string>;
  freeTier?: boolean;
  snapshot?: string;
}

export function registerEstimate(program: Command, io: CliIo, _setExitCode: SetExitCode): void {
  program
    .command('estimate')
    .description('Monthly cost of a CDK app directory (cdk.json), a cdk.out Cloud Assembly, or a CloudFormation template (JSON/YAML).')
    .argument('[source]', 'app directory, cdk.out directory, or template file', '.')
    .option('-u, --usage <file>', 'usage file (YAML); default: cdk-cost.usage.yml beside the source, if present')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('-r, --region <region>', 'region for stacks that do not name one (default us-east-1)')
    .option('-p, --parameter <key=value>', 'template parameter value (repeatable)', collectKeyValue('--parameter'), {})
    .option('-c, --context <key=value>', 'CDK context value for synthesis (repeatable)', collectKeyValue('--context'), {})
    .option('--free-tier', 'subtract AWS free-tier allowances (they are account-wide, so off by default)')
    .option('--snapshot <dir>', 'price snapshot directory (default: the bundled one)')
    .action(async (source: string, flags: EstimateFlags) => {
      const format = parseFormat(flags.format);
      const { estimate } = await runEstimate({
        source,
        ...(flags.usage ? { usageFile: flags.usage } : {}),
        ...(flags.region ? { region: flags.region } : {}),
        parameters: flags.parameter,
        ...(Object.keys(flags.context).length ? { context: flags.context } : {}),
        freeTier: flags.freeTier === true,
        ...(flags.snapshot ? { snapshotDir: flags.snapshot } : {}),
      });
      const text = renderEstimate(estimate, format);
      if (flags.out) {
        writeFileSync(flags.out, text);
        io.stderr(`Wrote ${format} estimate to ${flags.out}\n`);
      } else {
        io.stdout(text);
      }
    });
}

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UserError(`--format ${value}: unknown format.`, `Use one of: ${FORMATS.join(', ')}.`);
}
