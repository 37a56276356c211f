/**
 * One EMR instance group or fleet: its EC2 instance-hours, its EBS volumes and the Amazon EMR fee per
 * instance-hour ("EMRInstance:<type>", ElasticMapReduce, on top of the EC2 price). Shared by
 * AWS::EMR::Cluster (its Instances) and AWS::EMR::InstanceGroupConfig / InstanceFleetConfig.
 */
import { Decimal } from '../../money.js';
import { emrInstanceKey } from '../../pricing/catalog-keys.js';
import type { PricerContext, UsageKeyDefinition } from '../pricer.js';
import { list, num, str, unresolved } from '../../model/properties.js';
import { fmt } from '../../quantities.js';
import { addEbsVolume } from '../compute/ebs-volume-costs.js';
import { INSTANCE_SERVICE_CODES, addInstanceCosts } from '../compute/instance-costs.js';

export const EMR_SERVICE_CODES = [...INSTANCE_SERVICE_CODES, 'ElasticMapReduce'];

export const EMR_HOURS_KEY: UsageKeyDefinition<'monthlyHours'> = {
  name: 'monthlyHours',
  unit: 'hours/month',
  description: 'Hours the cluster runs per month (transient clusters); default 730',
};

export interface EmrGroup {
  role: string;
  config: Record<string, unknown>;
  count: Decimal | undefined;
  countWhy?: string;
}

/** A group from an instance group config (count at `countPath`), with the default count when the template gives none. */
export function emrGroup(role: string, config: Record<string, unknown>, countPath: string, fallback?: number): EmrGroup {
  const count = num(config, countPath);
  const why = count === undefined ? unresolved(config, countPath) : undefined;
  const resolved = count !== undefined ? new Decimal(count) : fallback !== undefined && !why ? new Decimal(fallback) : undefined;
  return { role, config, count: resolved, ...(why ? { countWhy: why } : {}) };
}

/** A fleet as a group of its first instance type at the on-demand target capacity (EMR picks among the types at launch). */
export function emrFleetGroup(ctx: PricerContext, role: string, fleet: Record<string, unknown>): EmrGroup | undefined {
  const first = (list(fleet, 'InstanceTypeConfigs') ?? [])[0] as Record<string, unknown> | undefined;
  if (!first) return undefined;
  const firstType = str(first, 'InstanceType') ?? '(unknown)';
  ctx.note(
    `${role}: priced with its first instance type ${firstType} for the on-demand target capacity` +
      " (EMR picks among the fleet's types at launch)",
  );
  const spot = num(fleet, 'TargetSpotCapacity');
  if (spot) ctx.note(`${role}: TargetSpotCapacity ${spot} not priced (Spot prices are not list prices)`);
  return emrGroup(role, { ...first, TargetOnDemandCapacity: fleet.TargetOnDemandCapacity }, 'TargetOnDemandCapacity');
}

export function addEmrGroup(ctx: PricerContext, group: EmrGroup, hours: Decimal): void {
  const type = str(group.config, 'InstanceType');
  const typeWhy = type ? undefined : unresolved(group.config, 'InstanceType');
  if (group.count === undefined) {
    ctx.note(`${group.role}: InstanceCount ${group.countWhy ? `is ${group.countWhy}` : 'not set'}; priced as 1 instance`);
  }
  const count = group.count ?? new Decimal(1);
  if (str(group.config, 'Market') === 'SPOT') ctx.note(`${group.role}: Spot instances priced at the on-demand rate (an upper bound)`);
  addInstanceCosts(
    ctx,
    {
      instanceType: type,
      ...(typeWhy ? { instanceTypeUnknown: `${group.role} InstanceType is ${typeWhy}` } : {}),
      detailedMonitoring: false,
      source: `EMR ${group.role} instances`,
    },
    { count, hoursPerInstance: hours, countSource: `${group.role} InstanceCount` },
  );
  for (const device of list(group.config, 'EbsConfiguration.EbsBlockDeviceConfigs') ?? []) {
    const d = device as Record<string, unknown>;
    const perInstance = num(d, 'VolumesPerInstance') ?? 1;
    const size = num(d, 'VolumeSpecification.SizeInGB');
    const iops = num(d, 'VolumeSpecification.Iops');
    addEbsVolume(
      ctx,
      {
        type: str(d, 'VolumeSpecification.VolumeType') ?? 'gp2',
        sizeGb: size !== undefined ? new Decimal(size) : undefined,
        ...(iops !== undefined ? { iops: new Decimal(iops) } : {}),
      },
      count.times(perInstance),
      `EMR ${group.role} EBS volume`,
    );
  }
  if (!type) return; // the instance line already says why the type is unknown
  ctx.add({
    name: `EMR fee (${group.role}: ${fmt(count)} × ${type})`,
    unit: 'hours',
    quantity: hours.times(count),
    price: { serviceCode: 'ElasticMapReduce', key: emrInstanceKey(type) },
    usageBased: false,
    formula: `${fmt(count)} instance${count.eq(1) ? '' : 's'} × ${fmt(hours)} h`,
  });
}

/** Hours a month the cluster runs: monthlyHours from usage, else all month. */
export function emrHours(ctx: PricerContext): Decimal {
  return ctx.usage.has('monthlyHours') ? ctx.usage.number('monthlyHours')! : new Decimal(730);
}
