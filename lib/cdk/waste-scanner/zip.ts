/**
 * A deterministic zip of a directory, for the WasteScanner's function code. Why not leave the zipping to the CDK:
 * handed a directory, CDK hashes and copies all of its ~15,000 files (~114 MB) into cdk.out on every synth, and the
 * CLI zips them again on every deploy — some 15 s each time. Handed this zip (made once per staged asset and kept
 * beside it), a synth copies one ~18 MB file and a deploy uploads it as it is. The files in it are the same.
 * Deterministic: entries in the given (sorted) order, every time stamp 1980-01-01 00:00, modes 644 or 755 only,
 * deflate at a fixed level, so the same files give the same bytes and the same asset hash. Plain zip (no ZIP64):
 * Lambda takes at most 250 MB unzipped, far below the 4 GiB and 65,535 entries where ZIP64 starts.
 * Why not a zip library (yazl, archiver): the writer is the format's two headers over node:zlib's deflateRawSync
 * and crc32, and a library would be a runtime dependency of every cdk-cost install for one construct's asset;
 * Python's zipfile checks every entry it writes (test/cdk/waste-scanner.integration.test.ts), and moto takes it.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

const DOS_DATE_1980_01_01 = (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const MADE_BY_UNIX = 3 << 8;
const VERSION = 20;

/** Zips `files` (paths relative to `dir`) into one buffer. */
export function zipFiles(dir: string, files: string[]): Buffer {
  if (files.length > 0xffff) throw new Error(`zip: ${files.length} files need ZIP64, which this writer does not do.`);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const path = join(dir, file);
    const data = readFileSync(path);
    const mode = statSync(path).mode & 0o111 ? 0o755 : 0o644;
    const deflated = deflateRawSync(data, { level: 6 });
    // Stored when deflate does not help (small or compressed files), as zip tools do.
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const crc = crc32(data);
    const name = Buffer.from(file.split(sep).join('/'), 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE_1980_01_01, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(MADE_BY_UNIX | VERSION, 4);
    entry.writeUInt16LE(VERSION, 6);
    entry.writeUInt16LE(UTF8_NAMES, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(DOS_DATE_1980_01_01, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    // Extra field, comment, disk number and internal attributes: none. External: the Unix mode, regular file.
    entry.writeUInt32LE(((0o100000 | mode) << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
    if (offset > 0xffffffff) throw new Error('zip: more than 4 GiB needs ZIP64, which this writer does not do.');
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
