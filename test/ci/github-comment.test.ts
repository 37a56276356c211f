/**
 * `cdk-cost comment github` and its client against a GitHub API on loopback (test/support/fake-github.ts):
 * one comment per pull request, updated in place; pagination; GitHub Enterprise URLs; 401/403/404;
 * retries on 5xx and rate limits; never a duplicate; never the token in any output.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubClient } from '../../lib/ci/github/github-client.js';
import { upsertComment } from '../../lib/ci/github/upsert-comment.js';
import { commentBody, commentMarker } from '../../lib/ci/github/comment-body.js';
import { DIFF_KIND, DIFF_SCHEMA_VERSION, type CostDiff } from '../../lib/diff/diff-types.js';
import { cli, type CliResult } from '../support/cli.js';
import { FakeGitHub } from '../support/fake-github.js';

const TOKEN = 'ghs_fakeTokenForTests0123456789abcdef';
const MARKER = commentMarker();
let github: FakeGitHub;
let dir: string;
const outputs: CliResult[] = [];
const savedEnv = { ...process.env };

function bodyFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function comment(...args: string[]): Promise<CliResult> {
  const result = await cli('comment', 'github', '--repo', 'acme/infra', '--pr', '42', ...args);
  outputs.push(result);
  return result;
}

const ours = () => github.comments.filter((c) => c.body.includes(MARKER));
const calls = () =>
  github.requests.map((r) => `${r.method} ${r.path.replace(/\?.*$/, '')}${r.query.get('page') ? `?page=${r.query.get('page')}` : ''}`);

beforeEach(async () => {
  github = await new FakeGitHub({ token: TOKEN, pageSize: 2 }).start();
  dir = mkdtempSync(join(tmpdir(), 'cdk-cost-comment-'));
  process.env['GITHUB_TOKEN'] = TOKEN;
  process.env['GITHUB_API_URL'] = github.url;
  delete process.env['GITHUB_REPOSITORY'];
  delete process.env['GITHUB_EVENT_PATH'];
});

afterEach(async () => {
  await github.stop();
  for (const key of ['GITHUB_TOKEN', 'GITHUB_API_URL', 'GITHUB_REPOSITORY', 'GITHUB_EVENT_PATH']) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
  // The token reaches the server in the Authorization header, and nowhere else.
  for (const o of outputs.splice(0)) expect(`${o.stdout}${o.stderr}`).not.toContain(TOKEN);
});

describe('comment github: one comment, kept up to date', () => {
  it('creates on the first run, updates the same comment in place on the second, leaves it alone on the third', async () => {
    github.seed('LGTM');
    const first = await comment('--body-file', bodyFile('a.md', '### cdk-cost: +$10.00/month\n'));
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Created the cdk-cost comment on acme\/infra#42: https:\/\/github\.test\/acme\/infra\/pull\/42#issuecomment-\d+\n$/,
    );
    expect(ours()).toHaveLength(1);
    const id = ours()[0]!.id;
    expect(ours()[0]!.body).toBe(`${MARKER}\n### cdk-cost: +$10.00/month`);

    const second = await comment('--body-file', bodyFile('b.md', '### cdk-cost: +$20.00/month\n'));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Updated the cdk-cost comment');
    expect(ours().map((c) => [c.id, c.body])).toEqual([[id, `${MARKER}\n### cdk-cost: +$20.00/month`]]);
    expect(github.comments.map((c) => c.body)).toContain('LGTM');

    const before = github.requests.length;
    const third = await comment('--body-file', bodyFile('b.md', '### cdk-cost: +$20.00/month\n'));
    expect(third.stdout).toContain('Left unchanged');
    expect(github.requests.slice(before).every((r) => r.method === 'GET')).toBe(true);
    expect(github.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('finds its comment on a later page (Link rel="next") and updates it, no duplicate', async () => {
    for (let i = 0; i < 5; i++) github.seed(`comment ${i}`);
    const earlier = github.seed(`${MARKER}\nold estimate`, 'github-actions[bot]');
    github.seed('after');
    const result = await comment('--body-file', bodyFile('c.md', 'new estimate'));
    expect(result.code).toBe(0);
    expect(calls()).toEqual([
      'GET /repos/acme/infra/issues/42/comments',
      'GET /repos/acme/infra/issues/42/comments?page=2',
      'GET /repos/acme/infra/issues/42/comments?page=3',
      'GET /repos/acme/infra/issues/42/comments?page=4',
      `PATCH /repos/acme/infra/issues/comments/${earlier.id}`,
    ]);
    expect(ours()).toEqual([{ id: earlier.id, body: `${MARKER}\nnew estimate`, user: 'github-actions[bot]' }]);
  });

  it('delete-and-new replaces every earlier one; new always adds; tags keep comments apart', async () => {
    github.seed(`${MARKER}\none`);
    github.seed(`${MARKER}\ntwo`);
    const replaced = await comment('--behavior', 'delete-and-new', '--body-file', bodyFile('d.md', 'three'));
    expect(replaced.stdout).toContain('(deleted 2 earlier)');
    expect(ours().map((c) => c.body)).toEqual([`${MARKER}\nthree`]);

    await comment('--behavior', 'new', '--body-file', bodyFile('e.md', 'four'));
    expect(ours()).toHaveLength(2);

    await comment('--tag', 'api', '--body-file', bodyFile('f.md', 'api app'));
    await comment('--tag', 'api', '--body-file', bodyFile('g.md', 'api app, again'));
    const api = github.comments.filter((c) => c.body.includes(commentMarker('api')));
    expect(api.map((c) => c.body)).toEqual([`${commentMarker('api')}\napi app, again`]);
    expect(ours()).toHaveLength(2); // untouched by the tagged runs
  });

  it('reads a diff JSON body and posts its markdown; --repo/--pr default from the GitHub Actions environment', async () => {
    const diff: CostDiff = {
      schemaVersion: DIFF_SCHEMA_VERSION,
      kind: DIFF_KIND,
      currency: 'USD',
      base: side('base'),
      head: side('head'),
      totals: {
        before: '100',
        after: '150',
        delta: '50',
        percent: '50',
        fixed: { before: '100', after: '150', delta: '50', percent: '50' },
        usageBased: { before: '0', after: '0', delta: '0', percent: null },
      },
      summary: { added: 0, removed: 0, changed: 0, unchanged: 3, moved: 0 },
      stacks: [],
      constructs: [],
      resources: [],
      notPriced: { head: [], base: [], headUsageMissing: [] },
      budgets: [],
      warnings: [],
    };
    process.env['GITHUB_REPOSITORY'] = 'acme/infra';
    process.env['GITHUB_EVENT_PATH'] = bodyFile('event.json', JSON.stringify({ pull_request: { number: 42 } }));
    const result = await cli('comment', 'github', '--body-file', bodyFile('diff.json', JSON.stringify(diff)));
    outputs.push(result);
    expect(result.code).toBe(0);
    expect(ours()[0]!.body).toMatch(/^<!-- cdk-cost:comment -->\n### cdk-cost: \+\$50\.00\/month \(\+50%\)/);
  });

  it("cuts a body over GitHub's 65,536 characters with a note instead of failing", async () => {
    const huge = Array.from({ length: 3000 }, (_, i) => `| row ${i} | ${'x'.repeat(40)} |`).join('\n');
    const result = await comment('--body-file', bodyFile('huge.md', `<details><summary>big</summary>\n\n${huge}\n\n</details>\n`));
    expect(result.code).toBe(0);
    const posted = ours()[0]!.body;
    expect(posted.length).toBeLessThanOrEqual(65_536);
    expect(posted.length).toBeGreaterThan(60_000);
    expect(posted).toContain("Shortened to fit GitHub's comment size limit");
    expect(posted.match(/<details>/g)?.length).toBe(posted.match(/<\/details>/g)?.length);
  });

  it('honours GITHUB_API_URL with a path (GitHub Enterprise Server: https://HOST/api/v3)', async () => {
    await github.stop();
    github = await new FakeGitHub({ token: TOKEN, prefix: '/api/v3' }).start();
    process.env['GITHUB_API_URL'] = `${github.url}/`;
    const result = await comment('--body-file', bodyFile('h.md', 'enterprise'));
    expect(result.code).toBe(0);
    expect(github.requests.map((r) => r.path)).toEqual([
      '/api/v3/repos/acme/infra/issues/42/comments',
      '/api/v3/repos/acme/infra/issues/42/comments',
    ]);
  });
});

describe('comment github: errors say what to do, and never show the token', () => {
  it('401: a token GitHub rejects', async () => {
    process.env['GITHUB_TOKEN'] = `${TOKEN}-revoked`;
    const result = await comment('--body-file', bodyFile('x.md', 'x'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('GitHub API GET /repos/acme/infra/issues/42/comments failed with 401: Bad credentials');
    expect(result.stderr).toContain('GITHUB_TOKEN is missing, expired or revoked');
    expect(`${result.stdout}${result.stderr}`).not.toContain(`${TOKEN}-revoked`);
    expect(github.requests).toHaveLength(1); // not retried
  });

  it('403 without a rate limit: permissions, not retried', async () => {
    github.failNext({ method: 'GET', status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await comment('--body-file', bodyFile('x.md', 'x'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('failed with 403: Resource not accessible by integration');
    expect(result.stderr).toContain('permissions: { pull-requests: write, issues: write }');
    expect(github.requests).toHaveLength(1);
  });

  it('404: wrong repository or pull request', async () => {
    const result = await cli('comment', 'github', '--repo', 'acme/nope', '--pr', '42', '--body-file', bodyFile('x.md', 'x'));
    outputs.push(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('GitHub API GET /repos/acme/nope/issues/42/comments failed with 404: Not Found');
    expect(result.stderr).toContain('Check --repo, --pr and GITHUB_API_URL');
  });

  it('a server that echoes the token back: scrubbed from the message', async () => {
    github.failNext({ method: 'GET', status: 404, body: { message: `no repository for token ${TOKEN}` } });
    const result = await comment('--body-file', bodyFile('x.md', 'x'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no repository for token ***');
  });

  it('no token, bad --repo, bad --pr, unknown --behavior: exit 1 before any request', async () => {
    delete process.env['GITHUB_TOKEN'];
    expect((await comment('--body-file', bodyFile('x.md', 'x'))).stderr).toContain('GITHUB_TOKEN is not set');
    process.env['GITHUB_TOKEN'] = TOKEN;
    const badRepo = await cli('comment', 'github', '--repo', 'infra', '--pr', '1', '--body-file', join(dir, 'x.md'));
    expect(badRepo.stderr).toContain('--repo infra: expected OWNER/NAME');
    const badPr = await cli('comment', 'github', '--repo', 'acme/infra', '--pr', 'abc', '--body-file', join(dir, 'x.md'));
    expect(badPr.stderr).toContain('--pr abc: expected a pull request number');
    expect((await comment('--behavior', 'hide', '--body-file', join(dir, 'x.md'))).stderr).toContain('--behavior hide: unknown');
    expect(github.requests).toHaveLength(0);
  });
});

describe('GitHubClient: retries as GitHub documents them', () => {
  let waits: number[];
  let client: GitHubClient;
  const target = { owner: 'acme', repo: 'infra', pr: 42 };
  beforeEach(() => {
    waits = [];
    client = new GitHubClient({ token: TOKEN, apiUrl: github.url, sleep: async (ms) => void waits.push(ms), maxWaitMs: 600_000 });
  });

  it('5xx on a read: exponential backoff, then success', async () => {
    github.failNext({ method: 'GET', status: 503, times: 2 });
    const result = await upsertComment(client, target, `${MARKER}\nbody`, MARKER, 'update');
    expect(result.action).toBe('created');
    expect(waits).toEqual([1000, 2000]);
    expect(calls()).toEqual([
      'GET /repos/acme/infra/issues/42/comments',
      'GET /repos/acme/infra/issues/42/comments',
      'GET /repos/acme/infra/issues/42/comments',
      'POST /repos/acme/infra/issues/42/comments',
    ]);
  });

  it('secondary rate limit with retry-after: waits exactly that long', async () => {
    github.failNext({
      method: 'PATCH',
      status: 403,
      headers: { 'retry-after': '7' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    github.seed(`${MARKER}\nold`);
    const result = await upsertComment(client, target, `${MARKER}\nnew`, MARKER, 'update');
    expect(result.action).toBe('updated');
    expect(waits).toEqual([7000]);
    expect(ours().map((c) => c.body)).toEqual([`${MARKER}\nnew`]);
  });

  it('rate limit with x-ratelimit-remaining 0: waits until x-ratelimit-reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 30;
    github.failNext({
      method: 'GET',
      status: 429,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded' },
    });
    await upsertComment(client, target, `${MARKER}\nx`, MARKER, 'update');
    expect(waits).toHaveLength(1);
    expect(waits[0]!).toBeGreaterThan(25_000);
    expect(waits[0]!).toBeLessThanOrEqual(31_000 + 1000);
  });

  it('secondary rate limit without headers: a minute, doubling', async () => {
    github.failNext({ method: 'GET', status: 403, times: 2, body: { message: 'You have exceeded a secondary rate limit' } });
    await upsertComment(client, target, `${MARKER}\nx`, MARKER, 'update');
    expect(waits).toEqual([60_000, 120_000]);
  });

  it('a wait longer than allowed: a clear error instead of hanging', async () => {
    const impatient = new GitHubClient({ token: TOKEN, apiUrl: github.url, sleep: async (ms) => void waits.push(ms), maxWaitMs: 10_000 });
    github.failNext({ method: 'GET', status: 429, headers: { 'retry-after': '3600' } });
    await expect(upsertComment(impatient, target, 'x', MARKER, 'update')).rejects.toThrow(
      'rate limited (429); GitHub asks to wait 3600 s, longer than cdk-cost waits',
    );
    expect(waits).toEqual([]);
  });

  it('a create that fails with 502 after it happened: found on the list, not posted twice', async () => {
    github.failNext({ method: 'POST', status: 502, applyFirst: true });
    const result = await upsertComment(client, target, `${MARKER}\nonce`, MARKER, 'update');
    expect(result.action).toBe('created');
    expect(ours()).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('a single line over the limit is cut inside, not replaced by the note alone', () => {
    const body = commentBody(`# Cost\n${'x'.repeat(70_000)}`, MARKER);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('# Cost\n' + 'x'.repeat(60_000));
    expect(body).toMatch(/…\n\n> \[!NOTE\]\n> Shortened/);
  });

  it('new after a failed POST: an older identical comment is not taken for the new one', async () => {
    github.seed(`${MARKER}\nsame`);
    github.failNext({ method: 'POST', status: 502 });
    const result = await upsertComment(client, target, `${MARKER}\nsame`, MARKER, 'new');
    expect(result.action).toBe('created');
    expect(ours()).toHaveLength(2);
    expect(result.id).toBe(ours()[1]!.id);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('delete-and-new goes on when the old comment is already gone (404)', async () => {
    github.seed(`${MARKER}\nold`);
    github.failNext({ method: 'DELETE', status: 404, body: { message: 'Not Found' } });
    const result = await upsertComment(client, target, `${MARKER}\nnew`, MARKER, 'delete-and-new');
    expect(result.action).toBe('created');
    expect(result.deleted).toBe(0);
    expect(ours().map((c) => c.body)).toContain(`${MARKER}\nnew`);
  });

  it('a create that fails with 502 before it happened: posted again, once', async () => {
    github.failNext({ method: 'POST', status: 502 });
    const result = await upsertComment(client, target, `${MARKER}\nonce`, MARKER, 'update');
    expect(result.action).toBe('created');
    expect(ours()).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('5xx that does not stop: gives up after the retries with the status', async () => {
    github.failNext({ method: 'GET', status: 500, times: 99 });
    await expect(upsertComment(client, target, 'x', MARKER, 'update')).rejects.toThrow('failed with 500');
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it('no answer at all: retried, then "no answer from …"', async () => {
    const port = new URL(github.url).port;
    await github.stop();
    const offline = new GitHubClient({
      token: TOKEN,
      apiUrl: `http://127.0.0.1:${port}`,
      sleep: async (ms) => void waits.push(ms),
      maxRetries: 2,
    });
    await expect(offline.paginate('/repos/acme/infra/issues/42/comments')).rejects.toThrow(
      `no answer from http://127.0.0.1:${port} (ECONNREFUSED)`,
    );
    expect(waits).toEqual([1000, 2000]);
    github = await new FakeGitHub({ token: TOKEN }).start(); // for afterEach
  });

  it('never follows a pagination link to another host with the token', async () => {
    await expect(client.request('GET', 'http://198.51.100.7/repos/acme/infra/issues/42/comments')).rejects.toThrow(
      'refusing to follow a link to http://198.51.100.7',
    );
    expect(github.requests).toHaveLength(0);
  });
});

function side(spec: string): CostDiff['base'] {
  return {
    spec,
    kind: 'app',
    source: { kind: 'app', path: spec },
    usageFile: null,
    freeTier: false,
    prices: { kind: 'snapshot', pricesAsOf: '2025-11-04' },
    regions: ['us-east-1'],
    summary: { resources: 3, priced: 3, free: 0, usageMissing: 0, unsupported: 0 },
  };
}
