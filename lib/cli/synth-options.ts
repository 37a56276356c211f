/**
 * Options of every command that may synthesize a CDK app, and the progress line they share:
 * --synth-timeout, --keep-assembly DIR, --progress.
 */
import type { Command } from 'commander';
import { ProgressLine } from '../scan/progress.js';
import { DEFAULT_SYNTH_TIMEOUT_MS, synthTimeoutMs } from '../source/synth-timeout.js';
import { processIo, type CliIo } from './run.js';

export interface SynthFlags {
  synthTimeout?: string;
  keepAssembly?: string;
  progress?: boolean;
}

export function addSynthOptions(command: Command): Command {
  return command
    .option(
      '--synth-timeout <duration>',
      `stop a CDK app that synthesizes longer, e.g. 20m (default: CDK_COST_SYNTH_TIMEOUT, else ${DEFAULT_SYNTH_TIMEOUT_MS / 60_000}m)`,
    )
    .option('--keep-assembly <dir>', 'synthesize the app into DIR and keep it (default: a temporary directory, removed afterwards)')
    .option('--progress', 'show the phase and elapsed time on stderr even off a terminal or in CI');
}

/** The LoadOptions the flags ask for; the timeout is checked before any work starts. */
export function synthLoadOptions(flags: SynthFlags): { keepAssembly?: string; synthTimeoutMs: number } {
  return { synthTimeoutMs: synthTimeoutMs(flags.synthTimeout), ...(flags.keepAssembly ? { keepAssembly: flags.keepAssembly } : {}) };
}

export function progressLine(io: CliIo, flags: SynthFlags): ProgressLine {
  return new ProgressLine(io === processIo ? process.stderr : { isTTY: false, write: io.stderr }, { force: flags.progress === true });
}
