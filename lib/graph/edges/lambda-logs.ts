/**
 * Lambda function → its CloudWatch log group (LoggingConfig.LogGroup, or a log group named
 * /aws/lambda/<function name>). How much a function logs depends on its code, so the edge
 * carries load only with the user's `kbPerInvocation`.
 */
import { Decimal } from '../../money.js';
import type { ResourceModel } from '../../model/architecture.js';
import { referencedIds } from '../references.js';
import type { EdgeKind, FlowEdge } from '../edge-kind.js';

/** Log sizes are given in KB and billed in GB: 1 GB = 1,000,000 KB here (decimal, like the bill's GB of text). */
const KB_PER_GB = new Decimal(1_000_000);

export const lambdaLogs: EdgeKind = {
  kind: 'lambda-logs',
  description: 'Lambda function → its log group: ingestion = invocations × KB logged per invocation',
  ratios: [{ name: 'kbPerInvocation', unit: 'KB', description: 'log data written per invocation (1 GB = 1,000,000 KB)' }],
  find(index) {
    const edges: FlowEdge[] = [];
    const byName = new Map<string, ResourceModel>();
    const byFunctionRef = new Map<string, ResourceModel>();
    for (const group of index.ofType('AWS::Logs::LogGroup')) {
      const name = group.properties.LogGroupName;
      if (typeof name === 'string') byName.set(`${group.stack}\u0000${name}`, group);
      else if (name && JSON.stringify(name).includes('/aws/lambda/'))
        for (const id of referencedIds(name)) byFunctionRef.set(`${group.stack}\u0000${id}`, group);
    }
    for (const fn of index.ofType('AWS::Lambda::Function')) {
      const logging = fn.properties.LoggingConfig as Record<string, unknown> | undefined;
      const functionName = fn.properties.FunctionName;
      const group =
        index.referencedOfType(fn, logging?.LogGroup, 'AWS::Logs::LogGroup') ??
        (typeof logging?.LogGroup === 'string' ? byName.get(`${fn.stack}\u0000${logging.LogGroup}`) : undefined) ??
        (typeof functionName === 'string' ? byName.get(`${fn.stack}\u0000/aws/lambda/${functionName}`) : undefined) ??
        byFunctionRef.get(`${fn.stack}\u0000${fn.logicalId}`);
      if (group) edges.push({ kind: 'lambda-logs', from: fn, to: group, label: 'function logs', facts: {}, via: fn.path });
    }
    return edges;
  },
  carry(_edge, source, ratios) {
    const kb = ratios.get('kbPerInvocation');
    if (!kb) return { reason: 'how much a function logs depends on its code: give kbPerInvocation' };
    return [
      {
        channel: 'primary',
        amount: source.amount(source.primary).times(kb).div(KB_PER_GB),
        from: source.primary,
        step: `× ${kb} KB per invocation ÷ 1,000,000 KB/GB`,
      },
    ];
  },
};
