/**
 * Limits for one priced run: the resolved usage and the template resources by construct path.
 */
import type { EstimateRun } from '../estimate/run-estimate.js';
import type { ResourceModel } from '../model/architecture.js';
import type { LimitsCatalogue } from './catalogue.js';
import { checkLimits, type LimitsReport } from './check-limits.js';

export function limitsOfRun(
  run: Pick<EstimateRun, 'estimate' | 'architecture' | 'usageFor'>,
  peakFactor?: number,
  catalogue?: LimitsCatalogue,
): LimitsReport {
  const models = new Map<string, ResourceModel>();
  for (const stack of run.architecture.stacks) for (const r of stack.resources) models.set(r.path, r);
  return checkLimits(run.estimate, {
    models,
    usage: (path) => {
      const model = models.get(path);
      return model ? run.usageFor(model) : undefined;
    },
    ...(peakFactor !== undefined ? { peakFactor } : {}),
    ...(catalogue ? { catalogue } : {}),
  });
}
