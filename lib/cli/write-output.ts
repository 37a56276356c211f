/**
 * `--out FILE` for every command: write the report, or say plainly why it cannot be written (a
 * directory that does not exist, a directory given as the file, no permission) instead of a stack.
 * The file is replaced atomically — written beside it under a temporary name, then renamed — so a
 * run that fails half-way, or a reader (CI uploading the artifact) never sees half a report, and
 * a run that fails before it writes leaves the previous report as it was.
 */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { CliIo } from './run.js';

/** A command's report: to `--out FILE` (saying so on stderr, e.g. "Wrote html estimate to r.html"), else stdout. */
export function emitReport(io: CliIo, out: string | undefined, text: string, what: string): void {
  if (out === undefined) return io.stdout(text);
  writeOutput(out, text);
  io.stderr(`Wrote ${what} to ${out}\n`);
}

/** The checks that need no writing, run before a command starts its work (see commands.ts) and again when it writes. */
export function checkOutputPath(path: string): void {
  const dir = dirname(resolve(path));
  if (!existsSync(dir))
    throw new UserError(`--out ${path}: the directory ${dir} does not exist.`, `Create it first (mkdir -p ${dir}) or give another path.`);
  if (existsSync(path) && statSync(path).isDirectory())
    throw new UserError(`--out ${path}: is a directory.`, 'Give a file name, e.g. --out report.html.');
}

export function writeOutput(path: string, text: string): void {
  checkOutputPath(path);
  // A device or pipe (/dev/stdout, /dev/full, a FIFO) is written in place: renaming over it would
  // replace the device with a file. A regular file is replaced atomically.
  const special = existsSync(path) && !statSync(path).isFile();
  // Same directory as the target: rename within one file system is atomic.
  const temporary = special ? undefined : join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (temporary) {
      writeFileSync(temporary, text);
      renameSync(temporary, path);
    } else {
      writeFileSync(path, text);
    }
  } catch (error) {
    if (temporary) rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new UserError(`--out ${path}: cannot write there (${code}).`, 'Give a path you can write to.');
    }
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      throw new UserError(`--out ${path}: the disk is full (${code}); the file may be incomplete.`, 'Free some space, or write elsewhere.');
    }
    if (code) throw new UserError(`--out ${path}: cannot write (${(error as Error).message}).`, 'Give another path.');
    throw error;
  }
}
