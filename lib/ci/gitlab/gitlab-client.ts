/**
 * A small GitLab REST (v4) client on Node's global fetch, for the merge-request note. It
 * - authenticates with PRIVATE-TOKEN (a personal/project access token) or JOB-TOKEN (CI_JOB_TOKEN),
 * - retries 5xx answers and 429 (retry-after) for requests that are safe to repeat, with backoff,
 * - pages with page/per_page until X-Next-Page is empty (GitLab's documented pagination headers),
 * - never lets the token into a message: every error text is scrubbed of it.
 * The request loop (retries, waits, JSON, scrubbing) is lib/ci/rest-call.ts, shared with the GitHub client.
 */
import { UserError } from '../../errors.js';
import {
  answerMessage,
  backoff,
  RestCaller,
  type RestCallOptions,
  type RestPlatform,
  type RestResponse,
  type RequestOptions,
} from '../rest-call.js';

export type { RequestOptions };

export interface GitLabClientOptions extends RestCallOptions {
  token: string;
  /** PRIVATE-TOKEN (GITLAB_TOKEN) or JOB-TOKEN (CI_JOB_TOKEN). */
  tokenHeader: 'PRIVATE-TOKEN' | 'JOB-TOKEN';
  /** e.g. https://gitlab.com/api/v4 (CI_API_V4_URL). */
  apiUrl: string;
}

/** An HTTP error from GitLab (status 0: no answer at all). */
export class GitLabHttpError extends UserError {
  constructor(
    message: string,
    hint: string | undefined,
    readonly status: number,
  ) {
    super(message, hint);
    this.name = 'GitLabHttpError';
  }
}

export type GitLabResponse<T> = RestResponse<T>;

export class GitLabClient {
  readonly apiUrl: string;
  private readonly origin: string;
  private readonly rest: RestCaller;

  constructor(private readonly options: GitLabClientOptions) {
    const raw = options.apiUrl.replace(/\/+$/, '');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      const hint = 'Use e.g. https://gitlab.com/api/v4 (GitLab CI sets CI_API_V4_URL).';
      throw new UserError(`CI_API_V4_URL ${JSON.stringify(raw)} is not a URL.`, hint);
    }
    this.apiUrl = raw;
    this.origin = url.origin;
    this.rest = new RestCaller(options.token, this.platform(), options);
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<GitLabResponse<T>> {
    return this.rest.call<T>(method, new URL(`${this.apiUrl}${path.startsWith('/') ? '' : '/'}${path}`), options);
  }

  /** Every item of a paginated list: page=1,2,… while GitLab names an X-Next-Page. */
  async paginate<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let page: string | null = '1';
    for (let n = 0; page && n < 1000; n++) {
      const query = `${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`;
      const response: GitLabResponse<T[]> = await this.request<T[]>('GET', `${path}${query}`);
      items.push(...(response.data ?? []));
      const next = response.headers.get('x-next-page')?.trim();
      page = next && /^\d+$/.test(next) ? next : null;
    }
    return items;
  }

  scrub(text: string): string {
    return this.rest.scrub(text);
  }

  pause(ms: number, line: string): Promise<void> {
    return this.rest.pause(ms, line);
  }

  /** GitLab's side of a REST call: its token header, 429 and 5xx retries, messages and hints. */
  private platform(): RestPlatform {
    return {
      headers: () => ({ [this.options.tokenHeader]: this.options.token, accept: 'application/json' }),
      errorMessage: (text) => answerMessage(text, ['message', 'error'], true),
      retryWait: (_what, response, _message, attempt, retryServerErrors) => {
        if (response.status !== 429 && !(response.status >= 500 && retryServerErrors)) return undefined;
        const after = response.headers.get('retry-after');
        const ms = after && /^\d+$/.test(after.trim()) ? Number(after) * 1000 : backoff(attempt);
        return { ms, why: `GitLab answered ${response.status}; retrying in ${Math.ceil(ms / 1000)} s` };
      },
      networkError: (what, cause) =>
        new GitLabHttpError(`GitLab API ${what}: no answer from ${this.origin} (${cause}).`, 'Check the network and CI_API_V4_URL.', 0),
      notJsonError: (what, start) =>
        new GitLabHttpError(
          `GitLab API ${what}: the answer is not JSON (${start}…).`,
          'Is CI_API_V4_URL the API root (https://HOST/api/v4)?',
          0,
        ),
      httpError: (what, status, message) => this.httpError(what, status, message),
    };
  }

  private httpError(what: string, status: number, message: string): GitLabHttpError {
    const said = message ? `: ${message}` : '';
    const source = this.options.tokenHeader === 'JOB-TOKEN' ? 'CI_JOB_TOKEN' : 'GITLAB_TOKEN';
    const hints: Record<number, string> = {
      401:
        `The token was rejected: ${source} is missing, expired or revoked.` +
        (source === 'CI_JOB_TOKEN'
          ? ' CI_JOB_TOKEN may not write notes on many GitLab versions: set GITLAB_TOKEN to a project access token (api scope).'
          : ''),
      403: `${source} may not write notes here: use a project access token with the api scope (Reporter or higher) in GITLAB_TOKEN.`,
      404: 'Not found — or not visible to this token. Check --project, --mr and CI_API_V4_URL.',
      413: "GitLab refused the body's size (notes hold at most 1,000,000 characters).",
      422: 'GitLab rejected the request body.',
    };
    const hint = hints[status] ?? (status >= 500 ? 'GitLab is having trouble; run again later.' : undefined);
    return new GitLabHttpError(`GitLab API ${what} failed with ${status}${said}`, hint, status);
  }
}
