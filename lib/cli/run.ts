/**
 * The command line: parse, call the library, print, set the exit code.
 * Exit codes: 0 ok · 1 usage or input error · 2 budget exceeded / findings over threshold · 3 internal error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { fatalAwsError } from '../aws/sdk-errors.js';
import { UserError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { registerCommands } from './commands.js';

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_THRESHOLD = 2;
export const EXIT_INTERNAL = 3;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = new Command('cdk-cost')
    .description('Monthly cost of AWS CDK apps and CloudFormation templates, priced from the AWS Price List.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();
  let exitCode = EXIT_OK;
  registerCommands(program, io, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (thrown) {
    let error = thrown;
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USER_ERROR;
    const aws = error instanceof UserError ? undefined : fatalAwsError(error, { what: 'AWS request' });
    if (aws) error = aws;
    if (error instanceof UserError) {
      io.stderr(`error: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
      return error.exitCode;
    }
    io.stderr(`internal error (a bug in cdk-cost — please report it):\n${(error as Error).stack ?? String(error)}\n`);
    return EXIT_INTERNAL;
  }
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
