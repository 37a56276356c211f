/** A Kinesis record above the maximum data payload is rejected at any load. */
import { limitIn, sizeInKB } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { perRequest, round } from '../load-math.js';

export const kinesisRecordSize: LimitRule = {
  id: 'kinesis-record-size',
  description: 'Record size (avgRecordSizeKB) against the maximum record data payload',
  types: ['AWS::Kinesis::Stream'],
  limits: ['kinesis.record-size'],
  evaluate(input) {
    const kb = input.usage.get('avgRecordSizeKB');
    const limit = limitIn(input.catalogue, 'kinesis.record-size', input.resource.region);
    if (kb === undefined || !limit) return [];
    const current = kb / sizeInKB(1, limit.unit);
    const avoid = 'Put the payload in S3 and write its key to the stream, or split it over several records.';
    return perRequest(input, this.id, limit, current, `${round(current, 3)} ${limit.unit} per record`, avoid);
  },
};
