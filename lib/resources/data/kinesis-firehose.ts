/**
 * AWS::KinesisFirehose::DeliveryStream — Firehose bills ingestion per GB (in 5 KB record
 * increments), format conversion and VPC delivery. No pricer reads those rates yet, so the stream
 * is listed as unsupported with that reason rather than priced at a guessed rate. Its destinations (S3, OpenSearch, …)
 * are priced on their own resources.
 */
import type { Pricer } from '../pricer.js';

export const kinesisFirehoseDeliveryStream: Pricer = {
  types: ['AWS::KinesisFirehose::DeliveryStream'],
  service: 'Kinesis Data Firehose',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.unsupported(
      'Firehose bills data ingested per GB (in 5 KB record increments), format conversion and VPC delivery; ' +
        'cdk-cost does not price Firehose delivery streams yet',
    );
  },
};
