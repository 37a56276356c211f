/**
 * One REST call of a code host's API on Node's global fetch, as the GitHub and GitLab comment clients
 * make it: the loop that repeats a request after a dropped connection or an answer the platform says
 * to wait out (exponential backoff, or the wait the answer names, capped at maxWaitMs), JSON in and
 * out, and errors that never carry the token. What differs by platform — headers, which answers are
 * retried and how long to wait, error messages and hints — comes from a RestPlatform.
 */
import type { UserError } from '../errors.js';

export interface RestCallOptions {
  /** Retries after a 5xx, a network error or a rate limit (default 4). */
  maxRetries?: number;
  /** Longest single wait (default 2 minutes). */
  maxWaitMs?: number;
  /** How to wait (tests record the waits instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
  /** Progress lines (retries, waits) — stderr in the CLI. */
  log?: (line: string) => void;
}

export interface RestResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

export interface RequestOptions {
  body?: unknown;
  /**
   * Whether repeating the request after a 5xx or a dropped connection is safe. A POST may have
   * been carried out before the error: its caller decides (see the comment upsert's duplicate check).
   */
  retryServerErrors?: boolean;
}

/** A wait before the next attempt, and what the progress line says about it. */
export interface RetryWait {
  ms: number;
  why: string;
}

export interface RestPlatform {
  /** Authentication and content negotiation headers of every request. */
  headers(): Record<string, string>;
  /** The message in a failed answer's body (JSON or not). */
  errorMessage(text: string): string;
  /**
   * How long to wait before repeating a failed answer, or undefined to fail now. Called only while
   * retries are left; it may throw (a wait longer than the client waits).
   */
  retryWait(what: string, response: Response, message: string, attempt: number, retryServerErrors: boolean): RetryWait | undefined;
  /** No answer at all (`cause`: the network error, token scrubbed). */
  networkError(what: string, cause: string): UserError;
  /** An answer that is not JSON (`start`: its first characters). */
  notJsonError(what: string, start: string): UserError;
  /** A failed answer that is not retried (`message` scrubbed of the token). */
  httpError(what: string, status: number, message: string): UserError;
}

/** Exponential backoff before retry `attempt` (0-based): 1 s, 2 s, 4 s … */
export function backoff(attempt: number): number {
  return 1000 * 2 ** attempt;
}

export class RestCaller {
  private readonly maxRetries: number;
  readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly log: (line: string) => void;

  constructor(
    private readonly token: string,
    private readonly platform: RestPlatform,
    options: RestCallOptions = {},
  ) {
    this.maxRetries = options.maxRetries ?? 4;
    this.maxWaitMs = options.maxWaitMs ?? 120_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.log = options.log ?? (() => undefined);
  }

  async call<T>(method: string, url: URL, options: RequestOptions = {}): Promise<RestResponse<T>> {
    const retryServerErrors = options.retryServerErrors ?? method !== 'POST';
    const what = `${method} ${url.pathname}`;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            ...this.platform.headers(),
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
        throw this.platform.networkError(what, cause);
      }
      const text = await response.text();
      if (response.ok) return { status: response.status, headers: response.headers, data: this.parseBody<T>(text, what) };
      const message = this.platform.errorMessage(text);
      const wait = attempt < this.maxRetries ? this.platform.retryWait(what, response, message, attempt, retryServerErrors) : undefined;
      if (wait) {
        await this.pause(wait.ms, `${what}: ${wait.why}`);
        continue;
      }
      throw this.platform.httpError(what, response.status, message ? this.scrub(message) : '');
    }
  }

  /** Removes the token from any text that may reach the user. */
  scrub(text: string): string {
    return this.token ? text.split(this.token).join('***') : text;
  }

  /** Waits `ms` (capped at maxWaitMs), saying why. */
  async pause(ms: number, line: string): Promise<void> {
    this.log(this.scrub(line));
    await this.sleep(Math.min(ms, this.maxWaitMs));
  }

  private parseBody<T>(text: string, what: string): T {
    if (!text) return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw this.platform.notJsonError(what, text.slice(0, 80).replace(/\s+/g, ' '));
    }
  }
}

/**
 * The error message in a failed answer: the first of `fields` the JSON body has (an object in it as
 * JSON when `objects`), else the start of the text.
 */
export function answerMessage(text: string, fields: readonly string[], objects = false): string {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const m = fields.map((field) => parsed[field]).find((value) => value !== undefined && value !== null);
    if (typeof m === 'string') return m;
    if (m !== undefined && objects) return JSON.stringify(m);
  } catch {
    // not JSON: a proxy's HTML page, say
  }
  return text.slice(0, 200).replace(/\s+/g, ' ').trim();
}

function describeNetworkError(error: unknown): string {
  const e = error as { message?: string; cause?: { code?: string; message?: string } };
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}
