/**
 * Firehose (ingestion by source with AWS's 5 KB record rounding, tiers, format conversion, VPC
 * delivery), Managed Service for Apache Flink (KPUs from parallelism + 1 orchestration KPU, running
 * storage per allocated KPU) and FSx (unpriced with the bundled data for want of readable price data,
 * see test/pricing/fsx-live.test.ts; volumes free). Expected costs are quantities × the snapshot's
 * unit prices.
 */
import { describe, expect, it } from 'vitest';
import { FIREHOSE_INGESTION } from '../../../lib/pricing/firehose-price-keys.js';
import { bound, component, d, expectLine, priceInline, resource, unit } from '../price-inline.js';

const KDF = 'AmazonKinesisFirehose';
const KDA = 'AmazonKinesisAnalytics';
const KB_PER_GB = 1048576;

describe('AWS::KinesisFirehose::DeliveryStream', () => {
  // AWS's Firehose pricing page (aws.amazon.com/kinesis/data-firehose/pricing, "Direct PUT and KDS
  // as a source ingestion"): "Ingestion pricing is tiered and billed per GB ingested in 5KB increments
  // (a 3KB record is billed as 5KB, a 12KB record is billed as 15KB, etc.)"; vended logs are billed
  // "per GB ingested with no 5KB increments".
  it('Direct PUT: 100 records/s of 3 KB for 30 days are billed as 5 KB records — 1,235.96 GB in the first tier', async () => {
    const records = 100 * 86400 * 30;
    const f = resource(
      await priceInline(
        `
Resources:
  Stream: { Type: AWS::KinesisFirehose::DeliveryStream, Properties: { DeliveryStreamType: DirectPut } }
`,
        { usage: { Stream: { monthlyRecords: records, avgRecordSizeKB: 3 } } },
      ),
      'Stream',
    );
    const gb = d(records).times(5).div(KB_PER_GB);
    expect(gb.toFixed(2)).toBe('1235.96');
    expectLine(component(f, 'Ingestion (Direct PUT)'), gb, unit(KDF, FIREHOSE_INGESTION.directPut));
    expect(f.components).toHaveLength(1);
  });

  it('a 12 KB record is billed as 15 KB; ingestion past 500 TB moves to the second tier', async () => {
    const records = 134217728; // × 15 KB = 1,920 GB
    const small = resource(
      await priceInline(
        `
Resources:
  Stream: { Type: AWS::KinesisFirehose::DeliveryStream }
`,
        { usage: { Stream: { monthlyRecords: records, avgRecordSizeKB: 12 } } },
      ),
      'Stream',
    );
    expect(component(small, 'Ingestion').quantity).toBe('1920');
    const firstTier = bound(KDF, FIREHOSE_INGESTION.directPut, 0);
    expect(firstTier.toFixed()).toBe('512000');
    const big = resource(
      await priceInline(
        `
Resources:
  Stream: { Type: AWS::KinesisFirehose::DeliveryStream }
`,
        { usage: { Stream: { monthlyRecords: (600000 * KB_PER_GB) / 5, avgRecordSizeKB: 5 } } },
      ),
      'Stream',
    );
    const c = component(big, 'Ingestion');
    expect(c.quantity).toBe('600000');
    const [tier1, tier2] = [unit(KDF, FIREHOSE_INGESTION.directPut), unit(KDF, FIREHOSE_INGESTION.directPut, 'us-east-1', 1)];
    const expected = firstTier.times(tier1).plus(d(600000).minus(firstTier).times(tier2));
    expect(c.monthly).toBe(expected.toFixed());
  });

  it('Kinesis data stream as source: its own tiered rate, 5 KB increments', async () => {
    const f = resource(
      await priceInline(
        `
Resources:
  Stream:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties: { DeliveryStreamType: KinesisStreamAsSource }
`,
        { usage: { Stream: { monthlyRecords: 2097152, avgRecordSizeKB: 1 } } },
      ),
      'Stream',
    );
    expectLine(component(f, 'Ingestion (Kinesis data stream)'), 10, unit(KDF, FIREHOSE_INGESTION.kinesisStream));
  });

  it('vended logs (a CloudWatch Logs subscription filter delivers to it): no 5 KB rounding', async () => {
    const f = resource(
      await priceInline(
        `
Resources:
  Logs: { Type: AWS::Logs::LogGroup }
  Stream: { Type: AWS::KinesisFirehose::DeliveryStream, Properties: { DeliveryStreamType: DirectPut } }
  Filter:
    Type: AWS::Logs::SubscriptionFilter
    Properties: { LogGroupName: !Ref Logs, FilterPattern: '', DestinationArn: !GetAtt Stream.Arn }
`,
        { usage: { Stream: { monthlyRecords: 2097152, avgRecordSizeKB: 1 } } },
      ),
      'Stream',
    );
    expectLine(component(f, 'Ingestion (vended logs)'), 2, unit(KDF, FIREHOSE_INGESTION.vendedLogs));
    expect(f.notes.join(' ')).toMatch(/subscription filter/);
  });

  it('format conversion (5 KB increments) and VPC delivery: AZ-hours per subnet and GB delivered', async () => {
    const f = await priceInline(
      `
Resources:
  Stream:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      ExtendedS3DestinationConfiguration:
        BucketARN: arn:aws:s3:::b
        RoleARN: arn:aws:iam::1:role/r
        DataFormatConversionConfiguration: { Enabled: true }
  Search:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      AmazonopensearchserviceDestinationConfiguration:
        IndexName: i
        RoleARN: arn:aws:iam::1:role/r
        S3Configuration: { BucketARN: arn:aws:s3:::b, RoleARN: arn:aws:iam::1:role/r }
        VpcConfiguration: { SubnetIds: [subnet-a, subnet-b], SecurityGroupIds: [sg-1], RoleARN: arn:aws:iam::1:role/r }
`,
      { usage: { Stream: { monthlyRecords: 1048576, avgRecordSizeKB: 2 }, Search: { monthlyRecords: 1048576, avgRecordSizeKB: 2 } } },
    );
    const s3 = resource(f, 'Stream');
    expectLine(component(s3, 'Format conversion'), 5, unit(KDF, 'Per GB of data format conversion'));
    const search = resource(f, 'Search');
    expectLine(component(search, 'VPC delivery (2 AZs)'), 1460, unit(KDF, 'Per Hour per AZ for VPC delivery'));
    expectLine(component(search, 'Data delivered to the VPC'), 2, unit(KDF, 'Per GB of data delivered to VPC'));
  });

  it('dynamic partitioning is named as not priced, not dropped', async () => {
    const f = resource(
      await priceInline(`
Resources:
  Stream:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      ExtendedS3DestinationConfiguration:
        BucketARN: arn:aws:s3:::b
        RoleARN: arn:aws:iam::1:role/r
        DynamicPartitioningConfiguration: { Enabled: true }
`),
      'Stream',
    );
    expect(f.notes.join(' ')).toMatch(/dynamic partitioning is billed per GB delivered, per S3 object and per JQ processing hour/);
  });

  it('without usage: ingestion usage-missing, never a silent zero', async () => {
    const f = resource(
      await priceInline(`
Resources:
  Stream: { Type: AWS::KinesisFirehose::DeliveryStream }
`),
      'Stream',
    );
    expect(f.status).toBe('usage-missing');
    expect(f.missingUsage).toEqual(['monthlyRecords']);
  });
});

