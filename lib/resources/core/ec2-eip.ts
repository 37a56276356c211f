/**
 * AWS::EC2::EIP — every public IPv4 address is charged per hour, in use or idle, since 2024-02-01
 * (supplementary.json rules; AmazonVPC rates).
 */
import { definePricer } from '../pricer.js';
import { monthlyHours } from '../../quantities.js';

export const ec2Eip = definePricer({
  types: ['AWS::EC2::EIP'],
  service: 'VPC public IPv4',
  serviceCodes: ['AmazonVPC'],
  usageKeys: [],
  price(ctx) {
    ctx.add({
      name: 'Public IPv4 address hours',
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: 'AmazonVPC', key: 'Hourly charge for In use Public IPv4 Addresses per Hrs' },
      usageBased: false,
    });
  },
});
