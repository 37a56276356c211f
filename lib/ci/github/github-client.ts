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
 */
import { UserError } from '../../errors.js';

export const DEFAULT_API_URL = 'https://api.github.com';

export interface GitHubClientOptions {
  token: string;
  /** API base URL; default https://api.github.com. */
  apiUrl?: string;
  /** Retries after a 5xx, a network error or a rate limit (default 4). */
  maxRetries?: number;
  /** Longest single wait before giving up (default 2 minutes). */
  maxWaitMs?: number;
  /** How to wait (tests record the waits instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
  /** Progress lines (retries, waits) — stderr in the CLI. */
  log?: (line: string) => void;
}

export interface GitHubResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

export interface RequestOptions {
  body?: unknown;
  /**
   * Whether repeating the request after a 5xx or a dropped connection is safe. A POST may have
   * been carried out before the error: its caller decides (see upsert-comment's duplicate check).
   */
  retryServerErrors?: boolean;
}

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
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly log: (line: string) => void;

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
    this.maxRetries = options.maxRetries ?? 4;
    this.maxWaitMs = options.maxWaitMs ?? 120_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.log = options.log ?? (() => undefined);
  }

  async request<T>(method: string, pathOrUrl: string, options: RequestOptions = {}): Promise<GitHubResponse<T>> {
    const url = this.resolve(pathOrUrl);
    const retryServerErrors = options.retryServerErrors ?? method !== 'POST';
    const what = `${method} ${url.pathname}`;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.options.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'cdk-cost',
            ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        });
      } catch (error) {
        const cause = this.scrub(describeNetworkError(error));
        if (retryServerErrors && attempt < this.maxRetries) {
          await this.pause(backoff(attempt), `${what}: ${cause}; retrying`);
          continue;
        }
        throw new GitHubHttpError(
          `GitHub API ${what}: no answer from ${this.origin} (${cause}).`,
          'Check the network and GITHUB_API_URL.',
          0,
        );
      }
      const text = await response.text();
      if (response.ok) return { status: response.status, headers: response.headers, data: parseBody<T>(text, what) };

      const message = githubMessage(text);
      const limitWait = rateLimitWait(response, message, attempt);
      if (limitWait !== undefined && attempt < this.maxRetries) {
        if (limitWait > this.maxWaitMs) {
          throw new GitHubHttpError(
            `GitHub API ${what}: rate limited (${response.status}); GitHub asks to wait ${Math.ceil(limitWait / 1000)} s, longer ` +
              `than cdk-cost waits.`,
            'Run again later; many parallel jobs posting comments share one limit.',
            response.status,
          );
        }
        await this.pause(limitWait, `${what}: rate limited (${response.status}); waiting ${Math.ceil(limitWait / 1000)} s as GitHub asks`);
        continue;
      }
      if (response.status >= 500 && retryServerErrors && attempt < this.maxRetries) {
        await this.pause(backoff(attempt), `${what}: GitHub answered ${response.status}; retrying`);
        continue;
      }
      throw this.httpError(what, response.status, message);
    }
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
    return this.options.token ? text.split(this.options.token).join('***') : text;
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

  /** Waits `ms` (capped at maxWaitMs), saying why. */
  async pause(ms: number, line: string): Promise<void> {
    this.log(this.scrub(line));
    await this.sleep(Math.min(ms, this.maxWaitMs));
  }

  private httpError(what: string, status: number, message: string): GitHubHttpError {
    const said = message ? `: ${this.scrub(message)}` : '';
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

export function backoff(attempt: number): number {
  return 1000 * 2 ** attempt;
}

function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match && match[2]!.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}

function parseBody<T>(text: string, what: string): T {
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new GitHubHttpError(
      `GitHub API ${what}: the answer is not JSON (${text.slice(0, 80).replace(/\s+/g, ' ')}…).`,
      'Is GITHUB_API_URL the API root (e.g. https://HOST/api/v3), not the web address?',
      0,
    );
  }
}

function githubMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // not JSON: a proxy's HTML page, say
  }
  return text.slice(0, 200).replace(/\s+/g, ' ').trim();
}

function describeNetworkError(error: unknown): string {
  const e = error as { message?: string; cause?: { code?: string; message?: string } };
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}
