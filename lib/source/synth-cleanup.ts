/**
 * What synthesis leaves behind, cleaned up however the command ends: the temporary Cloud Assembly
 * (~20 MB for a big app) is removed after it was read, on an error, and on Ctrl-C / SIGTERM; the
 * app's process group (started detached, so the terminal's Ctrl-C does not reach it) is ended too.
 */
import { rmSync } from 'node:fs';

const tempDirs = new Set<string>();
const groups = new Set<number>();
let installed = false;

export function trackTempDir(dir: string): void {
  tempDirs.add(dir);
  installHandlers();
}

export function removeTempDir(dir: string): void {
  tempDirs.delete(dir);
  rmSync(dir, { recursive: true, force: true });
}

export function trackProcessGroup(pid: number): void {
  groups.add(pid);
  installHandlers();
}

export function untrackProcessGroup(pid: number): void {
  groups.delete(pid);
}

/** Signal a whole process group (the shell and everything the app command started); gone already is fine. */
export function killGroup(pid: number, signal: NodeJS.Signals = 'SIGTERM'): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has exited.
  }
}

function installHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const pid of groups) killGroup(pid, 'SIGKILL');
      for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
      // Exit as the signal would have (130 for Ctrl-C), now that nothing is left behind.
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    });
  }
  process.once('exit', () => {
    for (const pid of groups) killGroup(pid, 'SIGKILL');
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
}
