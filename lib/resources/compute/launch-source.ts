/**
 * Instance configurations from the three places CloudFormation keeps them: an AWS::EC2::Instance's
 * own properties, an AWS::EC2::LaunchTemplate's LaunchTemplateData, and an
 * AWS::AutoScaling::LaunchConfiguration. A launch template or configuration is found in the same
 * stack through the Ref/GetAtt that points at it; one that is imported or named by a literal id
 * cannot be read, and the result says so.
 */
import type { Architecture, ResourceModel } from '../../model/architecture.js';
import { referencedResource, stackResourcesOfType } from '../../model/find-resources.js';
import { bool, list, prop, str, unresolved } from '../../model/properties.js';
import type { InstanceConfig } from './instance-costs.js';

type Props = Record<string, unknown>;

/** An instance type, or why it could not be read. */
function instanceType(props: Props, path: string): Pick<InstanceConfig, 'instanceType' | 'instanceTypeUnknown'> {
  const type = str(props, path);
  if (type) return { instanceType: type };
  const why = unresolved(props, path);
  return { instanceType: undefined, instanceTypeUnknown: why ? `${path} is ${why}` : `${path} not set` };
}

/** LaunchTemplateData → configuration. */
export function fromLaunchTemplateData(data: Props, source: string): InstanceConfig {
  const market = str(data, 'InstanceMarketOptions.MarketType');
  const requirements = prop(data, 'InstanceRequirements');
  const type = instanceType(data, 'InstanceType');
  const publicIp = (list(data, 'NetworkInterfaces') ?? []).some((n) => bool(n as Props, 'AssociatePublicIpAddress') === true);
  return {
    ...type,
    ...(!type.instanceType && requirements
      ? { instanceTypeUnknown: 'attribute-based instance selection (InstanceRequirements), no single InstanceType' }
      : {}),
    ...(str(data, 'Placement.Tenancy') ? { tenancy: str(data, 'Placement.Tenancy')! } : {}),
    detailedMonitoring: bool(data, 'Monitoring.Enabled') === true,
    ...(list(data, 'BlockDeviceMappings') ? { blockDeviceMappings: list(data, 'BlockDeviceMappings')! } : {}),
    ...(str(data, 'CreditSpecification.CpuCredits') ? { cpuCredits: str(data, 'CreditSpecification.CpuCredits')! } : {}),
    ...(publicIp ? { publicIpv4: { reason: 'AssociatePublicIpAddress in the launch template' } } : {}),
    ...(market === 'spot' ? { spot: true } : {}),
    ...(data.ImageId !== undefined ? { image: data.ImageId } : {}),
    source,
  };
}

/** AWS::AutoScaling::LaunchConfiguration → configuration. Detailed monitoring is on unless turned off. */
export function fromLaunchConfiguration(lc: ResourceModel): InstanceConfig {
  const source = `launch configuration ${lc.logicalId}`;
  return {
    ...instanceType(lc.properties, 'InstanceType'),
    ...(str(lc, 'PlacementTenancy') ? { tenancy: str(lc, 'PlacementTenancy')! } : {}),
    detailedMonitoring: bool(lc, 'InstanceMonitoring') !== false,
    ...(list(lc, 'BlockDeviceMappings') ? { blockDeviceMappings: list(lc, 'BlockDeviceMappings')! } : {}),
    ...(bool(lc, 'AssociatePublicIpAddress') === true
      ? { publicIpv4: { reason: 'AssociatePublicIpAddress in the launch configuration' } }
      : {}),
    ...(prop(lc, 'SpotPrice') !== undefined ? { spot: true } : {}),
    ...(lc.properties.ImageId !== undefined ? { image: lc.properties.ImageId } : {}),
    source,
  };
}

/**
 * The launch template a LaunchTemplateSpecification ({LaunchTemplateId | LaunchTemplateName,
 * Version}) points at, in the same stack; or why it cannot be read.
 */
