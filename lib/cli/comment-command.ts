/**
 * `cdk-cost comment github --repo OWNER/NAME --pr N`: posts (or updates in place) the cost comment on
 * a pull request. The body is markdown (`diff --format markdown --out FILE`) or a saved diff JSON
 * (`diff --format json --out FILE`, rendered here), from --body-file or stdin. The token comes from
 * GITHUB_TOKEN only — never a flag, so it stays out of shell history and process lists.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { CliIo } from './run.js';
import type { SetExitCode } from './commands.js';
import { GitHubClient, DEFAULT_API_URL } from '../ci/github/github-client.js';
import { BEHAVIORS, upsertComment, type CommentBehavior } from '../ci/github/upsert-comment.js';
import { GITHUB_COMMENT_LIMIT, commentBody, commentMarker } from '../ci/github/comment-body.js';
import { DIFF_KIND, type CostDiff } from '../diff/diff-types.js';
import { renderDiffMarkdown } from '../report/diff/render-diff-markdown.js';
import { registerCommentGitLab } from './comment-gitlab.js';

interface CommentFlags {
  repo?: string;
  pr?: string;
  behavior: string;
  bodyFile?: string;
  tag?: string;
}

export function registerComment(program: Command, io: CliIo, _setExitCode: SetExitCode): void {
  const comment = program.command('comment').description('Post the cost diff as a pull-request comment.');
  comment
    .command('github')
    .description(
      'Create or update the cdk-cost comment on a GitHub pull request (token from GITHUB_TOKEN; GitHub Enterprise via GITHUB_API_URL).',
    )
    .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY)')
    .option('--pr <number>', 'pull request number (default: from the GitHub Actions event)')
    .option(
      '--behavior <behavior>',
      `${BEHAVIORS.join(' | ')}: edit the earlier comment, always add one, or delete earlier ones and add one`,
      'update',
    )
    .option('--body-file <file>', 'markdown, or a diff JSON (diff --format json), to post; - or omitted: stdin')
    .option('--tag <name>', 'keeps several cdk-cost comments apart on one pull request (e.g. one per app)')
    .action(async (flags: CommentFlags) => {
      const behavior = parseBehavior(flags.behavior);
      const { owner, repo } = parseRepo(flags.repo ?? process.env['GITHUB_REPOSITORY']);
      const pr = parsePr(flags.pr ?? prFromEvent());
      const token = process.env['GITHUB_TOKEN'];
      if (!token)
        throw new UserError(
          'GITHUB_TOKEN is not set.',
          'In GitHub Actions: env: { GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }} } with permissions pull-requests: write.',
        );
      if (flags.tag !== undefined && !/^[A-Za-z0-9._/-]+$/.test(flags.tag))
        throw new UserError(`--tag ${flags.tag}: use letters, digits, . _ / - only.`);
      const marker = commentMarker(flags.tag);
      const body = commentBody(readBody(flags.bodyFile, GITHUB_COMMENT_LIMIT - marker.length - 1), marker);

      const client = new GitHubClient({
        token,
        apiUrl: process.env['GITHUB_API_URL'] || DEFAULT_API_URL,
        log: (line) => io.stderr(`${line}\n`),
      });
      const result = await upsertComment(client, { owner, repo, pr }, body, marker, behavior);
      const verb = { created: 'Created', updated: 'Updated', unchanged: 'Left unchanged' }[result.action];
      const deleted = result.deleted ? ` (deleted ${result.deleted} earlier)` : '';
      io.stdout(`${verb} the cdk-cost comment on ${owner}/${repo}#${pr}${deleted}: ${result.url}\n`);
    });
  registerCommentGitLab(comment, io);
}

export function readBody(file: string | undefined, maxLength: number): string {
  if ((file === undefined || file === '-') && process.stdin.isTTY) {
    throw new UserError(
      'No comment body: pass --body-file FILE, or pipe the markdown in.',
      'cdk-cost diff BASE HEAD --format markdown --out cost.md && cdk-cost comment github … --body-file cost.md',
    );
  }
  let text: string;
  try {
    text = readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UserError(
      `Cannot read the comment body ${file ?? 'from stdin'}: ${(error as Error).message}`,
      'Write it with `cdk-cost diff BASE HEAD --format markdown --out FILE` and pass --body-file FILE.',
    );
  }
  if (text.trimStart().startsWith('{')) {
    const diff = parseDiff(text, file ?? 'stdin');
    if (diff) return renderDiffMarkdown(diff, { maxLength });
  }
  if (!text.trim())
    throw new UserError(`The comment body ${file ?? 'from stdin'} is empty.`, 'Pass the markdown from `cdk-cost diff --format markdown`.');
  return text;
}

function parseDiff(text: string, where: string): CostDiff | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined; // markdown that happens to start with "{"
  }
  const diff = parsed as Partial<CostDiff>;
  if (diff.kind !== DIFF_KIND)
    throw new UserError(`${where} is JSON but not a cdk-cost diff.`, 'Pass markdown, or the output of `cdk-cost diff --format json`.');
  if (String(diff.schemaVersion).split('.')[0] !== '1')
    throw new UserError(`${where}: diff schemaVersion ${JSON.stringify(diff.schemaVersion)} is not readable by this cdk-cost.`);
  return diff as CostDiff;
}

export function parseBehavior(value: string): CommentBehavior {
  if ((BEHAVIORS as readonly string[]).includes(value)) return value as CommentBehavior;
  throw new UserError(`--behavior ${value}: unknown.`, `Use one of: ${BEHAVIORS.join(', ')}.`);
}

function parseRepo(value: string | undefined): { owner: string; repo: string } {
  if (!value) throw new UserError('No repository given.', 'Pass --repo OWNER/NAME (GitHub Actions sets GITHUB_REPOSITORY).');
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value);
  if (!match) throw new UserError(`--repo ${value}: expected OWNER/NAME, e.g. --repo acme/infra.`);
  return { owner: match[1]!, repo: match[2]! };
}

function parsePr(value: string | undefined): number {
  if (value === undefined)
    throw new UserError('No pull request given.', 'Pass --pr N (in a pull_request workflow it is read from the event).');
  if (!/^[1-9]\d*$/.test(value)) throw new UserError(`--pr ${value}: expected a pull request number.`);
  return Number(value);
}

/** The PR number of a pull_request / pull_request_target event in GitHub Actions. */
function prFromEvent(): string | undefined {
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!path) return undefined;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { number?: number }; number?: number };
    const n = event.pull_request?.number ?? event.number;
    return n === undefined ? undefined : String(n);
  } catch {
    return undefined;
  }
}
