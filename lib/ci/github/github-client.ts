/**
 * A small GitHub REST client on Node's global fetch: the four calls the PR comment needs do not
 * justify Octokit's dependency tree. It
 * - honours GITHUB_API_URL (GitHub Enterprise Server: https://HOST/api/v3),
 * - retries 5xx answers (for requests that are safe to repeat) with exponential backoff,
 * - waits out rate limits as GitHub documents: retry-after seconds, else until x-ratelimit-reset
 *   when x-ratelimit-remaining is 0, else a minute, doubling — and gives up with a clear message
 *   when the wait would be longer than `maxWaitMs`,
 * - follows Link rel="next" pagination only on the API's own origin (the token goes nowhere else),
 * - never lets the token into a message: every error text is scrubbed of it.
 * The request loop (retries, waits, JSON, scrubbing) is lib/ci/rest-call.ts, shared with the GitLab client.
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

export { backoff, type RequestOptions };

export const DEFAULT_API_URL = 'https://api.github.com';

export interface GitHubClientOptions extends RestCallOptions {
  token: string;
  /** API base URL; default https://api.github.com. */
  apiUrl?: string;
}

export type GitHubResponse<T> = RestResponse<T>;

/** An HTTP error from GitHub (status 0: no answer at all). */
export class GitHubHttpError extends UserError {
  constructor(
    message: string,
    hint: string | undefined,
    readonly status: number,
  ) {
    super(message, hint);
    this.name = 'GitHubHttpError';
  }
}

export class GitHubClient {
  readonly apiUrl: string;
  private readonly origin: string;
  private readonly rest: RestCaller;

  constructor(private readonly options: GitHubClientOptions) {
    if (!options.token)
      throw new UserError('No GitHub token.', 'Set GITHUB_TOKEN (in GitHub Actions: env: { GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }} }).');
    const raw = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new UserError(
        `GITHUB_API_URL ${JSON.stringify(raw)} is not a URL.`,
        'Use e.g. https://api.github.com or https://github.example.com/api/v3.',
      );
    }
    this.apiUrl = raw;
    this.origin = url.origin;
    this.rest = new RestCaller(options.token, this.platform(), options);
  }

  async request<T>(method: string, pathOrUrl: string, options: RequestOptions = {}): Promise<GitHubResponse<T>> {
    return this.rest.call<T>(method, this.resolve(pathOrUrl), options);
  }

  /** Every item of a paginated list, following Link rel="next". */
  async paginate<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
    for (let page = 0; next && page < 1000; page++) {
      const response: GitHubResponse<T[]> = await this.request<T[]>('GET', next);
      items.push(...(response.data ?? []));
      next = nextLink(response.headers.get('link'));
    }
    return items;
  }

  /** Removes the token from any text that may reach the user. */
  scrub(text: string): string {
    return this.rest.scrub(text);
  }

  /** Waits `ms` (capped at maxWaitMs), saying why. */
  pause(ms: number, line: string): Promise<void> {
    return this.rest.pause(ms, line);
  }

  private resolve(pathOrUrl: string): URL {
    if (/^https?:\/\//i.test(pathOrUrl)) {
      const url = new URL(pathOrUrl);
      // A pagination link elsewhere would receive our token: refuse.
      if (url.origin !== this.origin)
        throw new GitHubHttpError(
          `GitHub API: refusing to follow a link to ${url.origin} (the API is ${this.origin}).`,
          'Check GITHUB_API_URL.',
          0,
        );
      return url;
    }
    return new URL(`${this.apiUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`);
  }

  /** GitHub's side of a REST call: its headers, rate limits, messages and hints. */
  private platform(): RestPlatform {
    return {
      headers: () => ({
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${this.options.token}`,
        'x-github-api-version': '2022-11-28',
      }),
      errorMessage: (text) => answerMessage(text, ['message']),
      retryWait: (what, response, message, attempt, retryServerErrors) => {
        const limitWait = rateLimitWait(response, message, attempt);
        if (limitWait !== undefined) {
          if (limitWait > this.rest.maxWaitMs) {
            throw new GitHubHttpError(
              `GitHub API ${what}: rate limited (${response.status}); GitHub asks to wait ${Math.ceil(limitWait / 1000)} s, longer ` +
                `than cdk-cost waits.`,
              'Run again later; many parallel jobs posting comments share one limit.',
              response.status,
            );
          }
          return { ms: limitWait, why: `rate limited (${response.status}); waiting ${Math.ceil(limitWait / 1000)} s as GitHub asks` };
        }
        if (response.status >= 500 && retryServerErrors)
          return { ms: backoff(attempt), why: `GitHub answered ${response.status}; retrying` };
        return undefined;
      },
      networkError: (what, cause) =>
        new GitHubHttpError(`GitHub API ${what}: no answer from ${this.origin} (${cause}).`, 'Check the network and GITHUB_API_URL.', 0),
      notJsonError: (what, start) =>
        new GitHubHttpError(
          `GitHub API ${what}: the answer is not JSON (${start}…).`,
          'Is GITHUB_API_URL the API root (e.g. https://HOST/api/v3), not the web address?',
          0,
        ),
      httpError: (what, status, message) => httpError(what, status, message),
    };
  }
}

function httpError(what: string, status: number, message: string): GitHubHttpError {
  const said = message ? `: ${message}` : '';
  const hints: Record<number, string> = {
    401: 'The token was rejected: GITHUB_TOKEN is missing, expired or revoked.',
    403:
      'The token may not do this: give the workflow `permissions: { pull-requests: write, issues: write }`. Pull requests from ' +
      'forks get a read-only GITHUB_TOKEN.',
    404: 'Not found — or not visible to this token (private repository). Check --repo, --pr and GITHUB_API_URL.',
    422: 'GitHub rejected the request body (e.g. a comment over 65,536 characters).',
  };
  return new GitHubHttpError(
    `GitHub API ${what} failed with ${status}${said}`,
    hints[status] ?? (status >= 500 ? 'GitHub is having trouble; run again later.' : undefined),
    status,
  );
}

/** How long GitHub asks us to wait, or undefined when the answer is not a rate limit. */
export function rateLimitWait(response: Response, message: string, attempt: number, now = Date.now()): number | undefined {
  if (response.status !== 403 && response.status !== 429) return undefined;
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
  const remaining = response.headers.get('x-ratelimit-remaining');
  const reset = response.headers.get('x-ratelimit-reset');
  if (remaining === '0' && reset !== null && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now) + 1000;
  if (response.status === 429 || /rate limit/i.test(message)) return 60_000 * 2 ** attempt;
  return undefined; // a plain 403: permissions, not a limit
}

function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match && match[2]!.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}
