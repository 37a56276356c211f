/**
 * The root volume an instance always has. It comes from the AMI unless BlockDeviceMappings map the
 * root device; mapping only data volumes adds them next to the root, it does not replace it. The
 * AMI's own root volume type is read from what the template says about the image: Amazon Linux
 * 2023 AMIs default to gp3, older Amazon Linux (and most other) AMIs to gp2; both are 8 GB. The
 * usage keys `rootVolumeGB` / `rootVolumeType` override the assumption.
 */
import { Decimal } from '../../money.js';
import { type PricerContext, defineUsageKeys } from '../pricer.js';
import type { MappedVolume } from './block-devices.js';
import { EBS_VOLUME_TYPES, type EbsVolume } from './ebs-volume-costs.js';

/** Device names AMIs use for their root volume: Amazon Linux /dev/xvda, Ubuntu/RHEL/Windows /dev/sda1. */
const ROOT_DEVICE_NAMES = new Set(['/dev/xvda', '/dev/sda1', '/dev/sda']);

/** Amazon Linux's root volume size (8 GiB for Amazon Linux 2 and 2023 alike). */
const AMI_ROOT_GB = 8;

export const ROOT_VOLUME_KEYS = defineUsageKeys([
  { name: 'rootVolumeGB', unit: 'GB', description: 'Size of the AMI root volume when BlockDeviceMappings does not map it (default 8)' },
  {
    name: 'rootVolumeType',
    unit: 'volume type',
    kind: 'string',
    allowed: EBS_VOLUME_TYPES,
    description: 'Type of the AMI root volume when not mapped (default gp3 for Amazon Linux 2023 images, else gp2)',
  },
]);

/** Whether one of the mapped volumes is the root device (then the mapping is the root volume). */
export function mapsRootDevice(volumes: MappedVolume[]): boolean {
  return volumes.some((v) => ROOT_DEVICE_NAMES.has(v.deviceName));
}

/** Which AMI family the ImageId points at, as far as the template says (an SSM parameter name, an alias). */
function amiFamily(image: unknown): { type: string; which: string } {
  const text = JSON.stringify(image ?? '').toLowerCase();
  if (text.includes('al2023')) return { type: 'gp3', which: 'an Amazon Linux 2023 image (root gp3 by default)' };
  if (/amzn2|amazonlinux2|amazon-linux-2|\bal2\b/.test(text)) {
    return { type: 'gp2', which: 'an Amazon Linux 2 image (root gp2 by default)' };
  }
  return { type: 'gp2', which: 'an image the template does not name (assumed an older AMI with a gp2 root; Amazon Linux 2023 uses gp3)' };
}

/** The root volume to add when no mapping names the root device, with the note that says why. */
export function amiRootVolume(ctx: PricerContext, image: unknown, mappedDevices: string[]): { volume: EbsVolume; why: string } {
  const family = amiFamily(image);
  const givenType = ctx.usage.string('rootVolumeType');
  const type = givenType ?? family.type;
  const size = ctx.usage.numberOr('rootVolumeGB', AMI_ROOT_GB);
  const sizeFrom = ctx.usage.has('rootVolumeGB') ? 'usage rootVolumeGB' : `${AMI_ROOT_GB} GB, Amazon Linux's default`;
  const typeFrom = givenType ? 'usage rootVolumeType' : `ImageId is ${family.which}`;
  const mapped = mappedDevices.length ? `BlockDeviceMappings map only ${mappedDevices.join(', ')}, not the root device, so ` : '';
  return {
    volume: { type, sizeGb: new Decimal(size) },
    why:
      `${mapped}the root volume comes from the AMI, not the template: assumed ${size} GB ${type} (${sizeFrom}; ${typeFrom}); ` +
      'map /dev/xvda (or /dev/sda1) in BlockDeviceMappings or set rootVolumeGB / rootVolumeType to price it exactly',
  };
}
