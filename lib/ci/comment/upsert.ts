/**
 * The platform-neutral half of "one cdk-cost comment per pull/merge request": find the earlier comment
 * by its hidden marker and edit it (update), or always add one (new), or delete the earlier ones and
 * add one (delete-and-new, for a notification on every push). GitHub and GitLab each supply a
 * CommentApi over their REST endpoints.
 *
 * A create that fails with a 5xx or a dropped connection may have been carried out anyway: before
 * trying again, the comments are listed and an identical new one counts as created. So a flaky network
 * never leaves two copies.
 */
export const BEHAVIORS = ['update', 'new', 'delete-and-new'] as const;
export type CommentBehavior = (typeof BEHAVIORS)[number];

export interface StoredComment {
  id: number;
  body: string;
  url: string;
}

export interface CommentApi {
  /** Every comment on the request, all pages. */
  list(): Promise<StoredComment[]>;
  /** A POST: not retried by the client itself (see `uncertain`). */
  create(body: string): Promise<StoredComment>;
  update(id: number, body: string): Promise<StoredComment>;
  /** 'gone' when the comment no longer exists (404): what a delete wanted is done. */
  delete(id: number): Promise<'deleted' | 'gone'>;
  /** Whether a failed create may have been carried out (no answer, 5xx). */
  uncertain(error: unknown): boolean;
  /** Waits before a retry, saying why. */
  pause(ms: number, line: string): Promise<void>;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
  deleted: number;
}

export async function upsertMarkedComment(api: CommentApi, body: string, marker: string, behavior: CommentBehavior): Promise<UpsertResult> {
  // Every comment before ours is posted: after a failed POST, only a comment not among these can be the one it made.
  const all = await api.list();
  const before = new Set(all.map((c) => c.id));
  if (behavior === 'new') return { ...(await create(api, body, before)), deleted: 0 };

  const ours = all.filter((c) => c.body.includes(marker));
  if (behavior === 'delete-and-new') {
    let deleted = 0;
    for (const c of ours) if ((await api.delete(c.id)) === 'deleted') deleted++;
    return { ...(await create(api, body, before)), deleted };
  }
  // The newest of ours is the one readers see at the bottom of the conversation.
  const latest = ours.sort((a, b) => b.id - a.id)[0];
  if (!latest) return { ...(await create(api, body, before)), deleted: 0 };
  if (latest.body === body) return { action: 'unchanged', id: latest.id, url: latest.url, deleted: 0 };
  const updated = await api.update(latest.id, body);
  return { action: 'updated', id: updated.id, url: updated.url, deleted: 0 };
}

async function create(api: CommentApi, body: string, before: ReadonlySet<number>): Promise<{ action: 'created'; id: number; url: string }> {
  const maxAttempts = 3;
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await api.create(body);
      return { action: 'created', id: created.id, url: created.url };
    } catch (error) {
      if (!api.uncertain(error) || attempt >= maxAttempts) throw error;
      const status = (error as { status?: number }).status;
      const why = `creating the comment failed (${status || 'no answer'}); checking whether it was created anyway`;
      await api.pause(1000 * 2 ** (attempt - 1), why);
      const fresh = (await api.list()).filter((c) => c.body === body && !before.has(c.id));
      const landed = fresh.sort((a, b) => b.id - a.id)[0];
      if (landed) return { action: 'created', id: landed.id, url: landed.url };
    }
  }
}
