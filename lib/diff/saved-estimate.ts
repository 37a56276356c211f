/**
 * A saved Estimate (`cdk-cost estimate --format json --out base.json`) as one side of a diff.
 * Recognised by its content, not its name: a JSON object with `schemaVersion` and `resources`
 * is an Estimate; any other JSON file is a CloudFormation template.
 */
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { ESTIMATE_SCHEMA_VERSION, type Estimate } from '../estimate/estimate-types.js';
import { DIFF_KIND } from './diff-types.js';

/** The saved Estimate at `path`, or undefined when `path` is not one (a directory, a template). */
export function readSavedEstimate(path: string): Estimate | undefined {
  let text: string;
  try {
    if (!statSync(path).isFile()) return undefined;
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined; // missing paths are reported by the source loader, with its hint
  }
  // Every JSON template read as a source passes here first: parse only what can be an estimate.
  if (!text.trimStart().startsWith('{') || !text.includes('"schemaVersion"')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined; // not JSON: let the template reader say what is wrong with it
  }
  if (!parsed || typeof parsed !== 'object' || !('schemaVersion' in parsed)) return undefined;
  const candidate = parsed as Partial<Estimate> & { kind?: unknown };
  if (candidate.kind === DIFF_KIND) {
    throw new UserError(
      `${path} is a saved cdk-cost diff, not an estimate.`,
      'Pass a source or a file written by `cdk-cost estimate --format json --out FILE`.',
    );
  }
  const major = String(candidate.schemaVersion).split('.')[0];
  if (major !== ESTIMATE_SCHEMA_VERSION.split('.')[0]) {
    throw new UserError(
      `${path}: estimate schemaVersion ${JSON.stringify(candidate.schemaVersion)} is not readable by this cdk-cost (it reads ` +
        `${ESTIMATE_SCHEMA_VERSION}).`,
      'Estimate that side again with this version of cdk-cost.',
    );
  }
  for (const field of ['totals', 'stacks', 'constructs', 'resources', 'unsupportedTypes'] as const) {
    if (candidate[field] === undefined) {
      throw new UserError(
        `${path} has schemaVersion but no "${field}": it is not a complete cdk-cost estimate.`,
        'Write it again with `cdk-cost estimate --format json --out FILE`.',
      );
    }
  }
  return candidate as Estimate;
}
