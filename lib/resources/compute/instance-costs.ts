/**
 * The cost of running EC2 instances of one configuration: instance-hours (Linux, on-demand, shared
 * tenancy), their EBS volumes, detailed monitoring and public IPv4 addresses. Shared by
 * AWS::EC2::Instance, AWS::AutoScaling::AutoScalingGroup (through its launch template or launch
 * configuration) and AWS::Cloud9::EnvironmentEC2.
 */
import type { Decimal } from '../../money.js';
import { ec2InstanceKey } from '../../pricing/catalog-keys.js';
import type { PricerContext, UsageKeyDefinition } from '../pricer.js';
import { HOURS_PER_MONTH, fmt } from '../../quantities.js';
import { amiRootVolume, mapsRootDevice } from './ami-root-volume.js';
import { mappedVolumes } from './block-devices.js';
import { addEbsVolume, type EbsVolume } from './ebs-volume-costs.js';

export interface InstanceConfig {
  /** e.g. "m5.large"; undefined when the template does not say or the value is unresolved. */
  instanceType: string | undefined;
  /** Why the type is unknown ("InstanceType is Fn::ImportValue …"), for the note. */
  instanceTypeUnknown?: string;
  /** default | dedicated | host. */
  tenancy?: string;
  detailedMonitoring: boolean;
  blockDeviceMappings?: unknown[];
  /** standard | unlimited (burstable types only). */
  cpuCredits?: string;
  /** Whether each instance gets a public IPv4 address, and why we think so. */
  publicIpv4?: { reason: string };
  /** Spot instances (InstanceMarketOptions, SpotPrice): priced at on-demand, with a note. */
  spot?: boolean;
  /** Where the configuration came from, for notes ("launch template WebLT"). */
  source?: string;
  /** The ImageId as the template gives it (a literal, a Ref to an SSM parameter …): tells the AMI's root volume type. */
  image?: unknown;
}

export interface InstanceCostOptions {
  /** Instances running (may be fractional: an average). */
  count: Decimal;
  /** Hours each instance runs per month (730 unless stopped part of the time). */
  hoursPerInstance?: Decimal;
  /** How the count was decided, shown in formulas ("DesiredCapacity 2"). */
  countSource?: string;
  /** When no block device mappings are given: the root volume the AMI (or service) brings. */
  defaultRootVolume?: { volume: EbsVolume; why: string };
  /**
   * EC2 instances: the AMI's root volume is always there; it is added unless a mapping names the
   * root device (see ami-root-volume.ts). Takes the place of defaultRootVolume.
   */
  amiRootVolume?: boolean;
}

/** Families AWS lists as previous generation: price lists keep them only in some regions. */
const PREVIOUS_GENERATION = new Set(['t1', 'm1', 'm2', 'm3', 'c1', 'c3', 'cc2', 'cg1', 'cr1', 'g2', 'hi1', 'hs1', 'i2', 'r3']);
/** Burstable families that run in unlimited-credit mode by default (T2 defaults to standard). */
const UNLIMITED_BY_DEFAULT = new Set(['t3', 't3a', 't4g']);

/** CloudWatch detailed monitoring publishes 7 instance metrics at 1-minute resolution (Infracost counts the same). */
const DETAILED_MONITORING_METRICS = 7;