describe('AWS::KinesisAnalyticsV2::Application (Managed Service for Apache Flink)', () => {
  const app = (extra: string) => `
Resources:
  App:
    Type: AWS::KinesisAnalyticsV2::Application
    Properties:
      RuntimeEnvironment: FLINK-1_18
      ServiceExecutionRole: arn:aws:iam::1:role/r
${extra}`;

  // AWS docs (managed-flink/latest/java/how-scaling.html): "For every KPU allocated, 50 GB of running
  // application storage is also provided … Allocated KPUs for the application = Parallelism/ParallelismPerKPU";
  // the orchestration KPU is charged on top (how-pricing.html) and is not an allocated KPU.
  it('parallelism 4 at 2 per KPU: 2 KPUs + 1 orchestration KPU, 50 GB running storage per allocated KPU', async () => {
    const a = resource(
      await priceInline(
        app(`      ApplicationConfiguration:
        FlinkApplicationConfiguration:
          ParallelismConfiguration: { ConfigurationType: CUSTOM, Parallelism: 4, ParallelismPerKPU: 2, AutoScalingEnabled: false }
`),
      ),
      'App',
    );
    expectLine(component(a, 'KPUs (3)'), 2190, unit(KDA, 'Kinesis Processing Unit KPU'));
    expectLine(component(a, 'Running application storage'), 100, unit(KDA, 'Per GB month of running application storage'));
    expect(a.status).toBe('priced');
  });

  it('default parallelism: 1 KPU + 1 orchestration; averageKPUs overrides; backups from usage', async () => {
    const plain = resource(await priceInline(app('')), 'App');
    expectLine(component(plain, 'KPUs (2)'), 1460, unit(KDA, 'Kinesis Processing Unit KPU'));
    const scaled = resource(await priceInline(app(''), { usage: { App: { averageKPUs: 5.5, backupStorageGB: 20 } } }), 'App');
    expectLine(component(scaled, 'KPUs (5.5)'), 4015, unit(KDA, 'Kinesis Processing Unit KPU'));
    // 5.5 KPUs on average, orchestration included: 4.5 allocated KPUs × 50 GB.
    expectLine(component(scaled, 'Running application storage'), 225, unit(KDA, 'Per GB month of running application storage'));
    expectLine(component(scaled, 'Durable application backups'), 20, unit(KDA, 'Per GB month of durable application backups'));
  });
});

describe('AWS::FSx::FileSystem', () => {
  it("with the bundled data, unsupported with the reason (AWS's FSx price data has only opaque rate ids); volumes are free", async () => {
    const estimate = await priceInline(`
Resources:
  Fs: { Type: AWS::FSx::FileSystem, Properties: { FileSystemType: WINDOWS, StorageCapacity: 32, SubnetIds: [s] } }
  Vol: { Type: AWS::FSx::Volume, Properties: { Name: v, VolumeType: ONTAP } }
`);
    const reason = expect.stringMatching(
      /^Storage \(Windows, SINGLE_AZ_1, SSD\), Backup storage: AWS's public price data for FSx .* opaque id/,
    );
    expect(resource(estimate, 'Fs')).toMatchObject({ status: 'unsupported', reason });
    expect(resource(estimate, 'Vol').status).toBe('free');
  });
});
