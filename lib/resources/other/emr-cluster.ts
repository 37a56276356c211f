/**
 * AWS::EMR::Cluster — the EC2 instances of its instance groups (master, core, task) or fleets
 * (on-demand target capacity), with their EBS volumes, priced as EC2 (previous generations such as
 * m3.xlarge from the reshaped EC2 data), plus the Amazon EMR fee per instance-hour of each.
 */
import { definePricer, type PricerContext } from '../pricer.js';
import { list, prop, str } from '../../model/properties.js';
import { EMR_HOURS_KEY, EMR_SERVICE_CODES, addEmrGroup, emrFleetGroup, emrGroup, emrHours, type EmrGroup } from './emr-instances.js';

export const emrCluster = definePricer({
  types: ['AWS::EMR::Cluster'],
  service: 'EMR',
  serviceCodes: EMR_SERVICE_CODES,
  usageKeys: [EMR_HOURS_KEY],
  price(ctx) {
    const groups = instanceGroups(ctx);
    if (groups.length === 0) {
      ctx.unsupported('the cluster names neither instance groups nor instance fleets in Instances');
      return;
    }
    const hours = emrHours(ctx);
    for (const group of groups) addEmrGroup(ctx, group, hours);
  },
});

function instanceGroups(ctx: PricerContext): EmrGroup[] {
  const r = ctx.resource;
  const groups: EmrGroup[] = [];
  const asConfig = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined);
  const master = asConfig(prop(r, 'Instances.MasterInstanceGroup'));
  if (master) groups.push(emrGroup('master', master, 'InstanceCount', 1));
  const core = asConfig(prop(r, 'Instances.CoreInstanceGroup'));
  if (core) groups.push(emrGroup('core', core, 'InstanceCount', 1));
  for (const task of list(r, 'Instances.TaskInstanceGroups') ?? []) {
    const config = asConfig(task);
    if (config) groups.push(emrGroup(`task ${str(config, 'Name') ?? ''}`.trim(), config, 'InstanceCount'));
  }
  for (const [role, path] of [
    ['master fleet', 'Instances.MasterInstanceFleet'],
    ['core fleet', 'Instances.CoreInstanceFleet'],
  ] as const) {
    const fleet = asConfig(prop(r, path));
    const group = fleet ? emrFleetGroup(ctx, role, fleet) : undefined;
    if (group) groups.push(group);
  }
  return groups;
}