export function addInstanceCosts(ctx: PricerContext, config: InstanceConfig, options: InstanceCostOptions): void {
  const count = options.count;
  const hours = options.hoursPerInstance ?? HOURS_PER_MONTH;
  const many = count.eq(1) ? '' : `${fmt(count)} × `;
  const countText = options.countSource ? ` (${options.countSource})` : '';
  const type = config.instanceType;

  if (!type) {
    // The line stays, with its hours, so the estimate shows what is missing: no instance type, no price.
    const why = `${config.instanceTypeUnknown ?? 'instance type not set'}${config.source ? ` in ${config.source}` : ''}`;
    ctx.note(`${why}: the instance type is unknown before deployment, so instance hours have no price`);
    ctx.add({
      name: `Instance hours (${many}instance type unknown)`,
      unit: 'hours',
      quantity: hours.times(count),
      price: { serviceCode: 'AmazonEC2', key: ec2InstanceKey('<unknown>') },
      usageBased: false,
      formula: `${fmt(count)} instance${count.eq(1) ? '' : 's'}${countText} × ${fmt(hours)} h`,
    });
  } else {
    const tenancy = config.tenancy ?? 'default';
    if (tenancy === 'host') {
      ctx.note('tenancy "host": the instance runs on a Dedicated Host, which is billed per host (not priced here)');
    } else {
      const dedicated = tenancy === 'dedicated';
      // Dedicated instances have their own rates, which the bundled data does not carry: the line says "no price".
      ctx.add({
        name: `Instance hours (${many}${type}, Linux${dedicated ? ', dedicated' : ''}, on-demand)`,
        unit: 'hours',
        quantity: hours.times(count),
        price: { serviceCode: 'AmazonEC2', key: dedicated ? `DedicatedUsage:${type}` : ec2InstanceKey(type) },
        usageBased: false,
        formula: `${fmt(count)} instance${count.eq(1) ? '' : 's'}${countText} × ${fmt(hours)} h`,
      });
      if (dedicated) ctx.note('dedicated tenancy: dedicated-instance rates are not in the price data (the line shows no price)');
    }
    const family = type.split('.')[0]!;
    if (PREVIOUS_GENERATION.has(family)) {
      ctx.note(
        `${type} is a previous-generation type, which the price data does not list in every region: a "no price" line means it has ` +
          `none for ${ctx.resource.region}`,
      );
    }
    const credits = config.cpuCredits ?? (UNLIMITED_BY_DEFAULT.has(family) ? 'unlimited' : undefined);
    if (credits === 'unlimited') {
      ctx.note(
        `${type} runs in unlimited CPU-credit mode${config.cpuCredits ? '' : ' (the default for its family)'}: sustained CPU above ` +
          `the baseline is billed as surplus credits, not priced`,
      );
    }
  }
  if (config.spot)
    ctx.note('Spot instances: priced at the on-demand rate (an upper bound; Spot prices vary and are not in the price data)');
  ctx.note('priced as Linux: the AMI decides the operating system and any licence fees, and the template does not say');

  const volumes = mappedVolumes(config.blockDeviceMappings);
  for (const mapped of volumes) {
    if (mapped.unknown) ctx.note(`volume ${mapped.deviceName}: ${mapped.unknown}`);
    addEbsVolume(ctx, mapped.volume, count, `Volume ${mapped.deviceName}`);
  }
  if (options.amiRootVolume) {
    if (!mapsRootDevice(volumes)) {
      const root = amiRootVolume(
        ctx,
        config.image,
        volumes.map((v) => v.deviceName),
      );
      ctx.note(root.why);
      addEbsVolume(ctx, root.volume, count, 'Root volume');
    }
  } else if (volumes.length === 0 && options.defaultRootVolume) {
    ctx.note(options.defaultRootVolume.why);
    addEbsVolume(ctx, options.defaultRootVolume.volume, count, 'Root volume');
  }

  if (config.detailedMonitoring) {
    const metrics = count.times(DETAILED_MONITORING_METRICS);
    ctx.add({
      name: `Detailed monitoring (${DETAILED_MONITORING_METRICS} metrics per instance)`,
      unit: 'metrics',
      quantity: metrics,
      price: { serviceCode: 'AmazonCloudWatch', key: 'Metric' },
      usageBased: false,
      formula: `${fmt(count)} × ${DETAILED_MONITORING_METRICS} metrics`,
    });
  }

  if (config.publicIpv4) {
    ctx.add({
      name: `Public IPv4 address${count.eq(1) ? '' : 'es'} (${config.publicIpv4.reason})`,
      unit: 'hours',
      quantity: hours.times(count),
      price: { serviceCode: 'AmazonVPC', key: 'Hourly charge for In use Public IPv4 Addresses per Hrs' },
      usageBased: false,
      formula: `${fmt(count)} address${count.eq(1) ? '' : 'es'} × ${fmt(hours)} h`,
    });
  }
}

/** Hours each instance runs: instance-hours and auto-assigned public IPv4 stop with it; EBS volumes do not. */
export const RUNNING_HOURS_KEY: UsageKeyDefinition<'monthlyHours'> = {
  name: 'monthlyHours',
  unit: 'hours/month',
  description: 'Hours each instance runs per month (default 730); volumes and Elastic IPs bill the whole month',
};

/** The running hours the usage gives, else undefined (730). */
export function runningHours(ctx: PricerContext): Decimal | undefined {
  return ctx.usage.has(RUNNING_HOURS_KEY.name) ? ctx.usage.number(RUNNING_HOURS_KEY.name) : undefined;
}

/** The service codes instance pricers may look up. */
export const INSTANCE_SERVICE_CODES = ['AmazonEC2', 'AmazonCloudWatch', 'AmazonVPC'];
