/**
 * The body cdk-cost posts: a hidden marker (how it finds its own comment again on the next push)
 * followed by the markdown, within GitHub's 65,536-character limit — cut with a note, never refused.
 */
import { truncateMarkdown } from '../../report/diff/fit-markdown.js';

export const GITHUB_COMMENT_LIMIT = 65_536;

/** `<!-- cdk-cost:comment -->`, or `<!-- cdk-cost:comment tag=api -->` for one of several comments on a PR. */
export function commentMarker(tag?: string): string {
  if (tag !== undefined && !/^[A-Za-z0-9._/-]+$/.test(tag)) throw new Error(`invalid tag ${tag}`);
  return tag ? `<!-- cdk-cost:comment tag=${tag} -->` : '<!-- cdk-cost:comment -->';
}

const ANY_MARKER = /^<!-- cdk-cost:comment(?: tag=[A-Za-z0-9._/-]+)? -->\n?/gm;

export function commentBody(markdown: string, marker: string, limit = GITHUB_COMMENT_LIMIT, platform = 'GitHub'): string {
  const text = markdown.replace(ANY_MARKER, '').trimEnd();
  const room = limit - marker.length - 1;
  const fitted = truncateMarkdown(
    text,
    room,
    `> [!NOTE]\n> Shortened to fit ${platform}'s comment size limit. Run \`cdk-cost diff\` for the full report.`,
  );
  return `${marker}\n${fitted}`;
}
