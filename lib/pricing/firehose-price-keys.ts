/**
 * Amazon Data Firehose ingestion prices by source, each one tiered price (first 500 TB, next 1.5 PB,
 * next 3 PB per month). The snapshot builder folds the metered-unit map's tier rates under these keys
 * (lib/pricing/build/tier-groups-firehose.ts) and the Firehose pricer names them from here.
 */
export const FIREHOSE_INGESTION = {
  directPut: 'Firehose Ingestion Direct PUT',
  kinesisStream: 'Firehose Ingestion Kinesis Data Stream',
  vendedLogs: 'Firehose Ingestion Vended Logs',
  msk: 'Firehose Ingestion MSK',
} as const;
export type FirehoseSource = keyof typeof FIREHOSE_INGESTION;
