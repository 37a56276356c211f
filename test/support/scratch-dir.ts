/**
 * Where tests put directories they write many files into — a refreshed price snapshot is some 1,600
 * files — : /dev/shm when it is a RAM file system with room to spare (on a busy disk, writing a snapshot
 * there takes a tenth of the time), else the OS temp directory. Docker's default /dev/shm holds 64 MB,
 * too little for a few snapshots at once: it is used only with 1 GB free.
 */
import { existsSync, mkdtempSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SHM = '/dev/shm';
const ROOM = 1024 ** 3;

let root: string | undefined;

function scratchRoot(): string {
  if (root === undefined) {
    root = tmpdir();
    try {
      if (existsSync(SHM)) {
        const fs = statfsSync(SHM);
        if (fs.bavail * fs.bsize >= ROOM) root = SHM;
      }
    } catch {
      // no statfs here: the OS temp directory
    }
  }
  return root;
}

/** A new directory under the scratch root (the caller removes it). */
export function makeScratchDir(prefix: string): string {
  return mkdtempSync(join(scratchRoot(), prefix));
}
