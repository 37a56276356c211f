/**
 * Public IPv4 addresses: AWS charges every public IPv4 address per hour, in use or idle, since
 * 2024-02-01 (Amazon VPC pricing, "Public IPv4 Address"), whichever service holds it: an instance's
 * auto-assigned address, an Elastic IP, one per Availability Zone of an internet-facing load
 * balancer, a NAT gateway's. A line here is for addresses no AWS::EC2::EIP in the template prices.
 */
import type { Decimal } from '../../money.js';
import type { PricerContext } from '../pricer.js';
import { fmt, monthlyHours } from '../../quantities.js';

export const PUBLIC_IPV4_SERVICE_CODE = 'AmazonVPC';
export const PUBLIC_IPV4_KEY = 'Hourly charge for In use Public IPv4 Addresses per Hrs';

/** `count` addresses held all month (730 h each). */
export function addPublicIpv4(ctx: PricerContext, count: number | Decimal, why: string): void {
  const plural = Number(count) === 1 ? '' : 'es';
  ctx.add({
    name: `Public IPv4 address${plural} (${why})`,
    unit: 'hours',
    quantity: monthlyHours(count),
    price: { serviceCode: PUBLIC_IPV4_SERVICE_CODE, key: PUBLIC_IPV4_KEY },
    usageBased: false,
    formula: `${fmt(Number(count))} address${plural} × 730 h`,
  });
}
