/**
 * A dataset is one inventory (or metric) fetch for one region, loaded once however many rules read
 * it — the engine's unit of I/O. Loaders only read: Describe*, List*, Get*, BatchGet*.
 *
 * A loader imports its SDK client inside `load` (`await import('@aws-sdk/client-…')`), never at the
 * top of its module: the declarations here (service, iamActions) are read by the scan policy, the
 * role template and so by every CLI command, and ~20 SDK clients at the top would load several MB of
 * code into `cdk-cost estimate` too. test/architecture/sdk-clients-lazy.test.ts holds that line.
 */
import type { ClientFactory } from '../aws/clients.js';
import type { LiveResource } from '../types.js';

export interface DatasetContext {
  region: string;
  clients: ClientFactory;
}

export interface Dataset<T> {
  /** Service as a user names it in IAM and in coverage gaps ("ec2", "rds"). */
  service: string;
  /**
   * The IAM actions `load` calls, `service:Action` (read-only: Describe*, List*, Get*). The scan's
   * least-privilege policy (iam-policy.ts) is built from these; test/scan/iam-actions.test.ts checks
   * they cover the SDK commands the loader sends.
   */
  iamActions: string[];
  load(ctx: DatasetContext): Promise<T>;
}

/** All pages of an SDK v3 paginator. */
export async function allPages<P>(pages: AsyncIterable<P>): Promise<P[]> {
  const out: P[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

/** Tag list ([{Key, Value}] in its several spellings) → record. */
export function tagRecord(tags: Array<{ Key?: string; Value?: string; key?: string; value?: string }> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) {
    const key = t.Key ?? t.key;
    if (key !== undefined) out[key] = t.Value ?? t.value ?? '';
  }
  return out;
}

export function liveResource(
  r: Omit<LiveResource, 'tags' | 'physicalIds' | 'properties'> & Partial<Pick<LiveResource, 'tags' | 'physicalIds' | 'properties'>>,
): LiveResource {
  return {
    ...r,
    tags: r.tags ?? {},
    properties: r.properties ?? {},
    physicalIds: [...new Set([r.id, r.name, ...(r.physicalIds ?? [])])],
  };
}

/** Run per-item calls with bounded concurrency (describe calls per table/queue/stream). */
export async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}
