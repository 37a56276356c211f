/**
 * What --explain PATH shows: for each resource under the construct that reads usage or carries load,
 * every usage key with its resolved value and origin, and how the load arrives.
 */
import { UserError, closest } from '../errors.js';
import type { ExplainedResource } from '../usage/explained-resource.js';
import { SelectorIndex } from '../usage/propagation/selector-index.js';
import { wireUsage } from '../usage/usage-wiring.js';
import type { LoadRun } from './sweep/load-run.js';

export function explainConstruct(run: LoadRun, path: string): ExplainedResource[] {
  const pricers = run.pricers;
  const selectors = new SelectorIndex(run.architecture);
  const derived = run.context.derivedAt(1);
  const matched = selectors.match(path.replace(/^\//, ''));
  const relevant = matched.filter((r) => (pricers.pricerFor(r.type)?.usageKeys.length ?? 0) > 0 || derived.result.nodes.has(r));
  if (relevant.length === 0) {
    const names = [...selectors.names()];
    const guess = closest(path, names);
    throw new UserError(
      matched.length
        ? `--explain ${path}: nothing under it reads usage or carries load ` +
            `(${[...new Set(matched.map((r) => r.type))].slice(0, 5).join(', ')}).`
        : `--explain ${path}: no construct or resource with that path.`,
      guess ? `Did you mean "${guess}"?` : 'Give a construct path such as Stack/Construct (see the estimate table).',
    );
  }
  const { resolver } = wireUsage(run.architecture, run.usage, pricers, { context: run.context });
  return relevant.map((resource) => {
    const values = resolver.valuesFor(resource);
    const keys = (pricers.pricerFor(resource.type)?.usageKeys ?? [])
      .filter((k) => k.appliesTo?.(resource) ?? true)
      .map((k) => ({ key: k.name, unit: k.unit, ...(values.get(k.name) ? { value: values.get(k.name)! } : {}) }));
    return { resource, keys, steps: derived.explainer.steps(resource) };
  });
}
