/**
 * S3 bucket notifications → SNS topic / SQS queue / Lambda function: each new object is one
 * notification. Read from the bucket's NotificationConfiguration and from CDK's
 * Custom::S3BucketNotifications (what `bucket.addEventNotification` synthesizes).
 */
import type { ResourceModel } from '../../model/architecture.js';
import type { EdgeKind, FlowEdge } from '../edge-kind.js';
import type { ResourceIndex } from '../references.js';

/** Configuration list → property naming its target, in the native and the CDK custom-resource forms. */
const NATIVE = { TopicConfigurations: 'Topic', QueueConfigurations: 'Queue', LambdaConfigurations: 'Function' } as const;
const CUSTOM = {
  TopicConfigurations: 'TopicArn',
  QueueConfigurations: 'QueueArn',
  LambdaFunctionConfigurations: 'LambdaFunctionArn',
} as const;

export const s3Notifications: EdgeKind = {
  kind: 's3-notification',
  description: 'S3 bucket notification → topic, queue or function: one notification per new object',
  ratios: [{ name: 'share', unit: 'fraction', description: 'share of new objects that match the notification filter', default: 1 }],
  find(index) {
    const edges: FlowEdge[] = [];
    for (const bucket of index.ofType('AWS::S3::Bucket')) {
      addConfigurations(index, edges, bucket, bucket, bucket.properties.NotificationConfiguration, NATIVE, (c) => [c.Event]);
    }
    for (const custom of index.ofType('Custom::S3BucketNotifications')) {
      const bucket = index.referencedOfType(custom, custom.properties.BucketName, 'AWS::S3::Bucket');
      if (bucket)
        addConfigurations(index, edges, bucket, custom, custom.properties.NotificationConfiguration, CUSTOM, (c) =>
          Array.isArray(c.Events) ? c.Events : [],
        );
    }
    return edges;
  },
  carry(edge, source, ratios) {
    if (edge.facts.objectCreated !== true) {
      return { reason: `only ObjectCreated notifications are derived; this one is for ${edge.facts.events}` };
    }
    const share = ratios.get('share')!;
    return [
      {
        channel: 'primary',
        amount: source.amount('objects').times(share),
        from: 'objects',
        step: share.eq(1) ? '× 1 notification per object' : `× ${share} (share matching the filter)`,
      },
    ];
  },
};

function addConfigurations(
  index: ResourceIndex,
  edges: FlowEdge[],
  bucket: ResourceModel,
  via: ResourceModel,
  configuration: unknown,
  lists: Record<string, string>,
  eventsOf: (c: Record<string, unknown>) => unknown[],
): void {
  if (!configuration || typeof configuration !== 'object') return;
  for (const [listName, targetProperty] of Object.entries(lists)) {
    const list = (configuration as Record<string, unknown>)[listName];
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<Record<string, unknown>>) {
      const target = index.referencedOfType(bucket, item[targetProperty], 'AWS::SNS::Topic', 'AWS::SQS::Queue', 'AWS::Lambda::Function');
      if (!target) continue;
      const events = eventsOf(item).filter((e): e is string => typeof e === 'string');
      const filtered = item.Filter !== undefined;
      edges.push({
        kind: 's3-notification',
        from: bucket,
        to: target,
        label: `S3 notification (${events.join(', ') || 'events not resolved'}${filtered ? ', filtered' : ''})`,
        facts: { events: events.join(', '), objectCreated: events.some((e) => e.startsWith('s3:ObjectCreated')), filtered },
        via: via.path,
      });
    }
  }
}
