/**
 * RDS DB instances (DescribeDBInstances): class, engine, Multi-AZ and storage — what the RDS pricer reads.
 */
import { allPages, liveResource, tagRecord, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface DbInstanceRecord {
  resource: LiveResource;
  status: string;
}

export const dbInstancesDataset: Dataset<DbInstanceRecord[]> = {
  service: 'rds',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['rds:DescribeDBInstances'],
  async load({ region, clients }) {
    const { RDSClient, paginateDescribeDBInstances } = await import('@aws-sdk/client-rds');
    const client = clients.get(RDSClient, region);
    return (await allPages(paginateDescribeDBInstances({ client }, {})))
      .flatMap((p) => p.DBInstances ?? [])
      .map((d) => ({
        resource: liveResource({
          id: d.DBInstanceArn ?? d.DBInstanceIdentifier!,
          name: d.DBInstanceIdentifier!,
          type: 'AWS::RDS::DBInstance',
          region,
          tags: tagRecord(d.TagList),
          ...(d.InstanceCreateTime ? { createdAt: d.InstanceCreateTime } : {}),
          physicalIds: [d.DBInstanceIdentifier!],
          properties: {
            DBInstanceClass: d.DBInstanceClass,
            Engine: d.Engine,
            ...(d.EngineVersion ? { EngineVersion: d.EngineVersion } : {}),
            MultiAZ: d.MultiAZ ?? false,
            AllocatedStorage: d.AllocatedStorage,
            StorageType: d.StorageType,
            ...(d.Iops ? { Iops: d.Iops } : {}),
            ...(d.LicenseModel ? { LicenseModel: d.LicenseModel } : {}),
            ...(d.DBClusterIdentifier ? { DBClusterIdentifier: d.DBClusterIdentifier } : {}),
          },
        }),
        status: d.DBInstanceStatus ?? 'unknown',
      }));
  },
};
