/**
 * The CostGuard's `usage` option → the UsageFile the estimator reads: a path to a usage file (the
 * same YAML the CLI reads, resolved from the working directory `cdk synth` runs in), or the same
 * content inline: `{ resources: { 'Api/Handler': { monthlyRequests: 300000 } }, defaults: { … } }`.
 */
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { readUsageFile, type UsageEntry, type UsageFile } from '../usage/usage-file.js';
import { mixText } from '../usage/usage-mix.js';
import type { UsageScalar } from '../usage/usage-value.js';

/** A usage value inline: a number, string or boolean, or a mix `{ name: share }`. */
type InlineValue = UsageScalar | Record<string, number>;

export interface InlineUsage {
  /** Per CloudFormation type, e.g. { 'AWS::Lambda::Function': { avgDurationMs: 250 } }. */
  defaults?: Record<string, Record<string, InlineValue>>;
  /** Per construct path, Stack/LogicalId, or logical id. */
  resources?: Record<string, Record<string, InlineValue>>;
}

/** Where inline usage is said to come from in estimates and errors. */
export const INLINE_USAGE_NAME = 'CostGuard({ usage })';

export function guardUsage(usage: string | InlineUsage | undefined): UsageFile | undefined {
  if (usage === undefined) return undefined;
  if (typeof usage === 'string') return readUsageFile(resolve(usage));
  let line = 0;
  const entries = (section: 'defaults' | 'resources'): UsageEntry[] =>
    Object.entries(usage[section] ?? {}).map(([selector, values]) => {
      const entryLine = ++line;
      if (!values || typeof values !== 'object')
        throw new UserError(`${INLINE_USAGE_NAME}: ${section} → "${selector}" must map usage keys to values.`);
      return {
        selector,
        line: entryLine,
        settings: Object.entries(values).map(([key, value]) => {
          if (value !== null && typeof value === 'object' && !Array.isArray(value)) return { key, value: mixText(value), line: entryLine };
          const ok =
            typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
          if (!ok)
            throw new UserError(
              `${INLINE_USAGE_NAME}: ${section} → "${selector}" → "${key}" must be a number ≥ 0, a string or a boolean, got ` +
                `${String(value)}.`,
            );
          return { key, value, line: entryLine };
        }),
      };
    });
  return { path: INLINE_USAGE_NAME, version: 1, defaults: entries('defaults'), resources: entries('resources'), sections: {} };
}