export function launchTemplateOf(architecture: Architecture, from: ResourceModel, spec: unknown): ResourceModel | { problem: string } {
  if (!spec || typeof spec !== 'object') return { problem: 'no launch template specification' };
  const s = spec as Props;
  for (const field of ['LaunchTemplateId', 'LaunchTemplateName']) {
    const value = s[field];
    if (value === undefined) continue;
    const target = referencedResource(architecture, from, value);
    if (target?.type === 'AWS::EC2::LaunchTemplate') return target;
    if (typeof value === 'string') {
      const byName = stackResourcesOfType(architecture, from, 'AWS::EC2::LaunchTemplate').find(
        (r) => str(r, 'LaunchTemplateName') === value,
      );
      if (byName) return byName;
      return { problem: `launch template ${field} "${value}" is not defined in this template` };
    }
    return { problem: `launch template ${field} is ${unresolved(s, field) ?? 'not readable'}` };
  }
  return { problem: 'the launch template specification names no template' };
}

/** Merges an instance's own properties over its launch template's data (the instance's win). */
export function fromInstance(architecture: Architecture, instance: ResourceModel): InstanceConfig {
  let base: InstanceConfig | undefined;
  const spec = prop(instance, 'LaunchTemplate');
  if (spec !== undefined) {
    const lt = launchTemplateOf(architecture, instance, spec);
    if ('problem' in lt) base = { instanceType: undefined, instanceTypeUnknown: lt.problem, detailedMonitoring: false };
    else base = fromLaunchTemplateData((prop(lt, 'LaunchTemplateData') as Props | undefined) ?? {}, `launch template ${lt.logicalId}`);
  }
  const p = instance.properties;
  const own = str(p, 'InstanceType');
  const publicIp = (list(p, 'NetworkInterfaces') ?? []).some((n) => bool(n as Props, 'AssociatePublicIpAddress') === true);
  let type: Pick<InstanceConfig, 'instanceType' | 'instanceTypeUnknown'>;
  if (own || prop(p, 'InstanceType') !== undefined || !base) {
    type =
      prop(p, 'InstanceType') === undefined && !base
        ? // CloudFormation's documented default when InstanceType is omitted.
          { instanceType: 'm1.small' }
        : instanceType(p, 'InstanceType');
  } else {
    type = { instanceType: base.instanceType, ...(base.instanceTypeUnknown ? { instanceTypeUnknown: base.instanceTypeUnknown } : {}) };
  }
  const tenancy = str(p, 'Tenancy') ?? (str(p, 'HostId') ? 'host' : base?.tenancy);
  const monitoring = bool(p, 'Monitoring') ?? base?.detailedMonitoring ?? false;
  const mappings = list(p, 'BlockDeviceMappings') ?? base?.blockDeviceMappings;
  const credits = str(p, 'CreditSpecification.CPUCredits') ?? base?.cpuCredits;
  return {
    ...type,
    ...(tenancy ? { tenancy } : {}),
    detailedMonitoring: monitoring,
    ...(mappings ? { blockDeviceMappings: mappings } : {}),
    ...(credits ? { cpuCredits: credits } : {}),
    ...(publicIp
      ? { publicIpv4: { reason: 'AssociatePublicIpAddress on its network interface' } }
      : base?.publicIpv4
        ? { publicIpv4: base.publicIpv4 }
        : {}),
    ...(base?.spot ? { spot: true } : {}),
    ...(base?.source ? { source: base.source } : {}),
    ...(p.ImageId !== undefined ? { image: p.ImageId } : base?.image !== undefined ? { image: base.image } : {}),
  };
}

/** Whether any of the subnets a value list refers to (in the same stack) assigns public IPv4 addresses on launch. */
export function subnetsAssignPublicIp(architecture: Architecture, from: ResourceModel, subnetValues: unknown[]): boolean {
  return subnetValues.some((value) => {
    const subnet = referencedResource(architecture, from, value);
    return subnet?.type === 'AWS::EC2::Subnet' && bool(subnet, 'MapPublicIpOnLaunch') === true;
  });
}
