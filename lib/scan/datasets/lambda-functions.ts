/**
 * Lambda functions (ListFunctions): memory and architecture for the pricer.
 */
import { allPages, liveResource, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface FunctionRecord {
  resource: LiveResource;
}

export const functionsDataset: Dataset<FunctionRecord[]> = {
  service: 'lambda',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['lambda:ListFunctions'],
  async load({ region, clients }) {
    const { LambdaClient, paginateListFunctions } = await import('@aws-sdk/client-lambda');
    const client = clients.get(LambdaClient, region);
    return (await allPages(paginateListFunctions({ client }, {})))
      .flatMap((p) => p.Functions ?? [])
      .map((f) => ({
        resource: liveResource({
          id: f.FunctionArn!,
          name: f.FunctionName!,
          type: 'AWS::Lambda::Function',
          region,
          // ListFunctions gives no creation time; LastModified bounds the age when the stack says nothing.
          ...(f.LastModified && !Number.isNaN(Date.parse(f.LastModified)) ? { modifiedAt: new Date(f.LastModified) } : {}),
          properties: {
            MemorySize: f.MemorySize,
            Architectures: f.Architectures ?? ['x86_64'],
            ...(f.EphemeralStorage?.Size ? { EphemeralStorage: { Size: f.EphemeralStorage.Size } } : {}),
          },
        }),
      }));
  },
};
