/**
 * AWS::EKS::Nodegroup — a managed node group's EC2 instances: the first of InstanceTypes (EKS's
 * default t3.medium) or its launch template's type, times the `instances` usage key or
 * ScalingConfig.DesiredSize (EKS's default 2), with a DiskSize GB root volume (default 20 GB).
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { list, num, prop, str, unresolved } from '../../model/properties.js';
import { INSTANCE_SERVICE_CODES, addInstanceCosts, type InstanceConfig } from './instance-costs.js';
import { fromLaunchTemplateData, launchTemplateOf } from './launch-source.js';

// EKS API defaults for a managed node group (CreateNodegroup).
const DEFAULT_INSTANCE_TYPE = 't3.medium';
const DEFAULT_DESIRED_SIZE = 2;
const DEFAULT_DISK_GB = 20;

export const eksNodegroup = definePricer({
  types: ['AWS::EKS::Nodegroup'],
  service: 'EC2',
  serviceCodes: INSTANCE_SERVICE_CODES,
  usageKeys: [
    { name: 'instances', unit: 'instances', description: 'Average number of running nodes (default: ScalingConfig.DesiredSize)' },
  ],
  price(ctx) {
    const r = ctx.resource;
    let config: InstanceConfig;
    const ltSpec = prop(r, 'LaunchTemplate');
    if (ltSpec !== undefined) {
      const lt = launchTemplateOf(ctx.architecture, r, ltSpec);
      config =
        'problem' in lt
          ? { instanceType: undefined, instanceTypeUnknown: lt.problem, detailedMonitoring: false }
          : fromLaunchTemplateData(
              (prop(lt, 'LaunchTemplateData') as Record<string, unknown> | undefined) ?? {},
              `launch template ${lt.logicalId}`,
            );
    } else {
      config = { instanceType: undefined, detailedMonitoring: false };
    }
    const types = (list(r, 'InstanceTypes') ?? []).filter((t): t is string => typeof t === 'string');
    if (types.length) {
      config.instanceType = types[0];
      delete config.instanceTypeUnknown;
      if (types.length > 1) ctx.note(`priced as ${types[0]}, the first of InstanceTypes ${types.join(', ')}`);
    } else if (!config.instanceType && (!config.instanceTypeUnknown || config.instanceTypeUnknown === 'InstanceType not set')) {
      delete config.instanceTypeUnknown;
      config.instanceType = DEFAULT_INSTANCE_TYPE;
      ctx.note(`InstanceTypes not set: EKS's default ${DEFAULT_INSTANCE_TYPE}`);
    }
    if (str(r, 'CapacityType') === 'SPOT') config.spot = true;
    const ami = str(r, 'AmiType') ?? '';
    if (ami.startsWith('WINDOWS')) ctx.note(`AmiType ${ami}: Windows licence fees are not priced`);

    let count: Decimal;
    let source: string;
    if (ctx.usage.has('instances')) {
      count = ctx.usage.number('instances')!;
      source = 'usage: instances';
    } else {
      const desired = num(r, 'ScalingConfig.DesiredSize');
      const why = desired === undefined ? unresolved(r, 'ScalingConfig.DesiredSize') : undefined;
      if (why) ctx.note(`ScalingConfig.DesiredSize is ${why}: priced at EKS's default ${DEFAULT_DESIRED_SIZE}`);
      count = new Decimal(desired ?? DEFAULT_DESIRED_SIZE);
      source = desired !== undefined ? `DesiredSize ${desired}` : `default DesiredSize ${DEFAULT_DESIRED_SIZE}`;
    }
    const disk = num(r, 'DiskSize') ?? DEFAULT_DISK_GB;
    addInstanceCosts(ctx, config, {
      count,
      countSource: source,
      defaultRootVolume: {
        volume: { type: 'gp2', sizeGb: new Decimal(disk) },
        why: `node disk ${disk} GB${num(r, 'DiskSize') === undefined ? ' (EKS default)' : ''}, assumed gp2`,
      },
    });
  },
});
