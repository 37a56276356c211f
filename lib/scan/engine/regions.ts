/**
 * Which regions to scan: the ones given (or every enabled region for "all"), else the app's stack
 * regions, else the region the SDK is configured with. Regions the account has not enabled are
 * skipped with a note (DescribeRegions OptInStatus "not-opted-in").
 */
import { UserError } from '../../errors.js';
import type { ClientFactory } from '../aws/clients.js';
import { errorInfo, isAccessDenied, isRegionDisabled } from '../aws/errors.js';
import type { CoverageGap, SkippedRegion } from '../types.js';

/** IAM actions the region listing calls (part of the scan policy, iam-policy.ts). */
export const REGIONS_IAM_ACTIONS = ['ec2:DescribeRegions'];

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export interface RegionPlan {
  regions: string[];
  skipped: SkippedRegion[];
  gaps: CoverageGap[];
}

export async function planRegions(
  clients: ClientFactory,
  requested: string[],
  appRegions: string[],
  profile?: string,
): Promise<RegionPlan> {
  for (const r of requested) {
    if (r !== 'all' && !REGION.test(r))
      throw new UserError(
        `--region ${r}: not a region code.`,
        'Use codes such as us-east-1 or eu-west-1, or "all" for every enabled region.',
      );
  }
  const wantsAll = requested.includes('all');
  let regions = requested.filter((r) => r !== 'all');
  if (!wantsAll && regions.length === 0) regions = appRegions.length ? [...appRegions] : [await configuredRegion(profile)];
  const home = regions[0] ?? (await configuredRegion(profile));
  const gaps: CoverageGap[] = [];
  const skipped: SkippedRegion[] = [];
  let statuses: Map<string, string> | undefined;
  const { DescribeRegionsCommand, EC2Client } = await import('@aws-sdk/client-ec2');
  try {
    const out = await clients.get(EC2Client, home).send(new DescribeRegionsCommand({ AllRegions: true }));
    statuses = new Map((out.Regions ?? []).map((r) => [r.RegionName!, r.OptInStatus ?? 'opt-in-not-required']));
  } catch (error) {
    // The home region itself may be disabled (or the credentials rejected): each region's own calls decide then.
    if (isRegionDisabled(error)) return finish(regions, wantsAll, undefined, skipped, gaps);
    if (!isAccessDenied(error)) throw error;
    const info = errorInfo(error);
    gaps.push({
      region: home,
      service: 'ec2',
      operation: 'DescribeRegions',
      code: info.code,
      message: `${info.message} (disabled regions are recognised by their errors instead)`,
      rulesSkipped: [],
    });
  }
  return finish(regions, wantsAll, statuses, skipped, gaps);
}

function finish(
  regions: string[],
  wantsAll: boolean,
  statuses: Map<string, string> | undefined,
  skipped: SkippedRegion[],
  gaps: CoverageGap[],
): RegionPlan {
  if (wantsAll) {
    if (!statuses)
      throw new UserError(
        '--region all needs ec2:DescribeRegions to list the enabled regions.',
        'Grant it, or name the regions with --region.',
      );
    regions = [...new Set([...regions, ...[...statuses].filter(([, s]) => s !== 'not-opted-in').map(([r]) => r)])].sort();
  }
  const enabled: string[] = [];
  for (const region of [...new Set(regions)]) {
    const status = statuses?.get(region);
    if (status === 'not-opted-in') skipped.push({ region, reason: 'region not enabled for this account (opt-in region)' });
    else if (statuses && status === undefined)
      skipped.push({ region, reason: 'not a region this partition knows (DescribeRegions does not list it)' });
    else enabled.push(region);
  }
  return { regions: enabled, skipped, gaps };
}

/** The region the SDK resolves for this profile (AWS_REGION, the profile's region, …). */
async function configuredRegion(profile: string | undefined): Promise<string> {
  const { EC2Client } = await import('@aws-sdk/client-ec2');
  const client = new EC2Client(profile ? { profile } : {});
  try {
    return await client.config.region();
  } catch {
    throw new UserError('No region to scan.', 'Pass --region (repeatable, or "all"), or set AWS_REGION / a region in your AWS profile.');
  } finally {
    client.destroy();
  }
}
