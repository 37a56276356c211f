/**
 * DynamoDB's per-partition throughput. A partition key value lives on one partition, and the
 * template does not say how requests spread over keys: this assumes one key, the worst case (as the
 * S3 rule assumes one prefix), and says so. Applies to on-demand and provisioned tables alike.
 */
import { limitIn } from '../catalogue.js';
import type { LimitFinding, LimitRule } from '../limit-types.js';
import { peakPerSecond, proportional, round } from '../load-math.js';

const AVOID =
  'Choose a high-cardinality partition key (or add a random or calculated suffix: write sharding) so requests spread over ' +
  'partitions; cache hot reads (DAX).';

export const dynamodbPartition: LimitRule = {
  id: 'dynamodb-partition',
  description: 'Peak request units per second against the per-partition throughput (all requests on one partition key value)',
  types: ['AWS::DynamoDB::Table'],
  limits: ['dynamodb.partition-reads', 'dynamodb.partition-writes'],
  evaluate(input) {
    const findings: LimitFinding[] = [];
    const pairs: Array<[string, string, string]> = [
      ['monthlyReadRequestUnits', 'dynamodb.partition-reads', 'read'],
      ['monthlyWriteRequestUnits', 'dynamodb.partition-writes', 'write'],
    ];
    for (const [key, id, kind] of pairs) {
      const monthly = input.usage.get(key);
      const limit = limitIn(input.catalogue, id, input.resource.region);
      if (monthly === undefined || !limit) continue;
      const rate = peakPerSecond(monthly, input.peakFactor);
      const load = `${round(rate)} ${kind} request units/s at peak, all on one partition key value (worst case)`;
      findings.push(...proportional(input, this.id, limit, rate, load, AVOID));
    }
    return findings;
  },
};
