/**
 * Further inputs beyond the metered-unit maps, EC2 instance-hours and OpenSearch instance-hours.
 * Each reader adds its prices and source. The reshaped EC2 reader runs after ec2-ondemand/ (in
 * buildCatalog) and only fills the types that data lacks.
 */
import type { PriceCatalog } from './collector.js';
import type { Locations } from './locations.js';
import { readReshapedRds } from './read-reshaped-rds.js';
import { readReshapedAurora } from './read-reshaped-aurora.js';
import { readReshapedEmr } from './read-reshaped-emr.js';
import { readReshapedEc2 } from './read-reshaped-ec2.js';
import { readDataTransfer } from './read-data-transfer.js';
import { readGlobalRates } from './read-global-rates.js';

export type ExtraReader = (dataDir: string, locations: Locations, catalog: PriceCatalog) => void;

export const EXTRA_READERS: ExtraReader[] = [
  readReshapedRds,
  readReshapedAurora,
  readReshapedEmr,
  readReshapedEc2,
  readDataTransfer,
  readGlobalRates,
];
