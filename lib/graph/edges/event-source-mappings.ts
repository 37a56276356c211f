/**
 * Lambda event source mappings: SQS queue, DynamoDB stream, Kinesis stream → function. The poller
 * hands the function records in batches, so invocations = records ÷ batch size (batches assumed
 * full — the cheapest case; a batching window that closes early makes more, smaller batches).
 */
import { fmt } from '../../quantities.js';
import { num } from '../../model/properties.js';
import { Decimal } from '../../money.js';
import type { EdgeKind, FlowEdge } from '../edge-kind.js';

/** Lambda's default batch size by event source (AWS::Lambda::EventSourceMapping BatchSize). */
const DEFAULT_BATCH: Record<string, number> = { 'AWS::SQS::Queue': 10, 'AWS::DynamoDB::Table': 100, 'AWS::Kinesis::Stream': 100 };

export const eventSourceMappings: EdgeKind = {
  kind: 'event-source-mapping',
  description: 'Lambda event source mapping (SQS, DynamoDB stream, Kinesis) → function: invocations = records ÷ batch size',
  ratios: [
    {
      name: 'retriesPerMessage',
      unit: 'deliveries',
      description: 'extra deliveries per record (failed batches are delivered again)',
      default: 0,
    },
    { name: 'share', unit: 'fraction', description: 'share of records that pass the filter criteria', default: 1 },
  ],
  find(index) {
    const edges: FlowEdge[] = [];
    for (const mapping of index.ofType('AWS::Lambda::EventSourceMapping')) {
      const source = index.referencedOfType(mapping, mapping.properties.EventSourceArn, ...Object.keys(DEFAULT_BATCH));
      const fn = index.referencedOfType(mapping, mapping.properties.FunctionName, 'AWS::Lambda::Function');
      if (!source || !fn) continue;
      const batchSize = num(mapping, 'BatchSize') ?? DEFAULT_BATCH[source.type]!;
      const what = source.type === 'AWS::SQS::Queue' ? 'SQS' : source.type === 'AWS::DynamoDB::Table' ? 'DynamoDB stream' : 'Kinesis';
      edges.push({
        kind: 'event-source-mapping',
        from: source,
        to: fn,
        label: `${what} event source mapping (batch size ${batchSize})`,
        facts: { batchSize, filtered: mapping.properties.FilterCriteria !== undefined },
        via: mapping.path,
      });
    }
    return edges;
  },
  carry(edge, source, ratios) {
    const batch = new Decimal(edge.facts.batchSize as number);
    const share = ratios.get('share')!;
    const retries = ratios.get('retriesPerMessage')!;
    const records = source.amount(source.primary).times(share);
    const deliveries = records.times(retries.plus(1));
    const steps = [
      share.eq(1) ? '' : `× ${fmt(share)} (share passing the filter)`,
      retries.isZero() ? '' : `× ${fmt(retries.plus(1))} deliveries (retries)`,
    ].filter(Boolean);
    return [
      { channel: 'primary', amount: deliveries.div(batch), from: source.primary, step: [...steps, `÷ batch size ${fmt(batch)}`].join(' ') },
      { channel: 'records', amount: deliveries, from: source.primary, step: steps.join(' ') },
    ];
  },
};
