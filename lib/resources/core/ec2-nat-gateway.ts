/**
 * AWS::EC2::NatGateway — hours (always on) and data processed, public or private alike. A public
 * gateway's IPv4 address is priced on the EIP resource that provides it (or, with
 * AvailabilityMode regional / secondary addresses, on those EIPs). Traffic it sends on to the
 * internet is also billed as data transfer out, when `monthlyDataTransferOutGB` is given.
 */
import type { Pricer } from '../pricer.js';
import { str } from '../properties.js';
import { monthlyHours } from '../quantities.js';
import { DATA_TRANSFER_OUT_KEY, DATA_TRANSFER_SERVICE_CODE, addDataTransferOut } from '../network/data-transfer-out.js';

export const ec2NatGateway: Pricer = {
  types: ['AWS::EC2::NatGateway'],
  service: 'EC2 NAT Gateway',
  serviceCodes: ['AmazonEC2', DATA_TRANSFER_SERVICE_CODE],
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
    if (!isPrivate) addDataTransferOut(ctx);
  },
};
