/**
 * AWS::KinesisFirehose::DeliveryStream — Firehose bills ingestion per GB (in 5 KB record
 * increments), format conversion and VPC delivery. None of these rates is in the price data the
 * snapshot is built from (no AmazonKinesisFirehose file), so the stream is listed as unsupported
 * with that reason rather than priced at a guessed rate. Its destinations (S3, OpenSearch, …)
 * are priced on their own resources.
 */
import type { Pricer } from '../pricer.js';

export const kinesisFirehoseDeliveryStream: Pricer = {
  types: ['AWS::KinesisFirehose::DeliveryStream'],
  service: 'Kinesis Data Firehose',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.unsupported('Firehose ingestion prices are not in the bundled price data (no AmazonKinesisFirehose rates in ../shared/aws-pricing)');
  },
};
