/**
 * JSON: the Estimate object itself (schema in README "Estimate JSON"), pretty-printed.
 */
import type { Estimate } from '../estimate/estimate-types.js';

export function renderJson(estimate: Estimate): string {
  return JSON.stringify(estimate, null, 2) + '\n';
}
