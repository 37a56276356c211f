/**
 * The GitHub side of the PR comment: issue-comment endpoints behind the platform-neutral upsert
 * (lib/ci/comment/upsert.ts holds the marker/behaviour logic shared with GitLab).
 */
import { GitHubHttpError, type GitHubClient } from './github-client.js';
import { upsertMarkedComment, type CommentApi, type CommentBehavior, type StoredComment, type UpsertResult } from '../comment/upsert.js';

export { BEHAVIORS, type CommentBehavior, type UpsertResult } from '../comment/upsert.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  pr: number;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
}

const stored = (c: IssueComment): StoredComment => ({ id: c.id, body: c.body ?? '', url: c.html_url });

export function githubCommentApi(client: GitHubClient, target: CommentTarget): CommentApi {
  const base = `/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}`;
  const listPath = `${base}/issues/${target.pr}/comments`;
  return {
    list: async () => (await client.paginate<IssueComment>(listPath)).map(stored),
    create: async (body) => {
      const created = await client.request<IssueComment>('POST', listPath, { body: { body }, retryServerErrors: false });
      return stored(created.data);
    },
    update: async (id, body) => {
      const updated = await client.request<IssueComment>('PATCH', `${base}/issues/comments/${id}`, { body: { body } });
      return stored(updated.data);
    },
    delete: async (id) => {
      try {
        await client.request('DELETE', `${base}/issues/comments/${id}`);
        return 'deleted';
      } catch (error) {
        // Already gone (another run, a person).
        if (error instanceof GitHubHttpError && error.status === 404) return 'gone';
        throw error;
      }
    },
    uncertain: (error) => error instanceof GitHubHttpError && (error.status === 0 || error.status >= 500),
    pause: (ms, line) => client.pause(ms, line),
  };
}

export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  marker: string,
  behavior: CommentBehavior,
): Promise<UpsertResult> {
  return upsertMarkedComment(githubCommentApi(client, target), body, marker, behavior);
}
