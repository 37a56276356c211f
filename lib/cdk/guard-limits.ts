/**
 * CostGuard `failOnLimits`: the same limit rules `estimate --limits` runs, over the guarded
 * resources and their usage; every limit crossed at the estimated load becomes an error annotation
 * on the stack(s) its resources are in, naming the resource, the load, the limit and what avoids it.
 */
import type { Stack } from 'aws-cdk-lib';
import type { Estimate } from '../estimate/estimate-types.js';
import { checkLimits } from '../limits/check-limits.js';
import type { LimitFinding } from '../limits/limit-types.js';
import { round } from '../limits/load-math.js';
import type { Architecture, ResourceModel } from '../model/architecture.js';
import type { UsageValue } from '../usage/usage-value.js';
import type { GuardAnnotation } from './guard-messages.js';

export interface GuardLimitsInput {
  estimate: Estimate;
  architecture: Architecture;
  usageFor: (r: ResourceModel) => ReadonlyMap<string, UsageValue>;
  stacks: Map<string, Stack>;
  peakFactor?: number;
}

export function guardLimitAnnotations(input: GuardLimitsInput): { findings: LimitFinding[]; annotations: GuardAnnotation[] } {
  const models = new Map<string, ResourceModel>();
  for (const stack of input.architecture.stacks) for (const r of stack.resources) models.set(r.path, r);
  const report = checkLimits(input.estimate, {
    models,
    usage: (path) => {
      const model = models.get(path);
      return model ? input.usageFor(model) : undefined;
    },
    ...(input.peakFactor !== undefined ? { peakFactor: input.peakFactor } : {}),
  });
  const crossed = report.findings.filter((f) => f.crossed);
  const stackOf = new Map(input.estimate.resources.map((r) => [r.path, r.stack]));
  const annotations: GuardAnnotation[] = [];
  for (const f of crossed) {
    const paths = f.contributors ? f.contributors.map((c) => c.resource) : [f.resource];
    const names = new Set(paths.map((p) => stackOf.get(p)).filter((s): s is string => s !== undefined));
    const message = limitMessage(f, report.peakFactor);
    for (const name of names) {
      const stack = input.stacks.get(name);
      if (stack) annotations.push({ stack, level: 'error', message });
    }
  }
  return { findings: report.findings, annotations };
}

export function limitMessage(f: LimitFinding, peakFactor: number): string {
  const kind = f.limit.adjustable ? 'the default, adjustable' : 'a hard limit';
  const at = f.breaksAt === 0 ? 'at any load' : `at the estimated load (peak factor ${peakFactor})`;
  return (
    `cdk-cost CostGuard: ${f.resource} crosses ${f.limit.name} ${at}: ${f.load}; ` +
    `${kind} is ${round(f.limit.value)} ${f.limit.unit} (${f.limit.url}). ${f.avoid}`
  );
}
