/**
 * AWS::DirectoryService::MicrosoftAD — AWS Managed Microsoft AD bills each domain controller per hour
 * by edition; a directory comes with 2 domain controllers (AWS's Directory Service pricing page), so
 * 2 × 730 DC-hours. AWS::DirectoryService::SimpleAD — one hourly rate per directory by size.
 */
import { definePricer } from '../pricer.js';
import { str } from '../../model/properties.js';
import { monthlyHours } from '../../quantities.js';

const SERVICE = 'AWSDirectoryService';
const DOMAIN_CONTROLLERS = 2;

export const directoryServiceMicrosoftAD = definePricer({
  types: ['AWS::DirectoryService::MicrosoftAD'],
  service: 'Directory Service',
  serviceCodes: [SERVICE],
  usageKeys: [],
  price(ctx) {
    const edition = str(ctx.resource, 'Edition') ?? 'Enterprise';
    if (!str(ctx.resource, 'Edition')) ctx.note('Edition not set: CloudFormation default Enterprise');
    if (edition !== 'Standard' && edition !== 'Enterprise') {
      ctx.unsupported(`Edition ${edition} is not one AWS Managed Microsoft AD offers (Standard, Enterprise)`);
      return;
    }
    ctx.add({
      name: `Domain controllers (${DOMAIN_CONTROLLERS} × ${edition})`,
      unit: 'DC-hours',
      quantity: monthlyHours(DOMAIN_CONTROLLERS),
      price: { serviceCode: SERVICE, key: `${edition} Domain Controller for Microsoft Active Directory` },
      usageBased: false,
      formula: `${DOMAIN_CONTROLLERS} domain controllers × 730 h`,
    });
  },
});

export const directoryServiceSimpleAD = definePricer({
  types: ['AWS::DirectoryService::SimpleAD'],
  service: 'Directory Service',
  serviceCodes: [SERVICE],
  usageKeys: [],
  price(ctx) {
    const size = str(ctx.resource, 'Size') ?? 'Small';
    if (size !== 'Small' && size !== 'Large') {
      ctx.unsupported(`Size ${size} is not one Simple AD offers (Small, Large)`);
      return;
    }
    ctx.add({
      name: `Simple AD directory (${size})`,
      unit: 'hours',
      quantity: monthlyHours(),
      price: { serviceCode: SERVICE, key: size === 'Small' ? 'Small Simple AD or AD Connector' : 'Large Simple AD' },
      usageBased: false,
    });
  },
});
