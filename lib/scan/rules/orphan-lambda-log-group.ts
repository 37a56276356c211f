/**
 * Log groups "/aws/lambda/<function>" whose function no longer exists. Lambda creates them on first
 * invocation, outside any stack, so deleting the function (or its stack) leaves them behind.
 */
import { formatQuantity, Decimal } from '../../money.js';
import type { RuleFinding } from '../types.js';
import type { Rule } from './rule.js';
import { inScope, stackOf } from './stack-index.js';

const PREFIX = '/aws/lambda/';

/** "/aws/lambda/us-east-1.edgeFn" (Lambda@Edge replicas) → "edgeFn"; "/aws/lambda/fn" → "fn". */
export function functionOfLogGroup(name: string): string | undefined {
  if (!name.startsWith(PREFIX)) return undefined;
  const rest = name.slice(PREFIX.length);
  const edge = /^[a-z]{2}(-[a-z]+)+-\d\.(.+)$/.exec(rest);
  return edge ? edge[2] : rest;
}

export const orphanLambdaLogGroup: Rule = {
  id: 'orphan-lambda-log-group',
  kind: 'orphaned',
  message: 'Lambda log group whose function is gone',
  datasets: ['logGroups', 'functions'],
  optionalDatasets: ['stacks'],
  evaluate(data, ctx) {
    const functions = new Set(data.get('functions').map((f) => f.resource.name));
    const findings: RuleFinding[] = [];
    for (const group of data.get('logGroups')) {
      const fn = functionOfLogGroup(group.resource.name);
      if (fn === undefined || functions.has(fn)) continue;
      const stack = stackOf(group.resource, data);
      if (!inScope(stack, ctx)) continue;
      findings.push({
        resource: group.resource,
        ...(stack ? { stack } : {}),
        evidence: [
          {
            text:
              `function ${fn} does not exist in ${ctx.region}; ` +
              `the log group holds ${formatQuantity(new Decimal(group.storedBytes))} bytes` +
              `${group.retentionDays ? `, kept ${group.retentionDays} days` : ', kept forever'}`,
          },
        ],
        action: 'Delete the log group (export the logs to S3 first if you must keep them).',
      });
    }
    return findings;
  },
};
