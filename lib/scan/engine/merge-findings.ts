/**
 * One finding per resource: when several rules match it (an orphaned NAT gateway that no route table
 * uses), the first rule in precedence order names the finding and the evidence of all is kept.
 */
import type { Rule } from '../rules/rule.js';
import type { LiveResource, LiveUsage, RuleFinding } from '../types.js';

export interface MergedFinding {
  rules: Rule[];
  resource: LiveResource;
  stack?: string;
  evidence: RuleFinding['evidence'];
  actions: string[];
  usage: Record<string, LiveUsage>;
  costOf?: LiveResource[];
  unpricedReason?: string;
}

export function mergeFindings(findings: Array<RuleFinding & { rule: Rule }>, precedence: Rule[]): MergedFinding[] {
  const order = new Map(precedence.map((r, i) => [r.id, i]));
  const sorted = [...findings].sort((a, b) => (order.get(a.rule.id) ?? 99) - (order.get(b.rule.id) ?? 99));
  const byResource = new Map<string, MergedFinding>();
  for (const f of sorted) {
    const key = `${f.resource.region}\u0000${f.resource.id}`;
    const merged = byResource.get(key);
    if (!merged) {
      byResource.set(key, {
        rules: [f.rule],
        resource: f.resource,
        ...(f.stack ? { stack: f.stack } : {}),
        evidence: [...f.evidence],
        actions: [f.action],
        usage: { ...(f.resource.usage ?? {}), ...(f.usage ?? {}) },
        ...(f.costOf ? { costOf: f.costOf } : {}),
        ...(f.unpricedReason ? { unpricedReason: f.unpricedReason } : {}),
      });
      continue;
    }
    if (merged.rules.some((r) => r.id === f.rule.id)) continue;
    merged.rules.push(f.rule);
    merged.evidence.push(...f.evidence);
    if (!merged.actions.includes(f.action)) merged.actions.push(f.action);
    merged.stack ??= f.stack;
    merged.usage = { ...f.usage, ...merged.usage };
  }
  return [...byResource.values()];
}
