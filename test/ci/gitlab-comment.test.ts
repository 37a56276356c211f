/**
 * `cdk-cost comment gitlab` against a GitLab REST v4 API on loopback (test/support/fake-gitlab.ts):
 * one note per merge request, updated in place with PUT; X-Next-Page pagination; delete-and-new when
 * a note is already gone; the CI variables and their flag overrides; clear errors; the token never shown.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commentMarker } from '../../lib/ci/github/comment-body.js';
import { GITLAB_NOTE_LIMIT } from '../../lib/ci/gitlab/upsert-note.js';
import { cli, type CliResult } from '../support/cli.js';
import { FakeGitLab } from '../support/fake-gitlab.js';

const TOKEN = 'glpat-fakeTokenForTests0123456789';
const MARKER = commentMarker();
const VARS = ['CI_API_V4_URL', 'CI_PROJECT_ID', 'CI_MERGE_REQUEST_IID', 'CI_PROJECT_URL', 'GITLAB_TOKEN', 'CI_JOB_TOKEN'];
const savedEnv = { ...process.env };
const outputs: CliResult[] = [];
let gitlab: FakeGitLab;
let dir: string;

function bodyFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function note(...args: string[]): Promise<CliResult> {
  const result = await cli('comment', 'gitlab', ...args);
  outputs.push(result);
  return result;
}

const ours = () => gitlab.notes.filter((n) => n.body.includes(MARKER));
const calls = () => gitlab.requests.map((r) => `${r.method} ${r.path}${r.query.get('page') ? `?page=${r.query.get('page')}` : ''}`);
const NOTES = '/api/v4/projects/77/merge_requests/9/notes';

beforeEach(async () => {
  gitlab = await new FakeGitLab({ token: TOKEN, pageSize: 2 }).start();
  dir = mkdtempSync(join(tmpdir(), 'cdk-cost-gitlab-'));
  for (const key of VARS) delete process.env[key];
  Object.assign(process.env, { CI_API_V4_URL: gitlab.url, CI_PROJECT_ID: '77', CI_MERGE_REQUEST_IID: '9', GITLAB_TOKEN: TOKEN });
  process.env['CI_PROJECT_URL'] = 'https://gitlab.test/acme/infra';
});

afterEach(async () => {
  await gitlab.stop();
  for (const key of VARS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
  for (const o of outputs.splice(0)) expect(`${o.stdout}${o.stderr}`).not.toContain(TOKEN);
});

describe('comment gitlab: one note per merge request, kept up to date', () => {
  it('creates a new note, then updates the same note with PUT, then leaves it alone', async () => {
    gitlab.seed('LGTM');
    gitlab.seed(`added 1 commit ${MARKER}`, true); // a system note is never ours
    const first = await note('--body-file', bodyFile('a.md', '### cdk-cost: +$10.00/month\n'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const link = /https:\/\/gitlab\.test\/acme\/infra\/-\/merge_requests\/9#note_\d+/.source;
    expect(first.stdout).toMatch(new RegExp(`^Created the cdk-cost note on 77!9: ${link}\n$`));
    const created = ours().filter((n) => !n.system);
    expect(created.map((n) => n.body)).toEqual([`${MARKER}\n### cdk-cost: +$10.00/month`]);
    expect(gitlab.requests.every((r) => r.privateToken === TOKEN && r.jobToken === undefined)).toBe(true);

    const second = await note('--body-file', bodyFile('b.md', '### cdk-cost: +$20.00/month\n'));
    expect(second.stdout).toContain('Updated the cdk-cost note');
    expect(gitlab.requests.at(-1)).toMatchObject({ method: 'PUT', path: `${NOTES}/${created[0]!.id}` });
    expect(gitlab.notes.filter((n) => !n.system && n.body.includes(MARKER)).map((n) => [n.id, n.body])).toEqual([
      [created[0]!.id, `${MARKER}\n### cdk-cost: +$20.00/month`],
    ]);
    expect(gitlab.notes.map((n) => n.body)).toContain('LGTM');

    const before = gitlab.requests.length;
    expect((await note('--body-file', bodyFile('b.md', '### cdk-cost: +$20.00/month\n'))).stdout).toContain('Left unchanged');
    expect(gitlab.requests.slice(before).every((r) => r.method === 'GET')).toBe(true);
  });

  it('finds its note on page 2 (X-Next-Page) and updates it: no duplicate', async () => {
    gitlab.seed('one');
    gitlab.seed('two');
    const earlier = gitlab.seed(`${MARKER}\nold estimate`);
    const result = await note('--body-file', bodyFile('c.md', 'new estimate'));
    expect(result.code).toBe(0);
    expect(calls()).toEqual([`GET ${NOTES}?page=1`, `GET ${NOTES}?page=2`, `PUT ${NOTES}/${earlier.id}`]);
    expect(ours()).toEqual([{ id: earlier.id, body: `${MARKER}\nnew estimate`, system: false }]);
  });

  it('delete-and-new: deletes earlier notes, one already gone (404) is no error; new always adds; tags apart', async () => {
    gitlab.seed(`${MARKER}\none`);
    gitlab.seed(`${MARKER}\ntwo`);
    gitlab.failNext({ method: 'DELETE', status: 404, body: { message: '404 Not found' } });
    const replaced = await note('--behavior', 'delete-and-new', '--body-file', bodyFile('d.md', 'three'));
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('(deleted 1 earlier)');
    expect(gitlab.requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
    expect(ours().map((n) => n.body)).toEqual([`${MARKER}\none`, `${MARKER}\nthree`]); // "one" was the fake's 404

    await note('--behavior', 'new', '--body-file', bodyFile('e.md', 'four'));
    expect(ours()).toHaveLength(3);
    await note('--tag', 'api', '--body-file', bodyFile('f.md', 'api'));
    await note('--tag', 'api', '--body-file', bodyFile('g.md', 'api, again'));
    const api = gitlab.notes.filter((n) => n.body.includes(commentMarker('api')));
    expect(api.map((n) => n.body)).toEqual([`${commentMarker('api')}\napi, again`]);
  });

  it('flags override the CI variables; CI_JOB_TOKEN goes in JOB-TOKEN when GITLAB_TOKEN is unset', async () => {
    process.env['CI_API_V4_URL'] = 'http://127.0.0.1:9/api/v4';
    process.env['CI_PROJECT_ID'] = '1';
    process.env['CI_MERGE_REQUEST_IID'] = '1';
    delete process.env['GITLAB_TOKEN'];
    process.env['CI_JOB_TOKEN'] = TOKEN;
    const result = await note('--api-url', `${gitlab.url}/`, '--project', '77', '--mr', '9', '--body-file', bodyFile('h.md', 'x'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: note \d+\n$/); // --project given: no CI_PROJECT_URL link
    expect(gitlab.requests.every((r) => r.jobToken === TOKEN && r.privateToken === undefined)).toBe(true);
  });

  it('a project path is URL-encoded; a body over 1,000,000 characters is cut with a note', async () => {
    await gitlab.stop();
    gitlab = await new FakeGitLab({ token: TOKEN, project: 'acme/infra' }).start();
    const huge = Array.from({ length: 25_000 }, (_, i) => `| row ${i} | ${'x'.repeat(40)} |`).join('\n');
    const result = await note('--api-url', gitlab.url, '--project', 'acme/infra', '--body-file', bodyFile('huge.md', huge));
    expect(result.code).toBe(0);
    expect(gitlab.requests[0]!.path).toBe('/api/v4/projects/acme%2Finfra/merge_requests/9/notes');
    const posted = gitlab.notes[0]!.body;
    expect(posted.length).toBeLessThanOrEqual(GITLAB_NOTE_LIMIT);
    expect(posted.length).toBeGreaterThan(900_000);
    expect(posted).toContain("Shortened to fit GitLab's comment size limit");
  });
});

describe('comment gitlab: errors say what to do', () => {
  it('a missing CI variable: exit 1 naming it, before any request', async () => {
    for (const [key, flag] of [
      ['CI_MERGE_REQUEST_IID', '--mr'],
      ['CI_PROJECT_ID', '--project'],
      ['CI_API_V4_URL', '--api-url'],
    ]) {
      delete process.env[key!];
      const result = await note('--body-file', bodyFile('x.md', 'x'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${key} is not set and ${flag} was not given`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(gitlab.requests).toHaveLength(0);
  });

  it('no token at all: names GITLAB_TOKEN and CI_JOB_TOKEN', async () => {
    delete process.env['GITLAB_TOKEN'];
    const result = await note('--body-file', bodyFile('x.md', 'x'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Neither GITLAB_TOKEN nor CI_JOB_TOKEN is set');
    expect(gitlab.requests).toHaveLength(0);
  });

  it('401: a rejected token, not retried, token not shown', async () => {
    process.env['GITLAB_TOKEN'] = `${TOKEN}-revoked`;
    const result = await note('--body-file', bodyFile('x.md', 'x'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`GitLab API GET ${NOTES} failed with 401: 401 Unauthorized`);
    expect(result.stderr).toContain('GITLAB_TOKEN is missing, expired or revoked');
    expect(result.stderr).not.toContain(`${TOKEN}-revoked`);
    expect(gitlab.requests).toHaveLength(1);
  });

  it('404 on the list: wrong project or merge request', async () => {
    const result = await note('--mr', '10', '--body-file', bodyFile('x.md', 'x'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('failed with 404: 404 Not found');
    expect(result.stderr).toContain('Check --project, --mr and CI_API_V4_URL');
  });
});
