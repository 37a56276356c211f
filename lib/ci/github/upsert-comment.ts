/**
 * One cdk-cost comment per pull request, kept up to date: find the earlier comment by its hidden
 * marker and edit it (update), or always add one (new), or delete the earlier ones and add one
 * (delete-and-new, for a notification on every push).
 *
 * A create that fails with a 5xx or a dropped connection may have been carried out anyway: before
 * trying again, the comments are listed and an identical one counts as created. So a flaky network
 * never leaves two copies.
 */
import { GitHubHttpError, backoff, type GitHubClient } from './github-client.js';

export const BEHAVIORS = ['update', 'new', 'delete-and-new'] as const;
export type CommentBehavior = (typeof BEHAVIORS)[number];

export interface CommentTarget {
  owner: string;
  repo: string;
  pr: number;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
  deleted: number;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  created_at?: string;
}

export async function upsertComment(client: GitHubClient, target: CommentTarget, body: string, marker: string, behavior: CommentBehavior): Promise<UpsertResult> {
  const base = `/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}`;
  const listPath = `${base}/issues/${target.pr}/comments`;
  // Every comment before ours is posted: after a failed POST, only a comment not among these can be the one it made.
  const all = await client.paginate<IssueComment>(listPath);
  const before = new Set(all.map((c) => c.id));
  if (behavior === 'new') return { ...(await create(client, listPath, body, before)), deleted: 0 };

  const ours = all.filter((c) => c.body?.includes(marker));
  if (behavior === 'delete-and-new') {
    let deleted = 0;
    for (const c of ours) {
      try {
        await client.request('DELETE', `${base}/issues/comments/${c.id}`);
        deleted++;
      } catch (error) {
        // Already gone (another run, a person): what delete wanted is done.
        if (!(error instanceof GitHubHttpError && error.status === 404)) throw error;
      }
    }
    return { ...(await create(client, listPath, body, before)), deleted };
  }
  // The newest of ours is the one readers see at the bottom of the conversation.
  const latest = ours.sort((a, b) => b.id - a.id)[0];
  if (!latest) return { ...(await create(client, listPath, body, before)), deleted: 0 };
  if (latest.body === body) return { action: 'unchanged', id: latest.id, url: latest.html_url, deleted: 0 };
  const updated = await client.request<IssueComment>('PATCH', `${base}/issues/comments/${latest.id}`, { body: { body } });
  return { action: 'updated', id: updated.data.id, url: updated.data.html_url, deleted: 0 };
}

async function create(client: GitHubClient, listPath: string, body: string, before: ReadonlySet<number>): Promise<{ action: 'created'; id: number; url: string }> {
  const maxAttempts = 3;
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await client.request<IssueComment>('POST', listPath, { body: { body }, retryServerErrors: false });
      return { action: 'created', id: created.data.id, url: created.data.html_url };
    } catch (error) {
      const uncertain = error instanceof GitHubHttpError && (error.status === 0 || error.status >= 500);
      if (!uncertain || attempt >= maxAttempts) throw error;
      await client.pause(backoff(attempt - 1), `creating the comment failed (${(error as GitHubHttpError).status || 'no answer'}); checking whether it was created anyway`);
      const landed = (await client.paginate<IssueComment>(listPath)).filter((c) => c.body === body && !before.has(c.id)).sort((a, b) => b.id - a.id)[0];
      if (landed) return { action: 'created', id: landed.id, url: landed.html_url };
    }
  }
}
