/**
 * Format name → renderer. Every renderer reads only the Estimate object. `html` is one
 * self-contained page (lib/report/html).
 */
import type { Estimate } from '../estimate/estimate-types.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { renderEstimateHtml } from './html/estimate-page.js';

export const FORMATS = ['table', 'json', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export function renderEstimate(estimate: Estimate, format: Format): string {
  switch (format) {
    case 'json':
      return renderJson(estimate);
    case 'markdown':
      return renderMarkdown(estimate);
    case 'table':
      return renderTable(estimate);
    case 'html':
      return renderEstimateHtml(estimate);
  }
}
