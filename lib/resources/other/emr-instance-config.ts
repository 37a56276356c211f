/**
 * AWS::EMR::InstanceGroupConfig and AWS::EMR::InstanceFleetConfig — a task (or core) group or fleet
 * added to a cluster outside its Instances: the same EC2, EBS and EMR fee lines as the cluster's own
 * groups, for the hours the cluster runs (monthlyHours on this resource, default 730).
 */
import { definePricer } from '../pricer.js';
import { str } from '../../model/properties.js';
import { EMR_HOURS_KEY, EMR_SERVICE_CODES, addEmrGroup, emrFleetGroup, emrGroup, emrHours } from './emr-instances.js';

export const emrInstanceGroupConfig = definePricer({
  types: ['AWS::EMR::InstanceGroupConfig'],
  service: 'EMR',
  serviceCodes: EMR_SERVICE_CODES,
  usageKeys: [EMR_HOURS_KEY],
  price(ctx) {
    const role = `${(str(ctx.resource, 'InstanceRole') ?? 'TASK').toLowerCase()} group ${str(ctx.resource, 'Name') ?? ''}`.trim();
    addEmrGroup(ctx, emrGroup(role, ctx.resource.properties, 'InstanceCount'), emrHours(ctx));
  },
});

export const emrInstanceFleetConfig = definePricer({
  types: ['AWS::EMR::InstanceFleetConfig'],
  service: 'EMR',
  serviceCodes: EMR_SERVICE_CODES,
  usageKeys: [EMR_HOURS_KEY],
  price(ctx) {
    const role = `${(str(ctx.resource, 'InstanceFleetType') ?? 'TASK').toLowerCase()} fleet ${str(ctx.resource, 'Name') ?? ''}`.trim();
    const group = emrFleetGroup(ctx, role, ctx.resource.properties);
    if (!group) {
      ctx.unsupported('the fleet lists no InstanceTypeConfigs');
      return;
    }
    addEmrGroup(ctx, group, emrHours(ctx));
  },
});
