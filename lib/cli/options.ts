/**
 * Option parsers shared by commands.
 */
import { UserError } from '../errors.js';

/** Repeatable KEY=VALUE option → record. */
export function collectKeyValue(flag: string) {
  return (value: string, previous: Record<string, string>): Record<string, string> => {
    const eq = value.indexOf('=');
    if (eq <= 0) throw new UserError(`${flag} ${value}: expected KEY=VALUE.`);
    return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
  };
}
