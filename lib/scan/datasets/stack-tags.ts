/**
 * Every resource of the region that carries CloudFormation's own tags (aws:cloudformation:stack-name,
 * stack-id, logical-id), from the Resource Groups Tagging API: one paginated call for all services,
 * instead of a ListTags call per resource.
 */
import { allPages, tagRecord, type Dataset } from './dataset.js';

export const STACK_NAME_TAG = 'aws:cloudformation:stack-name';
export const STACK_ID_TAG = 'aws:cloudformation:stack-id';
export const LOGICAL_ID_TAG = 'aws:cloudformation:logical-id';

export interface TaggedResourceRecord {
  arn: string;
  tags: Record<string, string>;
}

export const stackTagsDataset: Dataset<TaggedResourceRecord[]> = {
  service: 'tag',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['tag:GetResources'],
  async load({ region, clients }) {
    const { ResourceGroupsTaggingAPIClient, paginateGetResources } = await import('@aws-sdk/client-resource-groups-tagging-api');
    const client = clients.get(ResourceGroupsTaggingAPIClient, region);
    return (await allPages(paginateGetResources({ client }, { TagFilters: [{ Key: STACK_NAME_TAG }], ResourcesPerPage: 100 })))
      .flatMap((p) => p.ResourceTagMappingList ?? [])
      .map((m) => ({ arn: m.ResourceARN!, tags: tagRecord(m.Tags) }));
  },
};
