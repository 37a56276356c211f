/**
 * The GitLab side of the cost review: merge-request notes behind the platform-neutral upsert
 * (lib/ci/comment/upsert.ts), so the marker and behaviours are the same as on GitHub.
 * System notes ("added 1 commit") are never ours and are skipped.
 */
import { GitLabHttpError, type GitLabClient } from './gitlab-client.js';
import { upsertMarkedComment, type CommentApi, type CommentBehavior, type StoredComment, type UpsertResult } from '../comment/upsert.js';

/** GitLab refuses a note over 1,000,000 characters (Note validates length against MAX_TEXT_SIZE_LIMIT). */
export const GITLAB_NOTE_LIMIT = 1_000_000;

export interface MergeRequestTarget {
  /** Numeric id or full path (group/project). */
  project: string;
  mr: number;
  /** Web address of the project, for links to the note (CI_PROJECT_URL); optional. */
  projectUrl?: string;
}

interface Note {
  id: number;
  body?: string;
  system?: boolean;
}

export function gitlabNoteApi(client: GitLabClient, target: MergeRequestTarget): CommentApi {
  const listPath = `/projects/${encodeURIComponent(target.project)}/merge_requests/${target.mr}/notes`;
  const web = target.projectUrl?.replace(/\/+$/, '');
  const stored = (n: Note): StoredComment => ({
    id: n.id,
    body: n.body ?? '',
    url: web ? `${web}/-/merge_requests/${target.mr}#note_${n.id}` : `note ${n.id}`,
  });
  return {
    list: async () => (await client.paginate<Note>(listPath)).filter((n) => !n.system).map(stored),
    create: async (body) => stored((await client.request<Note>('POST', listPath, { body: { body }, retryServerErrors: false })).data),
    update: async (id, body) => stored((await client.request<Note>('PUT', `${listPath}/${id}`, { body: { body } })).data),
    delete: async (id) => {
      try {
        await client.request('DELETE', `${listPath}/${id}`);
        return 'deleted';
      } catch (error) {
        // Already gone (another run, a person).
        if (error instanceof GitLabHttpError && error.status === 404) return 'gone';
        throw error;
      }
    },
    uncertain: (error) => error instanceof GitLabHttpError && (error.status === 0 || error.status >= 500),
    pause: (ms, line) => client.pause(ms, line),
  };
}

export async function upsertNote(
  client: GitLabClient,
  target: MergeRequestTarget,
  body: string,
  marker: string,
  behavior: CommentBehavior,
): Promise<UpsertResult> {
  return upsertMarkedComment(gitlabNoteApi(client, target), body, marker, behavior);
}
