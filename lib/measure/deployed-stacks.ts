/**
 * The deployed counterpart of each stack of SOURCE: DescribeStacks by name, then ListStackResources
 * for the physical ids (logical id → physical id). A stack not deployed in its region is reported,
 * not guessed; when none is deployed the command stops with the names it looked for.
 */
import { CloudFormationClient, DescribeStacksCommand, paginateListStackResources } from '@aws-sdk/client-cloudformation';
import type { ClientFactory } from '../scan/aws/clients.js';
import { allPages } from '../scan/datasets/dataset.js';
import { normalizePhysicalId } from '../scan/datasets/stacks.js';
import { errorInfo } from '../aws/sdk-errors.js';

export interface DeployedStack {
  name: string;
  region: string;
  status: string;
  /** logical id → physical id (URLs reduced to their path, as the scan compares them). */
  physicalIds: Map<string, string>;
}

/** Undefined when the stack does not exist in that region (CloudFormation's ValidationError). */
export async function deployedStack(clients: ClientFactory, name: string, region: string): Promise<DeployedStack | undefined> {
  const client = clients.get(CloudFormationClient, region);
  let status: string;
  try {
    const stack = (await client.send(new DescribeStacksCommand({ StackName: name }))).Stacks?.[0];
    if (!stack || stack.StackStatus === 'DELETE_COMPLETE') return undefined;
    status = stack.StackStatus ?? '';
  } catch (error) {
    if (errorInfo(error).code === 'ValidationError' && /does not exist/i.test(errorInfo(error).message)) return undefined;
    throw error;
  }
  const summaries = (await allPages(paginateListStackResources({ client }, { StackName: name }))).flatMap(
    (p) => p.StackResourceSummaries ?? [],
  );
  const physicalIds = new Map<string, string>();
  for (const r of summaries) if (r.PhysicalResourceId) physicalIds.set(r.LogicalResourceId!, normalizePhysicalId(r.PhysicalResourceId));
  return { name, region, status, physicalIds };
}
