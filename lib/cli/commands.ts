/**
 * Every subcommand, each in its own file; this is the one list of them.
 */
import type { Command } from 'commander';
import type { CliIo } from './run.js';
import { registerEstimate } from './estimate-command.js';
import { registerPricing } from './pricing-command.js';
import { registerDiff } from './diff-command.js';
import { registerComment } from './comment-command.js';
import { registerScan } from './scan-command.js';
import { registerCompare } from './compare-command.js';
import { registerUsage } from './usage-command.js';
import { registerLimits } from './limits-command.js';
import { registerUsagePull } from './usage-pull-command.js';
import { registerActual } from './actual-command.js';
import { checkOutputPath } from './write-output.js';

export type SetExitCode = (code: number) => void;

export function registerCommands(program: Command, io: CliIo, setExitCode: SetExitCode): void {
  registerEstimate(program, io, setExitCode);
  registerPricing(program, io, setExitCode);
  registerLimits(program, io);
  registerDiff(program, io, setExitCode);
  registerComment(program, io, setExitCode);
  registerScan(program, io, setExitCode);
  registerCompare(program, io, setExitCode);
  registerUsage(program, io, setExitCode);
  registerUsagePull(program, io, setExitCode);
  registerActual(program, io, setExitCode);
  // A report that cannot be written fails before synthesis and pricing, not after them.
  // Only a report file is checked: `pricing build --out` names a snapshot directory.
  program.hook('preAction', (_program, action) => {
    const out: unknown = action.opts().out;
    const outIsFile = action.options.some((option) => option.long === '--out' && option.flags.includes('<file>'));
    if (typeof out === 'string' && outIsFile) checkOutputPath(out);
  });
}
