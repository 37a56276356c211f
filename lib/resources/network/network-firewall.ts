/**
 * AWS::NetworkFirewall::Firewall — AWS Network Firewall bills each firewall endpoint per hour (one per
 * SubnetMappings entry, one per Availability Zone) and the traffic it processes per GB (a usage key).
 * Policies and rule groups have no charge of their own.
 */
import { definePricer } from '../pricer.js';
import { list } from '../../model/properties.js';
import { monthlyHours } from '../../quantities.js';

const SERVICE = 'AWSNetworkFirewall';

export const networkFirewall = definePricer({
  types: ['AWS::NetworkFirewall::Firewall'],
  service: 'Network Firewall',
  serviceCodes: [SERVICE],
  usageKeys: [{ name: 'monthlyDataProcessedGB', unit: 'GB/month', description: 'Traffic the firewall processes' }],
  price(ctx) {
    const mapped = list(ctx.resource, 'SubnetMappings')?.length;
    if (mapped === undefined) ctx.note('SubnetMappings not readable: 1 endpoint');
    const endpoints = mapped ?? 1;
    ctx.add({
      name: `Firewall endpoints (${endpoints})`,
      unit: 'endpoint-hours',
      quantity: monthlyHours(endpoints),
      price: { serviceCode: SERVICE, key: 'AWS Firewall per Endpoint' },
      usageBased: false,
      formula: `${endpoints} subnet mapping${endpoints === 1 ? '' : 's'} × 730 h`,
    });
    ctx.add({
      name: 'Traffic processed',
      unit: 'GB',
      quantity: ctx.usage.number('monthlyDataProcessedGB'),
      price: { serviceCode: SERVICE, key: 'AWS Firewall per Throughput' },
      usageBased: true,
      usageKeys: ['monthlyDataProcessedGB'],
    });
  },
});

export const networkFirewallParts = definePricer({
  types: ['AWS::NetworkFirewall::FirewallPolicy', 'AWS::NetworkFirewall::RuleGroup', 'AWS::NetworkFirewall::LoggingConfiguration'],
  service: 'Network Firewall',
  serviceCodes: [],
  usageKeys: [],
  price(ctx) {
    ctx.free('policies, rule groups and logging configuration have no charge; endpoints and traffic are billed on the firewall');
  },
});
