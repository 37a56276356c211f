/**
 * DynamoDB tables (ListTables, then DescribeTable per table): billing mode, provisioned capacity
 * (table and GSIs) and size — what the DynamoDB pricer reads.
 */
import { Decimal, formatQuantity } from '../../money.js';
import { allPages, liveResource, mapLimited, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface TableRecord {
  resource: LiveResource;
}

const BYTES_PER_GB = 1024 ** 3;

export const tablesDataset: Dataset<TableRecord[]> = {
  service: 'dynamodb',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['dynamodb:DescribeTable', 'dynamodb:ListTables'],
  async load({ region, clients }) {
    const { DescribeTableCommand, DynamoDBClient, paginateListTables } = await import('@aws-sdk/client-dynamodb');
    const client = clients.get(DynamoDBClient, region);
    const names = (await allPages(paginateListTables({ client }, {}))).flatMap((p) => p.TableNames ?? []);
    return mapLimited(names, 8, async (name) => {
      const t = (await client.send(new DescribeTableCommand({ TableName: name }))).Table!;
      const billing = t.BillingModeSummary?.BillingMode ?? 'PROVISIONED';
      const throughput = (p: { ReadCapacityUnits?: number; WriteCapacityUnits?: number } | undefined) => ({
        ReadCapacityUnits: p?.ReadCapacityUnits ?? 0,
        WriteCapacityUnits: p?.WriteCapacityUnits ?? 0,
      });
      const size = t.TableSizeBytes ?? 0;
      return {
        resource: liveResource({
          id: t.TableArn ?? name,
          name,
          type: 'AWS::DynamoDB::Table',
          region,
          ...(t.CreationDateTime ? { createdAt: t.CreationDateTime } : {}),
          properties: {
            BillingMode: billing,
            ...(billing === 'PROVISIONED'
              ? {
                  ProvisionedThroughput: throughput(t.ProvisionedThroughput),
                  GlobalSecondaryIndexes: (t.GlobalSecondaryIndexes ?? []).map((g) => ({
                    IndexName: g.IndexName,
                    ProvisionedThroughput: throughput(g.ProvisionedThroughput),
                  })),
                }
              : {}),
            ...(t.TableClassSummary?.TableClass ? { TableClass: t.TableClassSummary.TableClass } : {}),
          },
          usage: {
            storageGB: { value: size / BYTES_PER_GB, explanation: `DescribeTable TableSizeBytes = ${formatQuantity(new Decimal(size))}` },
          },
        }),
      };
    });
  },
};
