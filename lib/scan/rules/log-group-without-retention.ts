/**
 * Log groups with no retention: CloudWatch Logs keeps their data forever and bills it every month,
 * so storage only grows. The finding's cost is what the data stored today costs per month.
 */
import { formatQuantity, Decimal } from '../../money.js';
import type { RuleFinding } from '../types.js';
import type { Rule } from './rule.js';
import { functionOfLogGroup } from './orphan-lambda-log-group.js';
import { inScope, stackOf } from './stack-index.js';

export const logGroupWithoutRetention: Rule = {
  id: 'log-group-without-retention',
  kind: 'orphaned',
  message: 'Log group that keeps its logs forever',
  datasets: ['logGroups'],
  optionalDatasets: ['stacks', 'functions'],
  evaluate(data, ctx) {
    // In app scope a Lambda log group belongs to the stack of its function.
    const functionStacks = new Map<string, string>();
    if (data.has('functions'))
      for (const f of data.get('functions')) {
        const stack = stackOf(f.resource, data);
        if (stack) functionStacks.set(f.resource.name, stack);
      }
    const findings: RuleFinding[] = [];
    for (const group of data.get('logGroups')) {
      if (group.retentionDays !== undefined) continue;
      const fn = functionOfLogGroup(group.resource.name);
      const stack = stackOf(group.resource, data) ?? (fn ? functionStacks.get(fn) : undefined);
      if (!inScope(stack, ctx)) continue;
      findings.push({
        resource: group.resource,
        ...(stack ? { stack } : {}),
        evidence: [{ text: `no retention set (logs never expire); ${formatQuantity(new Decimal(group.storedBytes))} bytes stored now` }],
        action: 'Set a retention period (e.g. 30 days: `aws logs put-retention-policy`, or `retention` on the CDK LogGroup).',
      });
    }
    return findings;
  },
};
