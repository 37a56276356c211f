/**
 * AWS::EC2::NatGateway — hours (always on) and data processed, public or private alike. A public
 * gateway holds a public IPv4 address (and one per secondary allocation), billed per hour: priced
 * on the AWS::EC2::EIP that provides it when the template has one, else here (an allocation id
 * given as a literal or imported, or a gateway found by the scan). Traffic it sends on to the
 * internet is also billed as data transfer out, when `monthlyDataTransferOutGB` is given.
 */
import { definePricer, type PricerContext } from '../pricer.js';
import { list, str } from '../../model/properties.js';
import { referencedResource } from '../../model/find-resources.js';
import { PUBLIC_IPV4_SERVICE_CODE, addPublicIpv4 } from '../network/public-ipv4.js';
import { monthlyHours } from '../../quantities.js';
import { DATA_TRANSFER_OUT_KEY, DATA_TRANSFER_SERVICE_CODE, addDataTransferOut } from '../network/data-transfer-out.js';

export const ec2NatGateway = definePricer({
  types: ['AWS::EC2::NatGateway'],
  service: 'EC2 NAT Gateway',
  serviceCodes: ['AmazonEC2', DATA_TRANSFER_SERVICE_CODE, PUBLIC_IPV4_SERVICE_CODE],
  usageKeys: [
    { name: 'monthlyDataProcessedGB', unit: 'GB/month', description: 'Data processed by the NAT gateway (both directions)' },
    { ...DATA_TRANSFER_OUT_KEY, description: 'Of that, data sent on to the internet (AWSDataTransfer, tiered); no line when not given' },
  ],
  price(ctx) {
    const isPrivate = str(ctx.resource, 'ConnectivityType') === 'private';
    ctx.add({
      name: `NAT gateway hours${isPrivate ? ' (private)' : ''}`,
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: 'AmazonEC2', key: 'Hourly charge for NAT Gateways' },
      usageBased: false,
    });
    ctx.add({
      name: 'Data processed',
      unit: 'GB',
      quantity: ctx.usage.number('monthlyDataProcessedGB'),
      price: { serviceCode: 'AmazonEC2', key: 'Charge for per GB data processed by NatGateways' },
      usageBased: true,
      usageKeys: ['monthlyDataProcessedGB'],
    });
    if (!isPrivate) {
      addNatIpv4(ctx);
      addDataTransferOut(ctx);
    }
  },
});

/** The gateway's public addresses (primary + secondary allocations) that no EIP in the template prices. */
function addNatIpv4(ctx: PricerContext): void {
  const r = ctx.resource;
  const allocations = [r.properties.AllocationId, ...(list(r, 'SecondaryAllocationIds') ?? [])];
  let inTemplate = 0;
  let here = 0;
  for (const allocation of allocations) {
    // A public gateway always has a primary address: without an AllocationId AWS assigns one.
    if (allocation !== undefined && referencedResource(ctx.architecture, r, allocation)?.type === 'AWS::EC2::EIP') inTemplate++;
    else here++;
  }
  if (inTemplate) {
    ctx.note(
      `${inTemplate} public IPv4 address${inTemplate > 1 ? 'es are' : ' is'} ` +
        `priced on the AWS::EC2::EIP that provides ${inTemplate > 1 ? 'them' : 'it'}`,
    );
  }
  if (here) {
    addPublicIpv4(
      ctx,
      here,
      inTemplate || here > 1 ? `${here} not from an EIP in this template` : 'its Elastic IP is not in this template',
    );
  }
}
