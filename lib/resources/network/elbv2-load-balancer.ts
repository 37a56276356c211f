/**
 * AWS::ElasticLoadBalancingV2::LoadBalancer — Application, Network and Gateway load balancers:
 * hours, and capacity units (LCU / NLCU / GLCU) from traffic usage, the largest dimension as AWS
 * bills it (see capacity-units.ts). An NLB's unit size depends on its listeners' protocol. An
 * internet-facing ALB or NLB holds one public IPv4 address per subnet (Availability Zone) it is in,
 * each billed per hour (public-ipv4.ts); an NLB subnet mapping with an Elastic IP uses that EIP.
 */
import { definePricer, type PricerContext } from '../pricer.js';
import { list, str, unresolved } from '../../model/properties.js';
import { referencedResource, referencing } from '../../model/find-resources.js';
import { monthlyHours } from '../../quantities.js';
import { LCU, capacityUnitHours, type TrafficUsage, type UnitDefinition } from './capacity-units.js';
import {
  DATA_TRANSFER_OUT_KEY,
  DATA_TRANSFER_SERVICE_CODE,
  RESPONSE_SIZE_KEY,
  addDataTransferOut,
  addResponseDataTransferOut,
} from './data-transfer-out.js';
import { PUBLIC_IPV4_SERVICE_CODE, addPublicIpv4 } from './public-ipv4.js';
import type { PriceKeyOf } from '../../pricing/price-keys.js';

const TRAFFIC_KEYS = ['newConnectionsPerSecond', 'activeConnectionsPerMinute', 'monthlyProcessedGB', 'ruleEvaluationsPerSecond'] as const;

const KINDS: Record<string, { label: string; unitName: string; hoursKey: PriceKeyOf<'AWSELB'>; unitKey: PriceKeyOf<'AWSELB'> }> = {
  application: {
    label: 'Application',
    unitName: 'LCU',
    hoursKey: 'Application Load Balancer Hours',
    unitKey: 'Application Load Balancer LCU Hours',
  },
  network: { label: 'Network', unitName: 'NLCU', hoursKey: 'Network Load Balancer Hours', unitKey: 'Network Load Balancer LCU Hours' },
  gateway: { label: 'Gateway', unitName: 'GLCU', hoursKey: 'Gateway Load Balancer Hours', unitKey: 'Gateway Load Balancer LCU Hours' },
};

export const elbv2LoadBalancer = definePricer({
  types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  service: 'Elastic Load Balancing',
  serviceCodes: ['AWSELB', DATA_TRANSFER_SERVICE_CODE, PUBLIC_IPV4_SERVICE_CODE],
  usageKeys: [
    { name: 'newConnectionsPerSecond', unit: 'connections/s', description: 'Average new connections (NLB/GWLB: flows) per second' },
    { name: 'activeConnectionsPerMinute', unit: 'connections/min', description: 'Average active (concurrent) connections per minute' },
    { name: 'monthlyProcessedGB', unit: 'GB/month', description: 'Bytes processed (requests and responses)' },
    {
      name: 'ruleEvaluationsPerSecond',
      unit: 'evaluations/s',
      description: 'ALB: rule evaluations per second beyond the 10 free rules per request',
    },
    DATA_TRANSFER_OUT_KEY,
    {
      name: 'monthlyRequests',
      unit: 'requests/month',
      description: 'ALB: requests answered; with avgResponseSizeKB prices data transfer out',
    },
    RESPONSE_SIZE_KEY,
  ],
  price(ctx) {
    const type = str(ctx.resource, 'Type') ?? 'application';
    const kind = KINDS[type];
    if (!kind) {
      ctx.unsupported(`load balancer Type "${type}" is not application, network or gateway`);
      return;
    }
    ctx.add({
      name: `${kind.label} load balancer hours`,
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: 'AWSELB', key: kind.hoursKey },
      usageBased: false,
    });
    const unit = type === 'network' ? networkUnit(ctx) : type === 'gateway' ? LCU.gateway : LCU.application;
    const units = capacityUnitHours(traffic(ctx), unit);
    ctx.add({
      name: `${kind.label} load balancer capacity units (${kind.unitName})`,
      unit: `${kind.unitName}-hours`,
      quantity: units?.hours,
      price: { serviceCode: 'AWSELB', key: kind.unitKey },
      usageBased: true,
      usageKeys: TRAFFIC_KEYS.filter((k) => k !== 'ruleEvaluationsPerSecond' || type === 'application'),
      ...(units ? { formula: units.formula } : {}),
    });
    if (type !== 'gateway') addLoadBalancerIpv4(ctx, type);
    if (type === 'application' && ctx.usage.has(RESPONSE_SIZE_KEY.name)) {
      addResponseDataTransferOut(ctx, ctx.usage.number('monthlyRequests'), 'monthlyRequests');
    } else {
      addDataTransferOut(ctx);
    }
  },
});

