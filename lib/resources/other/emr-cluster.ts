/**
 * AWS::EMR::Cluster — the EC2 instances of its instance groups (master, core, task) or fleets
 * (on-demand target capacity), with their EBS volumes, priced as EC2; and the Amazon EMR fee per
 * instance-hour, which the AWS price data shipped with cdk-cost does not carry: that line says
 * "no price" (a live Price List refresh of ElasticMapReduce would fill it), never a silent zero.
 */
import { Decimal } from '../../money.js';
import type { Pricer, PricerContext } from '../pricer.js';
import { list, num, prop, str, unresolved } from '../properties.js';
import { HOURS_PER_MONTH, fmt } from '../quantities.js';
import { addEbsVolume } from '../compute/ebs-volume-costs.js';
import { INSTANCE_SERVICE_CODES, addInstanceCosts } from '../compute/instance-costs.js';

const EMR_SERVICE_CODE = 'ElasticMapReduce';

/** The EMR fee's price key (service ElasticMapReduce): the bundled data has none, so its lines say "no price". */
export const emrFeeKey = (instanceType: string): string => `EMRInstance:${instanceType}`;

interface Group {
  role: string;
  config: Record<string, unknown>;
  count: Decimal | undefined;
  countWhy?: string;
}

export const emrCluster: Pricer = {
  types: ['AWS::EMR::Cluster'],
  service: 'EMR',
  serviceCodes: [...INSTANCE_SERVICE_CODES, EMR_SERVICE_CODE],
  usageKeys: [{ name: 'monthlyHours', unit: 'hours/month', description: 'Hours the cluster runs per month (transient clusters); default 730' }],
  price(ctx) {
    const groups = instanceGroups(ctx);
    if (groups.length === 0) {
      ctx.unsupported('the cluster names neither instance groups nor instance fleets in Instances');
      return;
    }
    const hours = ctx.usage.has('monthlyHours') ? ctx.usage.number('monthlyHours')! : HOURS_PER_MONTH;
    for (const group of groups) addGroup(ctx, group, hours);
    ctx.note('the Amazon EMR fee per instance-hour is not in the AWS price data shipped with cdk-cost: its lines show "no price"; the EC2 instances are priced');
  },
};

function instanceGroups(ctx: PricerContext): Group[] {
  const r = ctx.resource;
  const groups: Group[] = [];
  const add = (role: string, config: unknown, countPath: string, fallback?: number) => {
    if (!config || typeof config !== 'object') return;
    const c = config as Record<string, unknown>;
    const count = num(c, countPath);
    const why = count === undefined ? unresolved(c, countPath) : undefined;
    groups.push({ role, config: c, count: count !== undefined ? new Decimal(count) : fallback !== undefined && !why ? new Decimal(fallback) : undefined, ...(why ? { countWhy: why } : {}) });
  };
  add('master', prop(r, 'Instances.MasterInstanceGroup'), 'InstanceCount', 1);
  add('core', prop(r, 'Instances.CoreInstanceGroup'), 'InstanceCount', 1);
  for (const task of list(r, 'Instances.TaskInstanceGroups') ?? []) add(`task ${str(task as Record<string, unknown>, 'Name') ?? ''}`.trim(), task, 'InstanceCount');
  for (const [role, path] of [['master fleet', 'Instances.MasterInstanceFleet'], ['core fleet', 'Instances.CoreInstanceFleet']] as const) {
    const fleet = prop(r, path) as Record<string, unknown> | undefined;
    const first = (list(fleet ?? {}, 'InstanceTypeConfigs') ?? [])[0] as Record<string, unknown> | undefined;
    if (fleet && first) {
      ctx.note(`${role}: priced with its first instance type ${str(first, 'InstanceType') ?? '(unknown)'} for the on-demand target capacity (EMR picks among the fleet's types at launch)`);
      add(role, { ...first, TargetOnDemandCapacity: fleet.TargetOnDemandCapacity }, 'TargetOnDemandCapacity');
    }
  }
  return groups;
}

function addGroup(ctx: PricerContext, group: Group, hours: Decimal): void {
  const type = str(group.config, 'InstanceType');
  const typeWhy = type ? undefined : unresolved(group.config, 'InstanceType');
  if (group.count === undefined) ctx.note(`${group.role}: InstanceCount ${group.countWhy ? `is ${group.countWhy}` : 'not set'}; priced as 1 instance`);
  const count = group.count ?? new Decimal(1);
  if (str(group.config, 'Market') === 'SPOT') ctx.note(`${group.role}: Spot instances priced at the on-demand rate (an upper bound)`);
  addInstanceCosts(
    ctx,
    { instanceType: type, ...(typeWhy ? { instanceTypeUnknown: `${group.role} InstanceType is ${typeWhy}` } : {}), detailedMonitoring: false, source: `EMR ${group.role} instances` },
    { count, hoursPerInstance: hours, countSource: `${group.role} InstanceCount` },
  );
  for (const device of list(group.config, 'EbsConfiguration.EbsBlockDeviceConfigs') ?? []) {
    const d = device as Record<string, unknown>;
    const perInstance = num(d, 'VolumesPerInstance') ?? 1;
    const size = num(d, 'VolumeSpecification.SizeInGB');
    const iops = num(d, 'VolumeSpecification.Iops');
    addEbsVolume(
      ctx,
      { type: str(d, 'VolumeSpecification.VolumeType') ?? 'gp2', sizeGb: size !== undefined ? new Decimal(size) : undefined, ...(iops !== undefined ? { iops: new Decimal(iops) } : {}) },
      count.times(perInstance),
      `EMR ${group.role} EBS volume`,
    );
  }
  ctx.add({
    name: `EMR fee (${group.role}: ${fmt(count)} × ${type ?? 'instance type unknown'})`,
    unit: 'hours',
    quantity: hours.times(count),
    price: { serviceCode: EMR_SERVICE_CODE, key: emrFeeKey(type ?? '<unknown>') },
    usageBased: false,
    formula: `${fmt(count)} instance${count.eq(1) ? '' : 's'} × ${fmt(hours)} h`,
  });
}
