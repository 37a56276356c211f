/**
 * The `budgets:` section of the usage file: monthly limits for the whole app, a stack, or any
 * construct, checked by `estimate` and `diff` (exit code 2 when exceeded) and by the CostGuard:
 *
 *   budgets:
 *     total:            { maxMonthlyUsd: 25000, maxIncreasePercent: 10 }
 *     UploadPipeline:   { maxMonthlyUsd: 20000, maxIncreaseUsd: 500 }   # a stack
 *     UploadPipeline/SearchReplica: { maxMonthlyUsd: 400 }              # a construct path
 *
 * "total" is the whole estimate. Every limit keeps its file:line so a failed check and a mistake
 * in the file both point at it.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { Decimal } from '../money.js';
import { UserError, closest } from '../errors.js';
import type { UsageFile } from '../usage/usage-file.js';

export const TOTAL_SCOPE = 'total';

export const BUDGET_KEYS = {
  maxMonthlyUsd: 'max-monthly',
  maxIncreaseUsd: 'max-increase-usd',
  maxIncreasePercent: 'max-increase-percent',
} as const;

export type BudgetKey = keyof typeof BUDGET_KEYS;

export interface BudgetLimit {
  key: BudgetKey;
  value: Decimal;
  /** file:line of the key. */
  origin: string;
}

export interface ScopeBudget {
  /** "total", a stack name, or a construct path. */
  scope: string;
  /** file:line of the scope. */
  origin: string;
  limits: BudgetLimit[];
}

/** The budgets of a usage file ([] when it has no budgets section). */
export function readBudgets(usage: UsageFile | undefined): ScopeBudget[] {
  if (!usage?.sections['budgets']) return [];
  return parseBudgets(readFileSync(usage.path, 'utf8'), usage.path);
}

export function parseBudgets(text: string, file: string): ScopeBudget[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (node: Node | null | undefined, fallback = 1) => (node?.range ? lineCounter.linePos(node.range[0]).line : fallback);
  const error = doc.errors[0];
  if (error) {
    // The usage file parser has accepted the file already; what is left is a repeated key.
    const pos = error.linePos?.[0];
    throw new UserError(
      `${file}${pos ? `:${pos.line}` : ''}: ${error.message.split('\n')[0]}`,
      'Each budget scope and limit appears once.',
    );
  }
  if (!isMap(doc.contents)) return [];
  const section = (doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === 'budgets') as Pair<Node, Node> | undefined;
  if (!section || section.value === null || (isScalar(section.value) && section.value.value === null)) return [];
  const sectionLine = lineOf(section.key);
  if (!isMap(section.value)) {
    throw new UserError(
      `${file}:${sectionLine}: "budgets" must map "total", a stack name or a construct path to limits.`,
      'Example: budgets: { total: { maxMonthlyUsd: 2500 } }',
    );
  }
  const out: ScopeBudget[] = [];
  for (const pair of section.value.items as Pair<Node, Node>[]) {
    const line = lineOf(pair.key, sectionLine);
    if (!isScalar(pair.key) || (typeof pair.key.value !== 'string' && typeof pair.key.value !== 'number')) {
      throw new UserError(`${file}:${line}: budget scopes must be plain strings ("total", a stack name or a construct path).`);
    }
    const scope = String(pair.key.value);
    if (!isMap(pair.value)) {
      throw new UserError(
        `${file}:${line}: budgets → "${scope}" must map limits to amounts, e.g. { maxMonthlyUsd: 2500 }.`,
        `Limits: ${Object.keys(BUDGET_KEYS).join(', ')}.`,
      );
    }
    const limits: BudgetLimit[] = [];
    for (const setting of pair.value.items as Pair<Node, Node>[]) {
      const keyLine = lineOf(setting.key, line);
      const key = isScalar(setting.key) ? String(setting.key.value) : '';
      if (!(key in BUDGET_KEYS)) {
        const guess = closest(key, Object.keys(BUDGET_KEYS));
        throw new UserError(
          `${file}:${keyLine}: budgets → "${scope}" → unknown limit "${key}".${guess ? ` Did you mean "${guess}"?` : ''}`,
          `Limits: ${Object.keys(BUDGET_KEYS).join(', ')} (USD per month, USD per month, percent of the base).`,
        );
      }
      const value = isScalar(setting.value) ? setting.value.value : undefined;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new UserError(
          `${file}:${keyLine}: budgets → "${scope}" → "${key}" must be a number ≥ 0, got ${JSON.stringify(value ?? null)}.`,
          key === 'maxIncreasePercent' ? 'Write 10 for 10%.' : 'Write the amount in USD per month, e.g. 2500.',
        );
      }
      limits.push({ key: key as BudgetKey, value: new Decimal(String(value)), origin: `${file}:${keyLine}` });
    }
    out.push({ scope, origin: `${file}:${line}`, limits });
  }
  return out;
}
