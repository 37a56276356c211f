/**
 * A GitHub REST API on loopback for the PR-comment tests: the issue-comment endpoints cdk-cost uses
 * (list with Link-header pagination, create, update, delete), bearer-token auth, GitHub's error
 * bodies, its 65,536-character body limit, and injectable failures (5xx, rate limits). Every
 * request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
}

export interface StoredComment {
  id: number;
  body: string;
  user: string;
}

export interface Failure {
  method: string;
  /** Matches the path after the prefix, e.g. /comments$/ */
  path?: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Carry out the request first, then answer with the failure (a create that "failed" but happened). */
  applyFirst?: boolean;
  times?: number;
}

export interface FakeGitHubOptions {
  token: string;
  owner?: string;
  repo?: string;
  pr?: number;
  /** Mount point, e.g. "/api/v3" for GitHub Enterprise Server. */
  prefix?: string;
  /** Most comments per page, whatever per_page asks (forces pagination in small tests). */
  pageSize?: number;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  private readonly failures: Failure[] = [];
  private server!: Server;
  private nextId = 1000;
  url = '';

  constructor(private readonly options: FakeGitHubOptions) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}${this.options.prefix ?? ''}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A comment someone else wrote. */
  seed(body: string, user = 'someone'): StoredComment {
    const c = { id: this.nextId++, body, user };
    this.comments.push(c);
    return c;
  }

  failNext(failure: Failure): void {
    this.failures.push({ times: 1, ...failure });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      req.on('end', () => resolve(data));
    });
    const prefix = this.options.prefix ?? '';
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body: raw ? JSON.parse(raw) : undefined,
    };
    this.requests.push(record);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };

    const failure = this.failures.find((f) => f.method === record.method && (!f.path || f.path.test(path)) && (f.times ?? 1) > 0);
    if (failure && !failure.applyFirst) {
      failure.times = (failure.times ?? 1) - 1;
      return send(failure.status, failure.body ?? { message: 'Server Error' }, failure.headers);
    }
    if (req.headers.authorization !== `Bearer ${this.options.token}`) {
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    const { owner = 'acme', repo = 'infra', pr = 42 } = this.options;
    const listPath = `/repos/${owner}/${repo}/issues/${pr}/comments`;
    const one = new RegExp(`^/repos/${owner}/${repo}/issues/comments/(\\d+)$`);
    const respond = (status: number, body?: unknown, headers?: Record<string, string>) => {
      if (failure) {
        failure.times = (failure.times ?? 1) - 1;
        return send(failure.status, failure.body ?? { message: 'Server Error' }, failure.headers);
      }
      return send(status, body, headers);
    };

    if (path === listPath && record.method === 'GET') {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.options.pageSize ?? 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pages = Math.max(1, Math.ceil(this.comments.length / perPage));
      const items = this.comments.slice((page - 1) * perPage, page * perPage).map((c) => this.view(c));
      const link = (p: number) =>
        `<http://127.0.0.1:${(this.server.address() as AddressInfo).port}${prefix}${listPath}?per_page=${perPage}&page=${p}>`;
      const links = [
        ...(page < pages ? [`${link(page + 1)}; rel="next"`, `${link(pages)}; rel="last"`] : []),
        ...(page > 1 ? [`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`] : []),
      ];
      return respond(200, items, links.length ? { link: links.join(', ') } : {});
    }
    if (path === listPath && record.method === 'POST') {
      const body = (record.body as { body?: unknown })?.body;
      if (typeof body !== 'string' || body.length > 65_536) {
        return send(422, {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
        });
      }
      const c = { id: this.nextId++, body, user: 'github-actions[bot]' };
      this.comments.push(c);
      return respond(201, this.view(c));
    }
    const match = one.exec(path);
    if (match) {
      const c = this.comments.find((x) => x.id === Number(match[1]));
      if (!c) return send(404, { message: 'Not Found' });
      if (record.method === 'PATCH') {
        const body = (record.body as { body?: unknown })?.body;
        if (typeof body !== 'string' || body.length > 65_536) return send(422, { message: 'Validation Failed' });
        c.body = body;
        return respond(200, this.view(c));
      }
      if (record.method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(c), 1);
        return respond(204);
      }
    }
    return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private view(c: StoredComment): Record<string, unknown> {
    const { owner = 'acme', repo = 'infra', pr = 42 } = this.options;
    return {
      id: c.id,
      body: c.body,
      user: { login: c.user },
      html_url: `https://github.test/${owner}/${repo}/pull/${pr}#issuecomment-${c.id}`,
    };
  }
}
