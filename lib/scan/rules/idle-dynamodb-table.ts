/**
 * DynamoDB table with no consumed read or write capacity over the lookback (Cloud Custodian
 * dynamodb-table metrics filter; Trusted Advisor's underused provisioned capacity). A provisioned
 * table pays for its capacity every hour whether anyone reads it or not.
 */
import type { TableRecord } from '../datasets/dynamodb-tables.js';
import { zeroTrafficRule } from './zero-traffic-rule.js';
import type { ThresholdDefinition } from '../thresholds.js';

const DYNAMODB_CONSUMEDUNITS: ThresholdDefinition = {
  key: 'dynamodb.consumedUnits',
  default: 0,
  unit: 'capacity units',
  description: 'at most this many consumed read + write units over the lookback',
  source: 'Cloud Custodian dynamodb-table metrics filter; AWS Trusted Advisor underutilized provisioned capacity',
};

export const idleDynamodbTable = zeroTrafficRule<TableRecord>({
  id: 'idle-dynamodb-table',
  message: 'DynamoDB table with no reads or writes',
  dataset: 'tables',
  threshold: DYNAMODB_CONSUMEDUNITS,
  noun: 'consumed capacity units',
  queries: (t) => [
    { namespace: 'AWS/DynamoDB', metric: 'ConsumedReadCapacityUnits', dimensions: { TableName: t.resource.name }, stat: 'Sum' },
    { namespace: 'AWS/DynamoDB', metric: 'ConsumedWriteCapacityUnits', dimensions: { TableName: t.resource.name }, stat: 'Sum' },
  ],
  action: (t) =>
    t.resource.properties.BillingMode === 'PROVISIONED'
      ? 'Back up and delete the table, or switch it to on-demand capacity so an unused table costs only its storage.'
      : 'Back up and delete the table if nothing uses it; until then it costs its storage.',
  idleUsage: { monthlyReadRequestUnits: 0, monthlyWriteRequestUnits: 0 },
});
