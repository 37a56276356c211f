/**
 * `cdk-cost limits refresh [--region R…] [--applied]`: update the limits catalogue from the Service
 * Quotas API (entries that name a quota), atomically, and report what changed. The bundled catalogue
 * works offline; this is the live path, like `pricing refresh`.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { fatalAwsError } from '../aws/sdk-errors.js';
import { UserError } from '../errors.js';
import { bundledCataloguePath, loadCatalogue } from '../limits/catalogue.js';
import type { QuotaSource } from '../limits/refresh/quota-source.js';
import { refreshLimits, type LimitsRefresh } from '../limits/refresh/refresh-limits.js';
import { collectList } from './price-options.js';
import type { CliIo } from './run.js';

interface RefreshFlags {
  region: string[];
  catalogue?: string;
  out?: string;
  applied?: boolean;
  endpoint?: string;
}

export function registerLimits(program: Command, io: CliIo): void {
  const limits = program.command('limits').description('The AWS limits catalogue (quotas, payload sizes, timeouts) that --limits checks.');
  limits
    .command('refresh')
    .description('Update the catalogue entries that name a Service Quotas quota from the Service Quotas API (atomically).')
    .option('-r, --region <region>', 'Region to refresh (repeatable; default: AWS_REGION, else us-east-1)', collectList, [])
    .option('--catalogue <file>', 'catalogue to read (default: the bundled limits/catalogue.json)')
    .option('--out <file>', 'file to write (default: the catalogue read)')
    .option('--applied', "the values applied to this account (GetServiceQuota) instead of AWS's defaults")
    .option('--endpoint <url>', 'Service Quotas endpoint URL (default: AWS_ENDPOINT_URL_SERVICE_QUOTAS, AWS_ENDPOINT_URL, or AWS)')
    .action(async (flags: RefreshFlags) => {
      const input = flags.catalogue ? resolve(flags.catalogue) : bundledCataloguePath();
      const out = flags.out ? resolve(flags.out) : input;
      const catalogue = readCatalogue(input);
      const regions = flags.region.length ? flags.region : [process.env.AWS_REGION ?? 'us-east-1'];
      const endpoint = flags.endpoint ?? process.env.AWS_ENDPOINT_URL_SERVICE_QUOTAS ?? process.env.AWS_ENDPOINT_URL;
      const { SdkQuotaSource } = await import('../limits/refresh/sdk-quota-source.js');
      const sources = new Map(regions.map((region) => [region, new SdkQuotaSource({ region, ...(endpoint ? { endpoint } : {}) })]));
      let result: LimitsRefresh;
      try {
        result = await refreshLimits({
          catalogue,
          sources: sources as Map<string, QuotaSource>,
          ...(flags.applied ? { applied: true } : {}),
          today: new Date().toISOString().slice(0, 10),
        });
      } catch (error) {
        throw quotaError(error, [...sources.values()][0]!.label, endpoint, out);
      } finally {
        for (const source of sources.values()) source.destroy();
      }
      const tmp = `${out}.tmp-${process.pid}`;
      writeFileSync(tmp, JSON.stringify(result.catalogue, null, 2) + '\n');
      renameSync(tmp, out);
      io.stdout(renderRefresh(result, out));
    });
}

function readCatalogue(file: string) {
  try {
    return loadCatalogue(file);
  } catch (error) {
    throw new UserError(
      `${file}: not a readable limits catalogue (${(error as Error).message}).`,
      'Give --catalogue a catalogue JSON file.',
    );
  }
}

function quotaError(error: unknown, label: string, endpoint: string | undefined, out: string): Error {
  const what = `Service Quotas at ${label}`;
  const fatal = fatalAwsError(error, { what, ...(endpoint ? { endpoint } : {}) });
  const kept = ` Nothing was written: ${out} is unchanged; the bundled catalogue still works offline.`;
  if (fatal) return new UserError(fatal.message + kept, fatal.hint);
  const e = error as { name?: string; message?: string };
  if (e.name === 'AccessDeniedException') {
    return new UserError(
      `${what} refused the request (${e.name}: ${e.message}).${kept}`,
      'The AWS identity needs servicequotas:ListAWSDefaultServiceQuotas (and servicequotas:GetServiceQuota for --applied).',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

export function renderRefresh(result: LimitsRefresh, out: string): string {
  const changed = result.lines.filter((l) => l.after !== undefined && l.after !== l.before);
  const same = result.lines.filter((l) => l.after !== undefined && l.after === l.before);
  const kept = result.lines.filter((l) => l.kept);
  const lines = [`Refreshed ${changed.length + same.length} of ${result.lines.length} quota entries from Service Quotas; wrote ${out}.`];
  for (const l of changed) lines.push(`  changed ${l.id} in ${l.region}: ${l.before ?? 'none'} → ${l.after} (${l.quota})`);
  for (const l of same) lines.push(`  same    ${l.id} in ${l.region}: ${l.after} (${l.quota})`);
  for (const l of kept) lines.push(`  kept    ${l.id} in ${l.region}: ${l.kept}`);
  return lines.join('\n') + '\n';
}
