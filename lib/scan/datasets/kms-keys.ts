/**
 * Customer-managed KMS keys (ListKeys, then DescribeKey per key; AWS-managed keys are free and skipped).
 */
import { allPages, liveResource, mapLimited, type Dataset } from './dataset.js';
import type { LiveResource } from '../types.js';

export interface KeyRecord {
  resource: LiveResource;
  state: string;
}

export const keysDataset: Dataset<KeyRecord[]> = {
  service: 'kms',
  /** The IAM actions its load calls (the scan's policy is built from these). */
  iamActions: ['kms:DescribeKey', 'kms:ListKeys'],
  async load({ region, clients }) {
    const { DescribeKeyCommand, KMSClient, paginateListKeys } = await import('@aws-sdk/client-kms');
    const client = clients.get(KMSClient, region);
    const ids = (await allPages(paginateListKeys({ client }, {}))).flatMap((p) => p.Keys ?? []).map((k) => k.KeyId!);
    const described = await mapLimited(ids, 8, async (id) => (await client.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata!);
    return described
      .filter((k) => k.KeyManager !== 'AWS' && k.KeyState !== 'PendingDeletion')
      .map((k) => ({
        resource: liveResource({
          id: k.Arn ?? k.KeyId!,
          name: k.KeyId!,
          type: 'AWS::KMS::Key',
          region,
          ...(k.CreationDate ? { createdAt: k.CreationDate } : {}),
          physicalIds: [k.KeyId!],
          properties: { KeySpec: k.KeySpec, KeyUsage: k.KeyUsage, MultiRegion: k.MultiRegion ?? false },
        }),
        state: k.KeyState ?? 'unknown',
      }));
  },
};
