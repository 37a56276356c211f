/**
 * AWS::Kinesis::StreamConsumer — enhanced fan-out: a registered consumer of a provisioned stream
 * pays consumer-shard-hours (one per shard of its stream, every hour) and each GB it reads; of an
 * on-demand stream, each GB it reads at the on-demand enhanced fan-out rate.
 */
import { referencedResource } from '../../model/find-resources.js';
import { definePricer } from '../pricer.js';
import { num, prop, str } from '../../model/properties.js';
import { monthlyHours } from '../../quantities.js';

const KINESIS = 'AmazonKinesis';

export const kinesisStreamConsumer = definePricer({
  types: ['AWS::Kinesis::StreamConsumer'],
  service: 'Kinesis Data Streams',
  serviceCodes: [KINESIS],
  usageKeys: [{ name: 'monthlyDataRetrievedGB', unit: 'GB/month', description: 'Data this enhanced fan-out consumer reads' }],
  price(ctx) {
    const stream = referencedResource(ctx.architecture, ctx.resource, prop(ctx.resource, 'StreamARN'));
    if (stream && str(stream, 'StreamModeDetails.StreamMode') === 'ON_DEMAND') {
      ctx.add({
        name: 'Enhanced fan-out data retrieved (on demand)',
        unit: 'GB',
        quantity: ctx.usage.number('monthlyDataRetrievedGB'),
        price: { serviceCode: KINESIS, key: 'OnDemandEFODataRetrieval per GB' },
        usageBased: true,
        usageKeys: ['monthlyDataRetrievedGB'],
      });
      return;
    }
    const shards = stream ? num(stream, 'ShardCount') : undefined;
    if (shards === undefined) {
      ctx.note(stream ? `the ShardCount of ${stream.logicalId} is not readable: 1 shard` : 'the stream is not in this template: 1 shard');
    }
    const count = shards ?? 1;
    ctx.add({
      name: `Enhanced fan-out consumer-shard hours (${count} shard${count > 1 ? 's' : ''})`,
      unit: 'consumer-shard-hours',
      quantity: monthlyHours(count),
      price: { serviceCode: KINESIS, key: 'Enhanced fan out per ConsumerShardHour' },
      usageBased: false,
      formula: `${count} shards × 730 h`,
    });
    ctx.add({
      name: 'Enhanced fan-out data retrieved',
      unit: 'GB',
      quantity: ctx.usage.number('monthlyDataRetrievedGB'),
      price: { serviceCode: KINESIS, key: 'Enhanced fan out GB of data retrieved per GB' },
      usageBased: true,
      usageKeys: ['monthlyDataRetrievedGB'],
    });
  },
});
