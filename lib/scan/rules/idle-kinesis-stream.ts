/**
 * Kinesis data stream with no incoming records over the lookback (Cloud Custodian kinesis metrics
 * filter, IncomingRecords == 0). Provisioned shards bill every hour.
 */
import type { StreamRecord } from '../datasets/kinesis-streams.js';
import { zeroTrafficRule } from './zero-traffic-rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

const KINESIS_INCOMINGRECORDS: ThresholdDefinition = {
  key: 'kinesis.incomingRecords',
  default: 0,
  unit: 'records',
  description: 'at most this many incoming records over the lookback',
  source: 'Cloud Custodian kinesis metrics filter (IncomingRecords == 0)',
};

export const idleKinesisStream = zeroTrafficRule<StreamRecord>({
  id: 'idle-kinesis-stream',
  message: 'Kinesis stream with no incoming records',
  dataset: 'streams',
  threshold: KINESIS_INCOMINGRECORDS,
  noun: 'incoming records',
  queries: (s) => [{ namespace: 'AWS/Kinesis', metric: 'IncomingRecords', dimensions: { StreamName: s.resource.name }, stat: 'Sum' }],
  action: 'Delete the stream if no producer writes to it any more.',
  idleUsage: { monthlyPutRecords: 0, monthlyDataRetrievedGB: 0 },
});
