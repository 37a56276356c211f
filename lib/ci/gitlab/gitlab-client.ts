/**
 * A small GitLab REST (v4) client on Node's global fetch, for the merge-request note. It
 * - authenticates with PRIVATE-TOKEN (a personal/project access token) or JOB-TOKEN (CI_JOB_TOKEN),
 * - retries 5xx answers and 429 (retry-after) for requests that are safe to repeat, with backoff,
 * - pages with page/per_page until X-Next-Page is empty (GitLab's documented pagination headers),
 * - never lets the token into a message: every error text is scrubbed of it.
 */
import { UserError } from '../../errors.js';

export interface GitLabClientOptions {
  token: string;
  /** PRIVATE-TOKEN (GITLAB_TOKEN) or JOB-TOKEN (CI_JOB_TOKEN). */
  tokenHeader: 'PRIVATE-TOKEN' | 'JOB-TOKEN';
  /** e.g. https://gitlab.com/api/v4 (CI_API_V4_URL). */
  apiUrl: string;
  maxRetries?: number;
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

export interface RequestOptions {
  body?: unknown;
  /** Whether repeating after a 5xx or a dropped connection is safe (a POST may have happened). */
  retryServerErrors?: boolean;
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

export interface GitLabResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

export class GitLabClient {
  readonly apiUrl: string;
  private readonly origin: string;
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly log: (line: string) => void;

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
    this.maxRetries = options.maxRetries ?? 4;
    this.maxWaitMs = options.maxWaitMs ?? 120_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.log = options.log ?? (() => undefined);
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<GitLabResponse<T>> {
    const url = new URL(`${this.apiUrl}${path.startsWith('/') ? '' : '/'}${path}`);
    const retryServerErrors = options.retryServerErrors ?? method !== 'POST';
    const what = `${method} ${url.pathname}`;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            [this.options.tokenHeader]: this.options.token,
            accept: 'application/json',
            'user-agent': 'cdk-cost',
            ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        });
      } catch (error) {
        const cause = this.scrub(describeNetworkError(error));
        if (retryServerErrors && attempt < this.maxRetries) {
          await this.pause(1000 * 2 ** attempt, `${what}: ${cause}; retrying`);
          continue;
        }
        const message = `GitLab API ${what}: no answer from ${this.origin} (${cause}).`;
        throw new GitLabHttpError(message, 'Check the network and CI_API_V4_URL.', 0);
      }
      const text = await response.text();
      if (response.ok) return { status: response.status, headers: response.headers, data: parseBody<T>(text, what) };
      const retryable = response.status === 429 || (response.status >= 500 && retryServerErrors);
      if (retryable && attempt < this.maxRetries) {
        const after = response.headers.get('retry-after');
        const wait = after && /^\d+$/.test(after.trim()) ? Number(after) * 1000 : 1000 * 2 ** attempt;
        await this.pause(wait, `${what}: GitLab answered ${response.status}; retrying in ${Math.ceil(wait / 1000)} s`);
        continue;
      }
      throw this.httpError(what, response.status, gitlabMessage(text));
    }
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
    return this.options.token ? text.split(this.options.token).join('***') : text;
  }

  async pause(ms: number, line: string): Promise<void> {
    this.log(this.scrub(line));
    await this.sleep(Math.min(ms, this.maxWaitMs));
  }

  private httpError(what: string, status: number, message: string): GitLabHttpError {
    const said = message ? `: ${this.scrub(message)}` : '';
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

function parseBody<T>(text: string, what: string): T {
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    const start = text.slice(0, 80).replace(/\s+/g, ' ');
    const hint = 'Is CI_API_V4_URL the API root (https://HOST/api/v4)?';
    throw new GitLabHttpError(`GitLab API ${what}: the answer is not JSON (${start}…).`, hint, 0);
  }
}

function gitlabMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown; error?: unknown };
    const m = parsed.message ?? parsed.error;
    if (typeof m === 'string') return m;
    if (m !== undefined) return JSON.stringify(m);
  } catch {
    // not JSON: a proxy's HTML page, say
  }
  return text.slice(0, 200).replace(/\s+/g, ' ').trim();
}

function describeNetworkError(error: unknown): string {
  const e = error as { message?: string; cause?: { code?: string; message?: string } };
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}
