/** A provisioned Kinesis stream's read rate per shard (MB/s, all shared-throughput consumers together). */
import { limitIn, sizeInKB } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { SECONDS_PER_MONTH, proportional, round } from '../load-math.js';

const KB_PER_GB = 1024 * 1024;

export const kinesisRead: LimitRule = {
  id: 'kinesis-read',
  description: 'Peak MB read per second per shard (monthlyDataRetrievedGB) against the shard read limit',
  types: ['AWS::Kinesis::Stream'],
  limits: ['kinesis.shard-read-bytes'],
  evaluate(input) {
    const props = input.model?.properties ?? {};
    const mode = (props['StreamModeDetails'] as { StreamMode?: unknown } | undefined)?.StreamMode;
    if (mode === 'ON_DEMAND') return [];
    const shards = typeof props['ShardCount'] === 'number' ? props['ShardCount'] : 1;
    const gb = input.usage.get('monthlyDataRetrievedGB');
    const limit = limitIn(input.catalogue, 'kinesis.shard-read-bytes', input.resource.region);
    if (gb === undefined || !limit) return [];
    const kbPerSecond = ((gb * KB_PER_GB) / SECONDS_PER_MONTH) * input.peakFactor;
    const perShard = kbPerSecond / shards / sizeInKB(1, limit.unit);
    const load = `${round(perShard, 3)} MB/s per shard at peak (${shards} shards, all consumers sharing the shard)`;
    const avoid = 'Add shards, or give each consumer its own 2 MB/s per shard with enhanced fan-out.';
    return proportional(input, this.id, limit, perShard, load, avoid);
  },
};
