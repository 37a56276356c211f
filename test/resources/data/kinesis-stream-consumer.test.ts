/**
 * Kinesis enhanced fan-out (AWS::Kinesis::StreamConsumer): consumer-shard-hours of the referenced
 * provisioned stream's shards and GB retrieved; on an on-demand stream, the on-demand EFO GB rate.
 */
import { describe, expect, it } from 'vitest';
import { component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const K = 'AmazonKinesis';

describe('AWS::Kinesis::StreamConsumer', () => {
  it('provisioned stream: shards × 730 consumer-shard-hours plus GB retrieved', async () => {
    const c = resource(
      await priceInline(
        `
Resources:
  Stream: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 4 } }
  Fanout: { Type: AWS::Kinesis::StreamConsumer, Properties: { ConsumerName: fan, StreamARN: !GetAtt Stream.Arn } }
`,
        { usage: { Fanout: { monthlyDataRetrievedGB: 2500 } } },
      ),
      'Fanout',
    );
    const hours = component(c, 'Enhanced fan-out consumer-shard hours (4 shards)');
    expectLine(hours, d(4).times(730), unit(K, 'Enhanced fan out per ConsumerShardHour'));
    expectLine(component(c, 'Enhanced fan-out data retrieved'), 2500, unit(K, 'Enhanced fan out GB of data retrieved per GB'));
  });

  it('on-demand stream: only GB retrieved, at the on-demand enhanced fan-out rate; usage-missing without it', async () => {
    const template = `
Resources:
  Stream: { Type: AWS::Kinesis::Stream, Properties: { StreamModeDetails: { StreamMode: ON_DEMAND } } }
  Fanout: { Type: AWS::Kinesis::StreamConsumer, Properties: { ConsumerName: fan, StreamARN: !GetAtt Stream.Arn } }
`;
    const c = resource(await priceInline(template, { usage: { Fanout: { monthlyDataRetrievedGB: 300 } } }), 'Fanout');
    expect(c.components).toHaveLength(1);
    expectLine(component(c, 'Enhanced fan-out data retrieved (on demand)'), 300, unit(K, 'OnDemandEFODataRetrieval per GB'));
    const missing = resource(await priceInline(template), 'Fanout');
    expect(missing.status).toBe('usage-missing');
    expect(missing.missingUsage).toEqual(['monthlyDataRetrievedGB']);
  });
});
