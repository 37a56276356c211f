/**
 * Format name → renderer. Every renderer reads only the Estimate object.
 */
import type { Estimate } from '../estimate/estimate-types.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';

export const FORMATS = ['table', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export function renderEstimate(estimate: Estimate, format: Format): string {
  switch (format) {
    case 'json':
      return renderJson(estimate);
    case 'markdown':
      return renderMarkdown(estimate);
    case 'table':
      return renderTable(estimate);
  }
}
