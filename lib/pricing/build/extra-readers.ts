/**
 * Further inputs beyond the metered-unit maps, EC2 instance-hours and OpenSearch instance-hours
 * (e.g. reshaped RDS instance-hours, data transfer). Each reader adds its prices and source.
 */
import type { PriceCatalog } from './collector.js';
import type { Locations } from './locations.js';

export type ExtraReader = (dataDir: string, locations: Locations, catalog: PriceCatalog) => void;

export const EXTRA_READERS: ExtraReader[] = [];
