/**
 * CloudWatch Logs log groups (DescribeLogGroups): retention and stored bytes, which the log-group
 * pricer turns into a monthly storage cost.
 */
import { formatQuantity, Decimal } from '../../money.js';
import { allPages, liveResource, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface LogGroupRecord {
  resource: LiveResource;
  retentionDays?: number;
  storedBytes: number;
}

const BYTES_PER_GB = 1024 ** 3;

export const logGroupsDataset: Dataset<LogGroupRecord[]> = {
  service: 'logs',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['logs:DescribeLogGroups'],
  async load({ region, clients }) {
    const { CloudWatchLogsClient, paginateDescribeLogGroups } = await import('@aws-sdk/client-cloudwatch-logs');
    const client = clients.get(CloudWatchLogsClient, region);
    return (await allPages(paginateDescribeLogGroups({ client }, {})))
      .flatMap((p) => p.logGroups ?? [])
      .map((g) => {
        const storedBytes = g.storedBytes ?? 0;
        return {
          resource: liveResource({
            id: g.arn?.replace(/:\*$/, '') ?? g.logGroupName!,
            name: g.logGroupName!,
            type: 'AWS::Logs::LogGroup',
            region,
            ...(g.creationTime ? { createdAt: new Date(g.creationTime) } : {}),
            physicalIds: [g.logGroupName!],
            properties: {
              ...(g.retentionInDays ? { RetentionInDays: g.retentionInDays } : {}),
              ...(g.logGroupClass ? { LogGroupClass: g.logGroupClass } : {}),
            },
            usage: {
              storageGB: {
                value: storedBytes / BYTES_PER_GB,
                explanation: `DescribeLogGroups storedBytes = ${formatQuantity(new Decimal(storedBytes))}`,
              },
            },
          }),
          ...(g.retentionInDays ? { retentionDays: g.retentionInDays } : {}),
          storedBytes,
        };
      });
  },
};
