/** An on-demand DynamoDB table's throughput quota per table (read and write request units per second). */
import { limitIn } from '../catalogue.js';
import type { LimitFinding, LimitRule } from '../limit-types.js';
import { peakPerSecond, proportional, round } from '../load-math.js';

const AVOID =
  'Cache reads (DAX, CloudFront), write in fewer larger items, split data over several tables, ' + 'or request a higher table quota.';

export const dynamodbOnDemand: LimitRule = {
  id: 'dynamodb-on-demand',
  description: 'Peak request units per second of an on-demand table against the per-table throughput quota',
  types: ['AWS::DynamoDB::Table'],
  limits: ['dynamodb.on-demand-table-reads', 'dynamodb.on-demand-table-writes'],
  evaluate(input) {
    if (input.model && input.model.properties['BillingMode'] !== 'PAY_PER_REQUEST') return [];
    const findings: LimitFinding[] = [];
    const pairs: Array<[string, string, string]> = [
      ['monthlyReadRequestUnits', 'dynamodb.on-demand-table-reads', 'read'],
      ['monthlyWriteRequestUnits', 'dynamodb.on-demand-table-writes', 'write'],
    ];
    for (const [key, id, kind] of pairs) {
      const monthly = input.usage.get(key);
      const limit = limitIn(input.catalogue, id, input.resource.region);
      if (monthly === undefined || !limit) continue;
      const rate = peakPerSecond(monthly, input.peakFactor);
      findings.push(...proportional(input, this.id, limit, rate, `${round(rate)} ${kind} request units/s at peak`, AVOID));
    }
    return findings;
  },
};
