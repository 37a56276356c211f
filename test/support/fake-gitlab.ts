/**
 * A GitLab REST v4 API on loopback for the merge-request note tests: the notes endpoints cdk-cost uses
 * (list with page/per_page and X-Next-Page, create, update with PUT, delete), PRIVATE-TOKEN / JOB-TOKEN
 * auth, GitLab's error bodies, and one injectable failure at a time. Every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitLabRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  privateToken: string | undefined;
  jobToken: string | undefined;
  body: unknown;
}

export interface GitLabNote {
  id: number;
  body: string;
  system: boolean;
}

export class FakeGitLab {
  readonly requests: GitLabRequest[] = [];
  readonly notes: GitLabNote[] = [];
  private failure: { method: string; status: number; body?: unknown } | undefined;
  private server!: Server;
  private nextId = 500;
  url = '';

  constructor(private readonly options: { token: string; project?: string; mr?: number; pageSize?: number }) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v4`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  seed(body: string, system = false): GitLabNote {
    const n = { id: this.nextId++, body, system };
    this.notes.push(n);
    return n;
  }

  failNext(failure: { method: string; status: number; body?: unknown }): void {
    this.failure = failure;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      req.on('end', () => resolve(data));
    });
    const header = (name: string) => req.headers[name] as string | undefined;
    const record: GitLabRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      privateToken: header('private-token'),
      jobToken: header('job-token'),
      body: raw ? JSON.parse(raw) : undefined,
    };
    this.requests.push(record);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (this.failure && this.failure.method === record.method) {
      const f = this.failure;
      this.failure = undefined;
      return send(f.status, f.body ?? { message: `${f.status} Error` });
    }
    if ((record.privateToken ?? record.jobToken) !== this.options.token) return send(401, { message: '401 Unauthorized' });
    const { project = '77', mr = 9 } = this.options;
    const listPath = `/api/v4/projects/${encodeURIComponent(project)}/merge_requests/${mr}/notes`;
    const view = (n: GitLabNote) => ({ id: n.id, body: n.body, system: n.system, noteable_type: 'MergeRequest' });

    if (url.pathname === listPath && record.method === 'GET') {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 20), this.options.pageSize ?? 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pages = Math.max(1, Math.ceil(this.notes.length / perPage));
      const items = this.notes.slice((page - 1) * perPage, page * perPage).map(view);
      const next = page < pages ? String(page + 1) : '';
      return send(200, items, { 'x-page': String(page), 'x-per-page': String(perPage), 'x-next-page': next });
    }
    if (url.pathname === listPath && record.method === 'POST') {
      const body = (record.body as { body?: unknown })?.body;
      if (typeof body !== 'string' || body.length > 1_000_000) {
        return send(400, { message: { note: ['is too long (maximum is 1000000 characters)'] } });
      }
      return send(201, view(this.seed(body)));
    }
    const match = new RegExp(`^${listPath}/(\\d+)$`).exec(url.pathname);
    const n = match ? this.notes.find((x) => x.id === Number(match[1])) : undefined;
    if (!n) return send(404, { message: '404 Not found' });
    if (record.method === 'PUT') {
      n.body = String((record.body as { body?: unknown })?.body);
      return send(200, view(n));
    }
    if (record.method === 'DELETE') {
      this.notes.splice(this.notes.indexOf(n), 1);
      return send(204);
    }
    return send(404, { message: '404 Not found' });
  }
}
