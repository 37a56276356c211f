/**
 * Budget limits as given on the command line: `--fail-if-total-over 2500` (USD) and
 * `--fail-if-increase-over 50` (USD) or `--fail-if-increase-over 10%` (percent of the base total).
 */
import { Decimal } from '../money.js';
import { UserError } from '../errors.js';

export type IncreaseLimit = { kind: 'usd'; value: Decimal } | { kind: 'percent'; value: Decimal };

export interface BudgetLimits {
  totalOver?: Decimal;
  increaseOver?: IncreaseLimit;
}

const AMOUNT = /^\$?(\d+(?:\.\d+)?)$/;

export function parseUsdLimit(flag: string, text: string): Decimal {
  const match = AMOUNT.exec(text.trim().replace(/,/g, ''));
  if (!match) throw new UserError(`${flag} ${text}: expected an amount in USD per month, e.g. ${flag} 2500.`);
  return new Decimal(match[1]!);
}

export function parseIncreaseLimit(flag: string, text: string): IncreaseLimit {
  const trimmed = text.trim();
  if (trimmed.endsWith('%')) {
    const match = /^(\d+(?:\.\d+)?)%$/.exec(trimmed);
    if (!match) throw new UserError(`${flag} ${text}: expected a percentage such as 10% or an amount in USD such as 50.`);
    return { kind: 'percent', value: new Decimal(match[1]!) };
  }
  if (!AMOUNT.test(trimmed.replace(/,/g, ''))) {
    throw new UserError(`${flag} ${text}: expected an amount in USD per month (e.g. 50) or a percentage of the base total (e.g. 10%).`);
  }
  return { kind: 'usd', value: parseUsdLimit(flag, trimmed) };
}
