/**
 * AWS::AutoScaling::AutoScalingGroup — its instances, priced as EC2 instances of the configuration
 * in its launch template (LaunchTemplate, or MixedInstancesPolicy's template with the first
 * override's type) or launch configuration, times the number running: the `instances` usage key
 * (an average), else DesiredCapacity, else MinSize — the line says which — for `monthlyHours` each
 * (default 730).
 */
import { Decimal } from '../../money.js';
import { definePricer, type PricerContext } from '../pricer.js';
import { list, num, prop, str, unresolved } from '../../model/properties.js';
import { referencedResource } from '../../model/find-resources.js';
import { DATA_TRANSFER_OUT_KEY, DATA_TRANSFER_SERVICE_CODE, addDataTransferOut } from '../network/data-transfer-out.js';
import { ROOT_VOLUME_KEYS } from './ami-root-volume.js';
import { INSTANCE_SERVICE_CODES, RUNNING_HOURS_KEY, addInstanceCosts, runningHours, type InstanceConfig } from './instance-costs.js';
import { fromLaunchConfiguration, fromLaunchTemplateData, launchTemplateOf, subnetsAssignPublicIp } from './launch-source.js';

export const autoScalingGroup = definePricer({
  types: ['AWS::AutoScaling::AutoScalingGroup'],
  service: 'EC2',
  serviceCodes: [...INSTANCE_SERVICE_CODES, DATA_TRANSFER_SERVICE_CODE],
  usageKeys: [
    { name: 'instances', unit: 'instances', description: 'Average number of running instances (default: DesiredCapacity, else MinSize)' },
    RUNNING_HOURS_KEY,
    ...ROOT_VOLUME_KEYS,
    DATA_TRANSFER_OUT_KEY,
  ],
  price(ctx) {
    const r = ctx.resource;
    const config = launchConfig(ctx);
    if (!config.publicIpv4 && subnetsAssignPublicIp(ctx.architecture, r, list(r, 'VPCZoneIdentifier') ?? [])) {
      config.publicIpv4 = { reason: 'its subnets have MapPublicIpOnLaunch' };
    }
    const { count, source } = instanceCount(ctx);
    const hours = runningHours(ctx);
    addInstanceCosts(ctx, config, { count, countSource: source, amiRootVolume: true, ...(hours ? { hoursPerInstance: hours } : {}) });
    addDataTransferOut(ctx);
  },
});

function instanceCount(ctx: PricerContext): { count: Decimal; source: string } {
  const r = ctx.resource;
  if (ctx.usage.has('instances')) return { count: ctx.usage.number('instances')!, source: 'usage: instances' };
  const desired = num(r, 'DesiredCapacity');
  if (desired !== undefined) return { count: new Decimal(desired), source: `DesiredCapacity ${desired}` };
  const min = num(r, 'MinSize');
  if (min !== undefined) {
    ctx.note(
      `no DesiredCapacity: priced at MinSize ${min} (MaxSize ${num(r, 'MaxSize') ?? '?'}); set the "instances" usage key for the ` +
        `average actually running`,
    );
    return { count: new Decimal(min), source: `MinSize ${min}` };
  }
  const why = unresolved(r, 'DesiredCapacity') ?? unresolved(r, 'MinSize') ?? 'not readable';
  ctx.note(`instance count unknown (DesiredCapacity/MinSize ${why}): priced for 1 instance; set the "instances" usage key`);
  return { count: new Decimal(1), source: 'count unknown, 1 assumed' };
}

function launchConfig(ctx: PricerContext): InstanceConfig {
  const r = ctx.resource;
  const unknown = (why: string): InstanceConfig => ({ instanceType: undefined, instanceTypeUnknown: why, detailedMonitoring: false });

  const mixed = prop(r, 'MixedInstancesPolicy') as Record<string, unknown> | undefined;
  const ltSpec = mixed ? prop(mixed, 'LaunchTemplate.LaunchTemplateSpecification') : prop(r, 'LaunchTemplate');
  if (ltSpec !== undefined) {
    const lt = launchTemplateOf(ctx.architecture, r, ltSpec);
    const base =
      'problem' in lt
        ? unknown(lt.problem)
        : fromLaunchTemplateData(
            (prop(lt, 'LaunchTemplateData') as Record<string, unknown> | undefined) ?? {},
            `launch template ${lt.logicalId}`,
          );
    if (!mixed) return base;
    const overrides = (list(mixed, 'LaunchTemplate.Overrides') ?? []) as Array<Record<string, unknown>>;
    const types = overrides.map((o) => str(o, 'InstanceType')).filter((t): t is string => !!t);
    if (types.length) {
      ctx.note(
        `MixedInstancesPolicy: priced as ${types[0]} (the first override of ${types.join(', ')}); Auto Scaling may launch the others`,
      );
      base.instanceType = types[0];
      delete base.instanceTypeUnknown;
    }
    const onDemandPct = num(mixed, 'InstancesDistribution.OnDemandPercentageAboveBaseCapacity');
    if (onDemandPct !== undefined && onDemandPct < 100) {
      ctx.note(
        `MixedInstancesPolicy runs ${100 - onDemandPct}% Spot above the on-demand base: all priced at on-demand rates (an upper bound)`,
      );
    }
    return base;
  }
  const lcValue = prop(r, 'LaunchConfigurationName');
  if (lcValue !== undefined) {
    const lc = referencedResource(ctx.architecture, r, lcValue);
    if (lc?.type === 'AWS::AutoScaling::LaunchConfiguration') return fromLaunchConfiguration(lc);
    return unknown(
      `LaunchConfigurationName is ${unresolved(r, 'LaunchConfigurationName') ?? `"${String(lcValue)}"`}, not defined in this template`,
    );
  }
  if (prop(r, 'InstanceId') !== undefined) return unknown('the group copies an existing instance (InstanceId)');
  return unknown('no launch template or launch configuration');
}
