/**
 * Every subcommand, each in its own file; this is the one list of them.
 */
import type { Command } from 'commander';
import type { CliIo } from './run.js';
import { registerEstimate } from './estimate-command.js';
import { registerPricing } from './pricing-command.js';

export type SetExitCode = (code: number) => void;

export function registerCommands(program: Command, io: CliIo, setExitCode: SetExitCode): void {
  registerEstimate(program, io, setExitCode);
  registerPricing(program, io, setExitCode);
}
