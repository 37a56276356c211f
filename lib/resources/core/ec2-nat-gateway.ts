/**
 * AWS::EC2::NatGateway — hours (always on) and data processed. Its public IPv4 address is priced on
 * the EIP resource that provides it.
 */
import type { Pricer } from '../pricer.js';
import { monthlyHours } from '../quantities.js';

export const ec2NatGateway: Pricer = {
  types: ['AWS::EC2::NatGateway'],
  service: 'EC2 NAT Gateway',
  serviceCodes: ['AmazonEC2'],
  usageKeys: [{ name: 'monthlyDataProcessedGB', unit: 'GB/month', description: 'Data processed by the NAT gateway (both directions)' }],
  price(ctx) {
    ctx.add({
      name: 'NAT gateway hours',
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
  },
};
