/** A NAT gateway's bandwidth after automatic scaling, from the data it processes per month. */
import { limitIn } from '../catalogue.js';
import type { LimitRule } from '../limit-types.js';
import { SECONDS_PER_MONTH, proportional, round } from '../load-math.js';

/** Gigabits per gigabyte: the data-processed figures are bytes, bandwidth is bits. */
const BITS_PER_BYTE = 8;

export const natBandwidth: LimitRule = {
  id: 'nat-bandwidth',
  description: 'Peak Gbps through the NAT gateway (monthlyDataProcessedGB) against its maximum bandwidth',
  types: ['AWS::EC2::NatGateway'],
  limits: ['nat.bandwidth'],
  evaluate(input) {
    const gb = input.usage.get('monthlyDataProcessedGB');
    const limit = limitIn(input.catalogue, 'nat.bandwidth', input.resource.region);
    if (gb === undefined || !limit) return [];
    const gbps = ((gb * BITS_PER_BYTE) / SECONDS_PER_MONTH) * input.peakFactor;
    const load = `${round(gbps, 3)} Gbps at peak (${round(gb)} GB/month × 8 bits)`;
    const avoid = 'Split resources over subnets with a NAT gateway each, or keep AWS traffic off the NAT with VPC (gateway) endpoints.';
    return proportional(input, this.id, limit, gbps, load, avoid);
  },
};
