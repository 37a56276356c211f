/** A provisioned Kinesis stream's write rate per shard (records/s and MB/s), spread evenly over its shards. */
import { limitIn, sizeInKB } from '../catalogue.js';
import type { LimitFinding, LimitRule } from '../limit-types.js';
import { peakPerSecond, proportional, round } from '../load-math.js';

const AVOID = 'Add shards (or use on-demand mode), aggregate small records (KPL), and spread partition keys evenly.';

export const kinesisShard: LimitRule = {
  id: 'kinesis-shard',
  description: 'Peak records and MB written per second per shard against the shard write limits',
  types: ['AWS::Kinesis::Stream'],
  limits: ['kinesis.shard-write-records', 'kinesis.shard-write-bytes'],
  evaluate(input) {
    const props = input.model?.properties ?? {};
    const mode = (props['StreamModeDetails'] as { StreamMode?: unknown } | undefined)?.StreamMode;
    if (mode === 'ON_DEMAND') return [];
    const shards = typeof props['ShardCount'] === 'number' ? props['ShardCount'] : 1;
    const records = input.usage.get('monthlyPutRecords');
    if (records === undefined) return [];
    const perShard = peakPerSecond(records, input.peakFactor) / shards;
    const findings: LimitFinding[] = [];
    const recordLimit = limitIn(input.catalogue, 'kinesis.shard-write-records', input.resource.region);
    const recordLoad = `${round(perShard)} records/s per shard at peak (${shards} shards)`;
    if (recordLimit) findings.push(...proportional(input, this.id, recordLimit, perShard, recordLoad, AVOID));
    const byteLimit = limitIn(input.catalogue, 'kinesis.shard-write-bytes', input.resource.region);
    const sizeKB = input.usage.get('avgRecordSizeKB') ?? 1;
    if (byteLimit) {
      const mbPerSecond = (perShard * sizeKB) / sizeInKB(1, byteLimit.unit);
      const byteLoad = `${round(mbPerSecond, 3)} MB/s per shard at peak (${round(sizeKB)} KB records)`;
      findings.push(...proportional(input, this.id, byteLimit, mbPerSecond, byteLoad, AVOID));
    }
    return findings;
  },
};
