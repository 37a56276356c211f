/**
 * Further inputs beyond the metered-unit maps, EC2 instance-hours and OpenSearch instance-hours.
 * Each reader adds its prices and source.
 */
import type { PriceCatalog } from './collector.js';
import type { Locations } from './locations.js';
import { readReshapedRds } from './read-reshaped-rds.js';
import { readDataTransfer } from './read-data-transfer.js';
import { readGlobalRates } from './read-global-rates.js';

export type ExtraReader = (dataDir: string, locations: Locations, catalog: PriceCatalog) => void;

export const EXTRA_READERS: ExtraReader[] = [readReshapedRds, readDataTransfer, readGlobalRates];
