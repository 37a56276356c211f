/**
 * The Amazon EKS Kubernetes release calendar (pricing/eks-kubernetes-versions.json, copied from the
 * AWS docs with its URL): whether a cluster's Version is in standard support, extended support, or
 * past it on a given day. Data, not code: update the file when AWS publishes new versions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../package-root.js';

interface CalendarFile {
  source: string;
  versions: Array<{ version: string; eksRelease: string; endOfStandardSupport: string; endOfExtendedSupport: string }>;
}

export type SupportPhase =
  | { phase: 'standard'; until: string }
  | { phase: 'extended'; since: string; until: string }
  | { phase: 'ended'; since: string }
  | { phase: 'unknown'; reason: string };

let calendar: CalendarFile | undefined;

export const EKS_CALENDAR_FILE = 'pricing/eks-kubernetes-versions.json';

function load(): CalendarFile {
  return (calendar ??= JSON.parse(readFileSync(join(packageRoot(), EKS_CALENDAR_FILE), 'utf8')) as CalendarFile);
}

export function calendarSource(): string {
  return load().source;
}

/** The support phase of Kubernetes `version` on `day` (UTC; a phase starts at the beginning of its day). */
export function supportPhase(version: string, day: Date): SupportPhase {
  const { versions } = load();
  const entry = versions.find((v) => v.version === version);
  const today = day.toISOString().slice(0, 10);
  if (!entry) {
    const newer = versions.every((v) => compareVersions(version, v.version) > 0);
    const older = versions.every((v) => compareVersions(version, v.version) < 0);
    if (older) return { phase: 'ended', since: `before ${versions[versions.length - 1]!.endOfExtendedSupport}` };
    return { phase: 'unknown', reason: newer ? 'newer than the calendar lists' : 'not in the calendar' };
  }
  if (today < entry.endOfStandardSupport) return { phase: 'standard', until: entry.endOfStandardSupport };
  if (today < entry.endOfExtendedSupport) {
    return { phase: 'extended', since: entry.endOfStandardSupport, until: entry.endOfExtendedSupport };
  }
  return { phase: 'ended', since: entry.endOfExtendedSupport };
}

function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}
