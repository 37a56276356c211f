/**
 * `cdk-cost comment gitlab`: the cost review as a merge-request note, kept up to date like the GitHub
 * comment (same hidden marker, same behaviours). Everything defaults from GitLab CI's predefined
 * variables (CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID); flags override them. The token is
 * GITLAB_TOKEN (PRIVATE-TOKEN header), else CI_JOB_TOKEN (JOB-TOKEN) — never a flag.
 */
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { CliIo } from './run.js';
import { GitLabClient } from '../ci/gitlab/gitlab-client.js';
import { GITLAB_NOTE_LIMIT, upsertNote } from '../ci/gitlab/upsert-note.js';
import { BEHAVIORS } from '../ci/comment/upsert.js';
import { commentBody, commentMarker } from '../ci/github/comment-body.js';
import { parseBehavior, readBody } from './comment-command.js';

interface GitLabFlags {
  apiUrl?: string;
  project?: string;
  mr?: string;
  behavior: string;
  bodyFile?: string;
  tag?: string;
}

export function registerCommentGitLab(comment: Command, io: CliIo): void {
  comment
    .command('gitlab')
    .description('Create or update the cdk-cost note on a GitLab merge request (token from GITLAB_TOKEN, else CI_JOB_TOKEN).')
    .option('--api-url <url>', 'GitLab API root, e.g. https://gitlab.com/api/v4 (default: CI_API_V4_URL)')
    .option('--project <id|path>', 'project id or group/project path (default: CI_PROJECT_ID)')
    .option('--mr <iid>', 'merge request IID (default: CI_MERGE_REQUEST_IID)')
    .option(
      '--behavior <behavior>',
      `${BEHAVIORS.join(' | ')}: edit the earlier note, always add one, or delete earlier ones and add one`,
      'update',
    )
    .option('--body-file <file>', 'markdown, or a diff JSON (diff --format json), to post; - or omitted: stdin')
    .option('--tag <name>', 'keeps several cdk-cost notes apart on one merge request (e.g. one per app)')
    .action(async (flags: GitLabFlags) => {
      const behavior = parseBehavior(flags.behavior);
      const apiUrl = required(flags.apiUrl, 'CI_API_V4_URL', '--api-url', 'e.g. https://gitlab.com/api/v4');
      const project = required(flags.project, 'CI_PROJECT_ID', '--project', 'the numeric project id or group/project');
      const inPipeline = 'run the job in a merge request pipeline (rules: if: $CI_PIPELINE_SOURCE == "merge_request_event")';
      const mrText = required(flags.mr, 'CI_MERGE_REQUEST_IID', '--mr', inPipeline);
      if (!/^[1-9]\d*$/.test(mrText)) throw new UserError(`--mr ${mrText}: expected a merge request IID (a positive number).`);
      const { token, tokenHeader } = gitlabToken();
      if (flags.tag !== undefined && !/^[A-Za-z0-9._/-]+$/.test(flags.tag)) {
        throw new UserError(`--tag ${flags.tag}: use letters, digits, . _ / - only.`);
      }
      const marker = commentMarker(flags.tag);
      const body = commentBody(readBody(flags.bodyFile, GITLAB_NOTE_LIMIT - marker.length - 1), marker, GITLAB_NOTE_LIMIT, 'GitLab');

      const client = new GitLabClient({ token, tokenHeader, apiUrl, log: (line) => io.stderr(`${line}\n`) });
      const projectUrl = flags.project === undefined ? process.env['CI_PROJECT_URL'] : undefined;
      const mr = Number(mrText);
      const result = await upsertNote(client, { project, mr, ...(projectUrl ? { projectUrl } : {}) }, body, marker, behavior);
      const verb = { created: 'Created', updated: 'Updated', unchanged: 'Left unchanged' }[result.action];
      const deleted = result.deleted ? ` (deleted ${result.deleted} earlier)` : '';
      io.stdout(`${verb} the cdk-cost note on ${project}!${mr}${deleted}: ${result.url}\n`);
    });
}

/** The flag, else the variable, else an error naming both. */
function required(flag: string | undefined, variable: string, option: string, what: string): string {
  const value = flag ?? process.env[variable];
  if (value === undefined || value.trim() === '') {
    throw new UserError(`${variable} is not set and ${option} was not given.`, `Pass ${option} (${what}); GitLab CI sets ${variable}.`);
  }
  return value.trim();
}

function gitlabToken(): { token: string; tokenHeader: 'PRIVATE-TOKEN' | 'JOB-TOKEN' } {
  const personal = process.env['GITLAB_TOKEN'];
  if (personal) return { token: personal, tokenHeader: 'PRIVATE-TOKEN' };
  const job = process.env['CI_JOB_TOKEN'];
  if (job) return { token: job, tokenHeader: 'JOB-TOKEN' };
  const hint = 'Set GITLAB_TOKEN to a project access token with the api scope (a masked CI/CD variable).';
  throw new UserError('Neither GITLAB_TOKEN nor CI_JOB_TOKEN is set.', hint);
}
