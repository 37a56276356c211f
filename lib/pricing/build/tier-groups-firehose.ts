/**
 * Firehose's ingestion tiers. The metered-unit map names each tier ("Per GB of data ingested first
 * 500TB", "… Next 1 5PB", "… Next 3PB"); the bounds come from those names, in GB with 1 TB = 1,024 GB
 * as the same file's Iceberg tiers show ("from 0 to 256000" is 250 TB). The data has no rate beyond
 * 5 PB a month, so the last tier is left open rather than invented.
 */
import { FIREHOSE_INGESTION } from '../firehose-price-keys.js';
import type { TierGroup } from './tier-groups.js';

const TB = 1024;
const BOUNDS: Array<[string, string | null]> = [
  ['0', String(500 * TB)],
  [String(500 * TB), String(2048 * TB)],
  [String(2048 * TB), null],
];

function firehoseTiers(key: string, prefix: string, suffix = ''): TierGroup {
  const names = [`${prefix} first 500TB${suffix}`, `${prefix} Next 1 5PB${suffix}`, `${prefix} Next 3PB${suffix}`];
  return {
    serviceCode: 'AmazonKinesisFirehose',
    key,
    unit: 'GB',
    boundsFrom: 'rate names',
    tiers: names.map((rate, i) => ({ rate, from: BOUNDS[i]![0], to: BOUNDS[i]![1] })),
  };
}

export const FIREHOSE_TIER_GROUPS: TierGroup[] = [
  firehoseTiers(FIREHOSE_INGESTION.directPut, 'Per GB of data ingested'),
  firehoseTiers(FIREHOSE_INGESTION.kinesisStream, 'Per GB of data read from Kinesis Streams'),
  firehoseTiers(FIREHOSE_INGESTION.vendedLogs, 'Per GB of data ingested', ' Vended Logs'),
  firehoseTiers(FIREHOSE_INGESTION.msk, 'MSK Record Processing Per GB of data ingested'),
];
