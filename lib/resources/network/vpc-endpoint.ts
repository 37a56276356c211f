/**
 * AWS::EC2::VPCEndpoint — Interface endpoints bill per hour in each Availability Zone they have a
 * network interface in (one per subnet) plus data processed (tiered per region); Gateway endpoints
 * (S3, DynamoDB; the default type) are free; Gateway Load Balancer endpoints bill their own hourly
 * and per-GB rates.
 */
import { Decimal } from '../../money.js';
import { definePricer } from '../pricer.js';
import { list, str, unresolved } from '../../model/properties.js';
import { HOURS_PER_MONTH, fmt } from '../../quantities.js';

export const vpcEndpoint = definePricer({
  types: ['AWS::EC2::VPCEndpoint'],
  service: 'VPC endpoints',
  serviceCodes: ['AmazonVPC'],
  usageKeys: [{ name: 'monthlyDataProcessedGB', unit: 'GB/month', description: 'Data processed by the endpoint (both directions)' }],
  price(ctx) {
    const r = ctx.resource;
    const type = str(r, 'VpcEndpointType') ?? 'Gateway';
    const service = str(r, 'ServiceName') ?? unresolved(r, 'ServiceName') ?? 'unknown service';
    if (type === 'Gateway') {
      ctx.free(`gateway endpoints (${shortService(service)}) have no charge`);
      return;
    }
    if (type !== 'Interface' && type !== 'GatewayLoadBalancer') {
      ctx.unsupported(`VPC endpoint type ${type} is not priced yet (resource and service-network endpoints bill through VPC Lattice)`);
      return;
    }
    const subnets = list(r, 'SubnetIds');
    let azs: Decimal;
    if (subnets?.length) azs = new Decimal(subnets.length);
    else {
      const why = unresolved(r, 'SubnetIds');
      ctx.note(
        `SubnetIds ${why ? `is ${why}` : 'not set'}: the number of Availability Zones is unknown, priced for 1 (each further AZ adds ` +
          `the same hourly charge)`,
      );
      azs = new Decimal(1);
    }
    const gwlb = type === 'GatewayLoadBalancer';
    ctx.add({
      name: `Endpoint hours (${shortService(service)}, ${fmt(azs)} AZ${azs.eq(1) ? '' : 's'})`,
      unit: 'hours',
      quantity: HOURS_PER_MONTH.times(azs),
      price: {
        serviceCode: 'AmazonVPC',
        key: gwlb ? 'Hourly charge for AWS Gateway Load Balancer VPC Endpoint per Hrs' : 'Hourly charge for VPC Endpoints per Hrs',
      },
      usageBased: false,
      formula: `${fmt(azs)} subnet${azs.eq(1) ? '' : 's'} × 730 h`,
    });
    ctx.add({
      name: 'Data processed',
      unit: 'GB',
      quantity: ctx.usage.number('monthlyDataProcessedGB'),
      price: {
        serviceCode: 'AmazonVPC',
        key: gwlb ? 'Charge for per GB data processed by AWS Gateway Load Balancer VPC Endpoint per GB' : 'VPC Endpoint Data Processed',
      },
      usageBased: true,
      usageKeys: ['monthlyDataProcessedGB'],
    });
  },
});

/** "com.amazonaws.us-east-1.ecr.api" → "ecr.api". */
function shortService(name: string): string {
  const m = /^com\.amazonaws\.[a-z0-9-]+\.(.+)$/.exec(name);
  return m ? m[1]! : name;
}
