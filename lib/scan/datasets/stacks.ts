/**
 * CloudFormation: live stacks with their resources (ListStackResources) and construct paths (the
 * deployed template's aws:cdk:path metadata, via GetTemplate), and stacks deleted in the last 90
 * days with the resources CloudFormation recorded for them — what DeletionPolicy: Retain left behind.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { parse as parseYaml } from 'yaml';
import { allPages, mapLimited, type Dataset } from './dataset.js';

/**
 * CloudFormation reports some physical ids as URLs (SQS queues: https://sqs.<region>.amazonaws.com/
 * <account>/<name>) whose host differs from what the service's own List call returns behind another
 * endpoint; the path identifies the resource. Every physical id is compared in this form.
 */
export function normalizePhysicalId(id: string): string {
  const url = /^https?:\/\/[^/]+\/(.+)$/.exec(id);
  return url ? url[1]! : id;
}

export interface StackResourceRecord {
  logicalId: string;
  type: string;
  physicalId: string;
  status: string;
  /**
   * When CloudFormation created the resource, known only while its last operation was the creation
   * (status CREATE_*: LastUpdatedTimestamp is then the creation time; after an update it is not).
   */
  createdAt?: Date;
  /** Construct path from the template's aws:cdk:path metadata (CDK stacks), else undefined. */
  path?: string;
}

export interface StackRecord {
  name: string;
  id: string;
  status: string;
  deletedAt?: Date;
  resources: StackResourceRecord[];
}

export interface StacksDataset {
  live: StackRecord[];
  deleted: StackRecord[];
  /** Every physical id of every live stack's resources. */
  livePhysicalIds: Set<string>;
}

export const stacksDataset: Dataset<StacksDataset> = {
  service: 'cloudformation',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: [
    'cloudformation:DescribeStacks',
    'cloudformation:GetTemplate',
    'cloudformation:ListStackResources',
    'cloudformation:ListStacks',
  ],
  async load({ region, clients }) {
    const { CloudFormationClient, paginateDescribeStacks, paginateListStackResources, paginateListStacks } = await import(
      '@aws-sdk/client-cloudformation'
    );
    const client = clients.get(CloudFormationClient, region);
    const live = (await allPages(paginateDescribeStacks({ client }, {})))
      .flatMap((p) => p.Stacks ?? [])
      .filter((s) => s.StackStatus !== 'DELETE_COMPLETE')
      .map((s) => ({ name: s.StackName!, id: s.StackId!, status: s.StackStatus! }));
    const deleted = (await allPages(paginateListStacks({ client }, { StackStatusFilter: ['DELETE_COMPLETE'] })))
      .flatMap((p) => p.StackSummaries ?? [])
      .map((s) => ({
        name: s.StackName!,
        id: s.StackId!,
        status: s.StackStatus!,
        ...(s.DeletionTime ? { deletedAt: s.DeletionTime } : {}),
      }));

    const resourcesOf = async (stackId: string): Promise<StackResourceRecord[]> =>
      (await allPages(paginateListStackResources({ client }, { StackName: stackId })))
        .flatMap((p) => p.StackResourceSummaries ?? [])
        .map((r) => ({
          logicalId: r.LogicalResourceId!,
          type: r.ResourceType!,
          physicalId: normalizePhysicalId(r.PhysicalResourceId ?? ''),
          status: r.ResourceStatus ?? '',
          ...(r.ResourceStatus?.startsWith('CREATE_') && r.LastUpdatedTimestamp ? { createdAt: r.LastUpdatedTimestamp } : {}),
        }));

    const liveRecords = await mapLimited(live, 4, async (s) => {
      const resources = await resourcesOf(s.id);
      const paths = await constructPaths(client, s.id);
      for (const r of resources) {
        const path = paths.get(r.logicalId);
        if (path) r.path = path;
      }
      return { ...s, resources };
    });
    const deletedRecords = await mapLimited(deleted, 4, async (s) => ({ ...s, resources: await resourcesOf(s.id) }));
    const livePhysicalIds = new Set(liveRecords.flatMap((s) => s.resources.map((r) => r.physicalId)).filter(Boolean));
    return { live: liveRecords, deleted: deletedRecords, livePhysicalIds };
  },
};

/** logical id → aws:cdk:path, from the deployed template (JSON or YAML). */
async function constructPaths(client: CloudFormationClient, stackId: string): Promise<Map<string, string>> {
  const { GetTemplateCommand } = await import('@aws-sdk/client-cloudformation');
  const out = new Map<string, string>();
  const body = (await client.send(new GetTemplateCommand({ StackName: stackId }))).TemplateBody;
  if (!body) return out;
  let template: { Resources?: Record<string, { Metadata?: Record<string, unknown> }> };
  try {
    template = JSON.parse(body) as typeof template;
  } catch {
    try {
      template = parseYaml(body, { logLevel: 'silent' }) as typeof template;
    } catch {
      return out;
    }
  }
  for (const [logicalId, resource] of Object.entries(template?.Resources ?? {})) {
    const path = resource?.Metadata?.['aws:cdk:path'];
    if (typeof path === 'string') out.set(logicalId, path);
  }
  return out;
}
