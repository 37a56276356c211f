/**
 * AWS location names ("EU (Ireland)") ↔ region codes (eu-west-1), from aws-pricing/locations.json.
 * Only AWS Regions: Local Zones and Wavelength Zones price differently and CloudFormation stacks
 * are deployed to regions.
 */
import { join } from 'node:path';
import { readJsonFile } from './read-json.js';

interface LocationEntry {
  name: string;
  code: string;
  type: string;
}

export interface Locations {
  /** Region code of a location name, if it is an AWS Region. */
  regionCodeOf(location: string): string | undefined;
  /** The location named at the start of a reshaped cell such as "EU (Paris) (vCPU: 2, …)". */
  locationOf(cell: string): string | undefined;
  /** Region code → location name. */
  byRegion: Record<string, string>;
}

export function readLocations(dataDir: string): Locations {
  const entries = readJsonFile<Record<string, LocationEntry>>(join(dataDir, 'locations.json'));
  const codeByName = new Map<string, string>();
  const byRegion: Record<string, string> = {};
  for (const entry of Object.values(entries)) {
    if (entry.type !== 'AWS Region') continue;
    codeByName.set(entry.name, entry.code);
    byRegion[entry.code] = entry.name;
  }
  // Longest names first, so "US East (N. Virginia)" is not mistaken for a shorter prefix.
  const names = [...codeByName.keys()].sort((a, b) => b.length - a.length);
  return {
    regionCodeOf: (location) => codeByName.get(location),
    locationOf: (cell) => names.find((name) => cell === name || cell.startsWith(`${name} (`)),
    byRegion,
  };
}
