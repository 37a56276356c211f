/**
 * Dead-letter queues: an SQS queue's RedrivePolicy → its dead-letter queue, and a Lambda function's
 * DeadLetterConfig → queue or topic. How many messages fail is not in the template, so the edge
 * carries load only with the user's `share` (the part of messages that end there).
 */
import type { EdgeKind, FlowEdge } from '../edge-kind.js';

export const deadLetterQueues: EdgeKind = {
  kind: 'dead-letter-queue',
  description: 'Queue or function → dead-letter queue: carries the failing share of messages',
  ratios: [{ name: 'share', unit: 'fraction', description: 'share of messages (or async invocations) that end in the dead-letter queue' }],
  find(index) {
    const edges: FlowEdge[] = [];
    for (const queue of index.ofType('AWS::SQS::Queue')) {
      const redrive = queue.properties.RedrivePolicy as Record<string, unknown> | undefined;
      const dlq = redrive && index.referencedOfType(queue, redrive.deadLetterTargetArn, 'AWS::SQS::Queue');
      if (dlq)
        edges.push({
          kind: 'dead-letter-queue',
          from: queue,
          to: dlq,
          label: `dead-letter queue (after ${String(redrive!.maxReceiveCount ?? '?')} receives)`,
          facts: { maxReceiveCount: Number(redrive!.maxReceiveCount ?? 0) },
          via: queue.path,
        });
    }
    for (const fn of index.ofType('AWS::Lambda::Function')) {
      const config = fn.properties.DeadLetterConfig as Record<string, unknown> | undefined;
      const dlq = config && index.referencedOfType(fn, config.TargetArn, 'AWS::SQS::Queue', 'AWS::SNS::Topic');
      if (dlq)
        edges.push({
          kind: 'dead-letter-queue',
          from: fn,
          to: dlq,
          label: 'dead-letter queue (failed async invocations)',
          facts: {},
          via: fn.path,
        });
    }
    return edges;
  },
  carry(_edge, source, ratios) {
    const share = ratios.get('share');
    if (!share) return { reason: 'how many messages fail is not in the template: give share (e.g. 0.01)' };
    return [
      {
        channel: 'primary',
        amount: source.amount(source.primary).times(share),
        from: source.primary,
        step: `× ${share} (share that fails)`,
      },
    ];
  },
};
