/**
 * Writes a snapshot atomically: everything goes to a sibling temporary directory which replaces
 * the old snapshot in one rename, so a crash midway leaves the previous snapshot intact.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { PriceRecord, RegionFile, SnapshotIndex } from './format.js';

export interface SnapshotContent {
  index: SnapshotIndex;
  /** service → region → key → record */
  prices: Map<string, Map<string, Map<string, PriceRecord>>>;
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
        const keys = regions.get(region)!;
        if (keys.size === 0) continue;
        const prices: Record<string, PriceRecord> = {};
        for (const key of [...keys.keys()].sort()) prices[key] = keys.get(key)!;
        const file: RegionFile = { service: serviceCode, region, prices };
        const text = JSON.stringify(file);
        mkdirSync(join(staging, serviceCode), { recursive: true });
        writeFileSync(join(staging, serviceCode, `${region}.json`), text);
        report.files++;
        report.bytes += Buffer.byteLength(text);
        report.prices += keys.size;
        written.push(region);
      }
      if (written.length) services[serviceCode] = written;
    }
    const index: SnapshotIndex = { ...content.index, services };
    const indexText = JSON.stringify(index, null, 1) + '\n';
    writeFileSync(join(staging, 'index.json'), indexText);
    report.files++;
    report.bytes += Buffer.byteLength(indexText);

    const previous = join(parent, `.${basename(directory)}.previous-${process.pid}`);
    if (existsSync(directory)) renameSync(directory, previous);
    renameSync(staging, directory);
    rmSync(previous, { recursive: true, force: true });
    return report;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
