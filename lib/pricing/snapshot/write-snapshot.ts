/**
 * Writes a snapshot atomically: everything goes to a sibling staging directory which replaces the
 * old snapshot by rename, so a crash or an error midway leaves the previous snapshot intact.
 * (Between the two renames the old snapshot sits beside the new one as `.<name>.previous-<pid>`.)
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { encodeRegionFile, type PriceRecord, type SnapshotIndex } from './format.js';

export interface SnapshotContent {
  index: SnapshotIndex;
  /** service → region → key → record */
  prices: Map<string, Map<string, Map<string, PriceRecord>>>;
  /** Further JSON files beside index.json (name → content), e.g. instance-vcpus.json. */
  extraFiles?: Record<string, unknown>;
}

export interface WriteReport {
  files: number;
  bytes: number;
  prices: number;
}

export function writeSnapshotAtomically(directory: string, content: SnapshotContent): WriteReport {
  const parent = dirname(directory);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(directory)}.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const report: WriteReport = { files: 0, bytes: 0, prices: 0 };
  try {
    const services: Record<string, string[]> = {};
    for (const serviceCode of [...content.prices.keys()].sort()) {
      const regions = content.prices.get(serviceCode)!;
      const written: string[] = [];
      for (const region of [...regions.keys()].sort()) {
        const records = regions.get(region)!;
        if (records.size === 0) continue;
        const text = encodeRegionFile(serviceCode, region, records);
        mkdirSync(join(staging, serviceCode), { recursive: true });
        writeFileSync(join(staging, serviceCode, `${region}.json`), text);
        report.files++;
        report.bytes += Buffer.byteLength(text);
        report.prices += records.size;
        written.push(region);
      }
      if (written.length) services[serviceCode] = written;
    }
    const index: SnapshotIndex = { ...content.index, services };
    const indexText = JSON.stringify(index, null, 1) + '\n';
    writeFileSync(join(staging, 'index.json'), indexText);
    report.files++;
    report.bytes += Buffer.byteLength(indexText);
    for (const [name, value] of Object.entries(content.extraFiles ?? {})) {
      const text = JSON.stringify(value, null, 1) + '\n';
      writeFileSync(join(staging, name), text);
      report.files++;
      report.bytes += Buffer.byteLength(text);
    }

    const previous = join(parent, `.${basename(directory)}.previous-${process.pid}`);
    rmSync(previous, { recursive: true, force: true });
    if (existsSync(directory)) renameSync(directory, previous);
    renameSync(staging, directory);
    rmSync(previous, { recursive: true, force: true });
    return report;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
