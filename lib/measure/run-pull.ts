/**
 * The whole `usage pull` job as one call: load the source, measure its deployed stacks, write (or
 * merge into) the usage file text. The AWS calls go through the scan's client factory, so they
 * carry its retry, endpoint handling and command log (the request count, the read-only proof).
 */
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { fatalAwsError } from '../aws/sdk-errors.js';
import type { PricerLookup } from '../usage/resolve-usage.js';
import { ClientFactory, type AwsAccess } from '../scan/aws/clients.js';
import { CommandLog } from '../scan/aws/command-log.js';
import { loadSource, type LoadOptions } from '../source/load-source.js';
import { pullUsage, type PullResult } from './pull-usage.js';
import { pullWindow } from './pull-window.js';
import { freshPulledFile, mergePulled, type KeptValue } from './write-pulled.js';

export interface RunPullOptions extends LoadOptions {
  source: string;
  pricers: PricerLookup;
  access?: AwsAccess;
  lookbackDays: number;
  /** The clock (tests); default now. */
  now?: Date;
  /** The usage file to merge into (when it exists) unless `overwrite`. */
  target: string;
  overwrite?: boolean;
}

export interface PullRun {
  result: PullResult;
  text: string;
  kept: KeptValue[];
  merged: boolean;
  log: CommandLog;
}

export async function runPull(options: RunPullOptions): Promise<PullRun> {
  const architecture = await loadSource(options.source, options);
  const log = new CommandLog();
  const clients = new ClientFactory(options.access ?? {}, log);
  try {
    const result = await pullUsage({
      architecture,
      pricers: options.pricers,
      clients,
      window: pullWindow(options.now ?? new Date(), options.lookbackDays),
    });
    if (result.resources.every((r) => r.values.every((v) => !v.fromMetrics))) {
      throw new UserError(
        `CloudWatch has no datapoints for any measured resource of ${result.stacks
          .filter((s) => s.deployed)
          .map((s) => s.name)
          .join(', ')} ` + `in ${result.window.label}: the usage file is left as it is.`,
        'Is the app in use? Try a longer --lookback, or the region the metrics are in (--region).',
      );
    }
    const merge = !options.overwrite && existsSync(options.target);
    const written = merge
      ? mergePulled(readFileSync(options.target, 'utf8'), result, architecture.source.path)
      : { text: freshPulledFile(result, architecture.source.path), kept: [] };
    return { result, ...written, merged: merge, log };
  } catch (error) {
    const endpoint = options.access?.clientConfig?.endpoint;
    throw (
      fatalAwsError(error, {
        what: 'usage pull',
        ...(options.access?.profile ? { profile: options.access.profile } : {}),
        ...(typeof endpoint === 'string' ? { endpoint } : {}),
      }) ?? error
    );
  } finally {
    clients.destroy();
  }
}