/** The traffic dimensions given; with none given, every one is read (and reported missing). */
function traffic(ctx: PricerContext): TrafficUsage {
  const given = TRAFFIC_KEYS.filter((k) => ctx.usage.has(k));
  const read = given.length ? given : TRAFFIC_KEYS;
  const out: TrafficUsage = {};
  for (const key of read) {
    const value = ctx.usage.number(key);
    if (value !== undefined) out[key] = value;
  }
  if (given.length && given.length < TRAFFIC_KEYS.length) {
    ctx.note(`capacity units from ${given.join(', ')}; the dimensions not given are assumed not to be the largest`);
  }
  return out;
}

/** NLB units are smaller for TLS and UDP listeners: the smallest unit among its listeners applies. */
function networkUnit(ctx: PricerContext): UnitDefinition {
  const protocols = referencing(ctx.architecture, ctx.resource, 'AWS::ElasticLoadBalancingV2::Listener', 'LoadBalancerArn').map(
    (l) => str(l, 'Protocol') ?? 'TCP',
  );
  if (protocols.includes('TLS')) return LCU['network-tls'];
  if (protocols.some((p) => p === 'UDP' || p === 'TCP_UDP')) return LCU['network-udp'];
  return LCU['network-tcp'];
}

/** One public IPv4 address per subnet of an internet-facing ALB/NLB, unless it is an Elastic IP the template prices. */
function addLoadBalancerIpv4(ctx: PricerContext, type: string): void {
  const r = ctx.resource;
  if ((str(r, 'Scheme') ?? 'internet-facing') !== 'internet-facing') return;
  if (str(r, 'IpAddressType') === 'dualstack-without-public-ipv4') return;
  const mappings = list(r, 'SubnetMappings');
  const subnets = list(r, 'Subnets');
  let count: number;
  let why: string;
  if (mappings) {
    const withEip = mappings.filter(
      (m) => referencedResource(ctx.architecture, r, (m as Record<string, unknown>).AllocationId)?.type === 'AWS::EC2::EIP',
    );
    if (withEip.length) {
      ctx.note(
        `${withEip.length} subnet mapping${withEip.length > 1 ? 's use Elastic IPs' : ' uses an Elastic IP'}, priced on the EIP resource`,
      );
    }
    count = mappings.length - withEip.length;
    why = `internet-facing, ${count} of ${mappings.length} subnet mappings`;
  } else if (subnets) {
    count = subnets.length;
    why = `internet-facing, one per subnet (AZ): ${count}`;
  } else {
    // AWS requires two Availability Zones for an ALB and one for an NLB: the least it can hold.
    count = type === 'application' ? 2 : 1;
    const what = unresolved(r, 'Subnets') ?? unresolved(r, 'SubnetMappings') ?? 'not readable';
    ctx.note(
      `subnets ${what}: public IPv4 addresses priced for ${count} Availability Zone${count > 1 ? 's' : ''}, ` +
        `the least a ${type} load balancer spans`,
    );
    why = `internet-facing, ${count} AZ${count > 1 ? 's' : ''} assumed`;
  }
  if (count > 0) addPublicIpv4(ctx, count, why);
}
