/**
 * OpenSearch Service domains (ListDomainNames, then DescribeDomains in batches of 5, the API's limit).
 */
import { liveResource, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface DomainRecord {
  resource: LiveResource;
}

const DESCRIBE_BATCH = 5;

export const domainsDataset: Dataset<DomainRecord[]> = {
  service: 'es',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['es:DescribeDomains', 'es:ListDomainNames'],
  async load({ region, clients }) {
    const { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } = await import('@aws-sdk/client-opensearch');
    const client = clients.get(OpenSearchClient, region);
    const names = ((await client.send(new ListDomainNamesCommand({}))).DomainNames ?? []).map((d) => d.DomainName!);
    const out: DomainRecord[] = [];
    for (let i = 0; i < names.length; i += DESCRIBE_BATCH) {
      const batch = await client.send(new DescribeDomainsCommand({ DomainNames: names.slice(i, i + DESCRIBE_BATCH) }));
      for (const d of batch.DomainStatusList ?? []) {
        out.push({
          resource: liveResource({
            id: d.ARN ?? d.DomainName!,
            name: d.DomainName!,
            type: 'AWS::OpenSearchService::Domain',
            region,
            physicalIds: [d.DomainName!],
            properties: {
              ClusterConfig: {
                InstanceType: d.ClusterConfig?.InstanceType,
                InstanceCount: d.ClusterConfig?.InstanceCount ?? 1,
                ...(d.ClusterConfig?.DedicatedMasterEnabled
                  ? {
                      DedicatedMasterEnabled: true,
                      DedicatedMasterType: d.ClusterConfig.DedicatedMasterType,
                      DedicatedMasterCount: d.ClusterConfig.DedicatedMasterCount,
                    }
                  : {}),
              },
              ...(d.EBSOptions?.EBSEnabled
                ? {
                    EBSOptions: {
                      EBSEnabled: true,
                      VolumeSize: d.EBSOptions.VolumeSize,
                      VolumeType: d.EBSOptions.VolumeType,
                      ...(d.EBSOptions.Iops ? { Iops: d.EBSOptions.Iops } : {}),
                    },
                  }
                : {}),
            },
          }),
        });
      }
    }
    return out;
  },
};
