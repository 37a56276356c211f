/**
 * S3 request rates per partitioned prefix. The template does not say how keys spread over
 * prefixes: this assumes one prefix, the worst case, and says so.
 */
import { limitIn } from '../catalogue.js';
import type { LimitFinding, LimitRule } from '../limit-types.js';
import { peakPerSecond, proportional, round } from '../load-math.js';

const AVOID = 'Spread object keys over several prefixes (S3 scales per partitioned prefix), or batch small objects into larger ones.';

export const s3PrefixRate: LimitRule = {
  id: 's3-prefix-rate',
  description: 'Peak PUT and GET requests per second against the per-prefix rates (all keys under one prefix)',
  types: ['AWS::S3::Bucket'],
  limits: ['s3.prefix-writes', 's3.prefix-reads'],
  evaluate(input) {
    const findings: LimitFinding[] = [];
    const pairs: Array<[string, string, string]> = [
      ['monthlyPutRequests', 's3.prefix-writes', 'PUT'],
      ['monthlyGetRequests', 's3.prefix-reads', 'GET'],
    ];
    for (const [key, id, verb] of pairs) {
      const monthly = input.usage.get(key);
      const limit = limitIn(input.catalogue, id, input.resource.region);
      if (monthly === undefined || !limit) continue;
      const rate = peakPerSecond(monthly, input.peakFactor);
      const load = `${round(rate)} ${verb} requests/s at peak, all keys under one prefix`;
      findings.push(...proportional(input, this.id, limit, rate, load, AVOID));
    }
    return findings;
  },
};
