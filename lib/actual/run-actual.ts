/**
 * The whole `actual` job: the usage of the period (a given usage file, or `usage pull` over the same
 * window merged into the app's usage file), the estimate at that usage, the bill from Cost Explorer,
 * the comparison. One client factory for every AWS call: its command log counts the requests.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifySdkError, errorInfo, fatalAwsError } from '../aws/sdk-errors.js';
import { UserError } from '../errors.js';
import { defaultUsageFile, runEstimate } from '../estimate/run-estimate.js';
import { pullUsage } from '../measure/pull-usage.js';
import { HOURS_PER_MONTH, type PullWindow } from '../measure/pull-window.js';
import { freshPulledFile, mergePulled } from '../measure/write-pulled.js';
import type { PricerRegistry } from '../resources/registry.js';
import { ClientFactory, type AwsAccess } from '../scan/aws/clients.js';
import { CommandLog } from '../scan/aws/command-log.js';
import { loadSource, type LoadOptions } from '../source/load-source.js';
import { compareActual, type ActualReport } from './compare-actual.js';
import { fetchStackCosts, STACK_TAG, type Period } from './cost-explorer.js';

export interface RunActualOptions extends LoadOptions {
  source: string;
  pricers: PricerRegistry;
  period: Period;
  /** The usage of the period; default: pulled from CloudWatch for the period. */
  usageFile?: string;
  access?: AwsAccess;
  driftLimit?: number;
  snapshotDir?: string;
}

export async function runActual(options: RunActualOptions): Promise<ActualReport> {
  const log = new CommandLog();
  const clients = new ClientFactory(options.access ?? {}, log);
  const temp = mkdtempSync(join(tmpdir(), 'cdk-cost-actual-'));
  try {
    let usageFile = options.usageFile;
    if (!usageFile) {
      const architecture = await loadSource(options.source, options);
      const result = await pullUsage({ architecture, pricers: options.pricers, clients, window: periodWindow(options.period) });
      const existing = defaultUsageFile(options.source, undefined);
      const label = architecture.source.path;
      const text =
        existing && existsSync(existing) ? mergePulled(readFileSync(existing, 'utf8'), result, label).text : freshPulledFile(result, label);
      usageFile = join(temp, 'pulled.usage.yml');
      writeFileSync(usageFile, text);
    }
    const { estimate } = await runEstimate({ ...options, usageFile });
    const stackNames = estimate.stacks.map((s) => s.name);
    const costs = await fetchStackCosts(clients, stackNames, options.period).catch((error: unknown) => {
      if (classifySdkError(error) === 'denied')
        throw new UserError(
          `Cost Explorer denied GetCostAndUsage (${errorInfo(error).code}: ${errorInfo(error).message}).`,
          'Grant ce:GetCostAndUsage (cdk-cost actual --print-iam-policy); in an AWS Organizations member account, ' +
            'the management account must also allow member accounts to use Cost Explorer.',
        );
      throw error;
    });
    if (costs.byService.size === 0) {
      throw new UserError(
        `Cost Explorer has no cost for the stack tag ${STACK_TAG} = ${stackNames.join(', ')} ` +
          `from ${options.period.start} to ${options.period.end}.`,
        `Activate ${STACK_TAG} as a cost allocation tag (Billing console → Cost allocation tags → AWS-generated ` +
          'cost allocation tags, or `aws ce update-cost-allocation-tags-status`). It applies from activation on, ' +
          'not to earlier costs, and takes up to 24 hours to show.',
      );
    }
    const requests = { costExplorer: log.count((r) => r.service === 'CostExplorer'), total: log.count() };
    return compareActual(estimate, costs, options.period, {
      requests,
      ...(options.driftLimit !== undefined ? { driftLimit: options.driftLimit } : {}),
    });
  } catch (error) {
    const endpoint = options.access?.clientConfig?.endpoint;
    throw (
      fatalAwsError(error, {
        what: 'actual',
        ...(options.access?.profile ? { profile: options.access.profile } : {}),
        ...(typeof endpoint === 'string' ? { endpoint } : {}),
      }) ?? error
    );
  } finally {
    clients.destroy();
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The period as a pull window: the same days, scaled to 730 hours. */
export function periodWindow(period: Period): PullWindow {
  const start = new Date(`${period.start}T00:00:00Z`);
  const end = new Date(`${period.end}T00:00:00Z`);
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  return { start, end, days, monthScale: HOURS_PER_MONTH / (24 * days), label: `${period.start} to ${period.end}` };
}

/** --month YYYY-MM, or --from/--to (to exclusive), or the last full month before `now`. */
export function parsePeriod(flags: { month?: string; from?: string; to?: string }, now: Date): Period {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (flags.month !== undefined) {
    const m = /^(\d{4})-(\d{2})$/.exec(flags.month);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new UserError(`--month ${flags.month}: expected YYYY-MM, e.g. 2026-11.`);
    const start = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    const end = new Date(Date.UTC(Number(m[1]), Number(m[2]), 1));
    return { start: iso(start), end: iso(end) };
  }
  if (flags.from !== undefined || flags.to !== undefined) {
    if (!flags.from || !flags.to || !date.test(flags.from) || !date.test(flags.to) || flags.from >= flags.to)
      throw new UserError(
        `--from ${flags.from ?? '?'} --to ${flags.to ?? '?'}: expected two dates YYYY-MM-DD, --to after --from (exclusive).`,
      );
    return { start: flags.from, end: flags.to };
  }
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return { start: iso(start), end: iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))) };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
