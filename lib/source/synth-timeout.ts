/**
 * How long an app may take to synthesize: --synth-timeout, else CDK_COST_SYNTH_TIMEOUT, else 10
 * minutes (a big app takes 20–100 s; an app waiting for input would wait forever).
 */
import { UserError } from '../errors.js';

export const DEFAULT_SYNTH_TIMEOUT_MS = 10 * 60_000;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "90s", "10m", "1h", or plain seconds ("600"). */
export function parseSynthTimeout(text: string, where: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  const ms = m ? Number(m[1]) * UNIT_MS[m[2] ?? 's']! : NaN;
  if (!(ms > 0)) throw new UserError(`${where} ${text}: not a duration.`, 'Write e.g. 90s, 10m or 1h (plain numbers are seconds).');
  return ms;
}

export function synthTimeoutMs(flag?: string): number {
  if (flag !== undefined) return parseSynthTimeout(flag, '--synth-timeout');
  const env = process.env.CDK_COST_SYNTH_TIMEOUT;
  return env ? parseSynthTimeout(env, 'CDK_COST_SYNTH_TIMEOUT') : DEFAULT_SYNTH_TIMEOUT_MS;
}

export function formatDuration(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}`;
  return `${Math.round(ms / 100) / 10} s`;
}
