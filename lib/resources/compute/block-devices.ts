/**
 * Reads EBS volumes out of BlockDeviceMappings, which AWS::EC2::Instance, launch templates and
 * launch configurations all write the same way ({DeviceName, Ebs: {VolumeSize, VolumeType, Iops,
 * Throughput}}). Instance-store devices (VirtualName) and suppressed ones (NoDevice) cost nothing.
 */
import { Decimal } from '../../money.js';
import { num, str, unresolved } from '../../model/properties.js';
import type { EbsVolume } from './ebs-volume-costs.js';

export interface MappedVolume {
  deviceName: string;
  volume: EbsVolume;
  /** What could not be read from the template, for a note. */
  unknown?: string;
}

/** EC2's default volume type when a mapping does not say (CreateVolume / RunInstances). */
export const DEFAULT_VOLUME_TYPE = 'gp2';

export function mappedVolumes(mappings: unknown[] | undefined): MappedVolume[] {
  const out: MappedVolume[] = [];
  for (const raw of mappings ?? []) {
    if (!raw || typeof raw !== 'object') continue;
    const m = raw as Record<string, unknown>;
    if (m.NoDevice !== undefined || m.VirtualName !== undefined || !m.Ebs || typeof m.Ebs !== 'object') continue;
    const ebs = m.Ebs as Record<string, unknown>;
    const size = num(ebs, 'VolumeSize');
    const iops = num(ebs, 'Iops');
    const throughput = num(ebs, 'Throughput');
    const sizeWhy = size === undefined ? unresolved(ebs, 'VolumeSize') : undefined;
    out.push({
      deviceName: str(m, 'DeviceName') ?? 'unnamed device',
      volume: {
        type: (str(ebs, 'VolumeType') ?? DEFAULT_VOLUME_TYPE).toLowerCase(),
        sizeGb: size === undefined ? undefined : new Decimal(size),
        ...(iops !== undefined ? { iops: new Decimal(iops) } : {}),
        ...(throughput !== undefined ? { throughputMiBps: new Decimal(throughput) } : {}),
      },
      ...(sizeWhy ? { unknown: `VolumeSize is ${sizeWhy}` } : {}),
    });
  }
  return out;
}
