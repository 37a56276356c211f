/**
 * Format name → diff renderer. Every renderer reads only the Diff object.
 */
import type { CostDiff } from '../../diff/diff-types.js';
import { renderDiffMarkdown } from './render-diff-markdown.js';
import { renderDiffTable } from './render-diff-table.js';
import { renderDiffHtml } from '../html/diff-view.js';

export const DIFF_FORMATS = ['table', 'json', 'markdown', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export function renderDiff(diff: CostDiff, format: DiffFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(diff, null, 2) + '\n';
    case 'markdown':
      return renderDiffMarkdown(diff);
    case 'table':
      return renderDiffTable(diff);
    case 'html':
      return renderDiffHtml(diff);
  }
}
