/**
 * `estimate --limits`, `--peak-factor N`, `--fail-on-limits`: the Limits section beside the cost
 * (lib/limits), and exit code 2 when a limit is crossed at the estimated load.
 */
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { loadCatalogue, type LimitsCatalogue } from '../limits/catalogue.js';
import type { EstimateRun } from '../estimate/run-estimate.js';
import { DEFAULT_PEAK_FACTOR } from '../limits/load-math.js';
import { limitsOfRun } from '../limits/estimate-limits.js';
import { renderJsonWithLimits, renderLimitsSection } from '../limits/render-limits.js';
import { renderSweepLimits, stackBreaks } from '../limits/sweep-limits.js';
import { renderEstimateHtml } from '../report/html/estimate-page.js';
import { limitsSectionHtml } from '../report/html/limits-section.js';
import type { LoadRun } from '../load/sweep/load-run.js';
import type { Sweep } from '../load/sweep/sweep.js';

export interface LimitsFlags {
  limits?: boolean;
  peakFactor?: string;
  failOnLimits?: boolean;
  limitsCatalogue?: string;
}

export const LIMITS_OPTIONS: readonly [[string, string], [string, string], [string, string], [string, string]] = [
  ['--limits', 'also check AWS service limits (quotas, payload sizes, timeouts) at the estimated load: when each design breaks'],
  ['--peak-factor <n>', `peak requests/s ÷ the monthly average, for --limits (default ${DEFAULT_PEAK_FACTOR})`],
  ['--fail-on-limits', 'exit with code 2 when a limit is crossed at the estimated load (implies --limits)'],
  ['--limits-catalogue <file>', 'limits catalogue to check against, e.g. one `cdk-cost limits refresh --out` wrote (implies --limits)'],
];

export interface LimitsOutput {
  /** The whole JSON document (estimate + limits) for --format json. */
  json?: string;
  /** The whole HTML page (estimate + its Limits section) for --format html. */
  page?: string;
  /** The section appended to table / markdown output. */
  section: string;
  exitCode: number;
}

export function limitsOutput(run: EstimateRun, flags: LimitsFlags, format: string): LimitsOutput | undefined {
  if (!wanted(flags)) return undefined;
  const report = limitsOfRun(run, parsePeakFactor(flags.peakFactor), catalogueOf(flags));
  const exitCode = flags.failOnLimits && report.findings.some((f) => f.crossed) ? 2 : 0;
  if (format === 'json') return { json: renderJsonWithLimits(run.estimate, report), section: '', exitCode };
  if (format === 'html') return { page: renderEstimateHtml(run.estimate, [limitsSectionHtml(report)]), section: '', exitCode };
  return { section: renderLimitsSection(report, format), exitCode };
}

function wanted(flags: LimitsFlags): boolean {
  return Boolean(flags.limits || flags.failOnLimits || flags.peakFactor !== undefined || flags.limitsCatalogue);
}

/** The catalogue --limits-catalogue names, or undefined for the bundled one. */
export function catalogueOf(flags: LimitsFlags): LimitsCatalogue | undefined {
  if (!flags.limitsCatalogue) return undefined;
  const file = resolve(flags.limitsCatalogue);
  try {
    return loadCatalogue(file);
  } catch (error) {
    throw new UserError(
      `--limits-catalogue ${file}: not a readable limits catalogue (${(error as Error).message}).`,
      'Give a catalogue JSON file (limits/catalogue.json, or one `cdk-cost limits refresh --out FILE` wrote).',
    );
  }
}

export function parsePeakFactor(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 1) {
    const hint = 'Give peak requests per second ÷ the monthly average, e.g. --peak-factor 3.';
    throw new UserError(`--peak-factor ${text}: not a number ≥ 1.`, hint);
  }
  return value;
}

/** `estimate --scale … --limits`: the first multiple at which each design breaks, beside its cost per step. */
export function sweepLimits(run: LoadRun, sweep: Sweep, flags: LimitsFlags, format: string): LimitsOutput | undefined {
  if (!wanted(flags)) return undefined;
  const report = limitsOfRun(run, parsePeakFactor(flags.peakFactor), catalogueOf(flags));
  const breaks = stackBreaks(run.estimate, report, sweep);
  const exitCode = flags.failOnLimits && report.findings.some((f) => f.crossed) ? 2 : 0;
  if (format === 'json') {
    const json = JSON.stringify({ ...sweep, limitsPeakFactor: report.peakFactor, limits: report.findings, breaks }, null, 2) + '\n';
    return { json, section: '', exitCode };
  }
  return { section: format === 'html' ? '' : renderSweepLimits(breaks, report, format), exitCode };
}
