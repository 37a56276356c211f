/**
 * The page shell every HTML report shares: one self-contained file. A Content-Security-Policy
 * forbids every fetch (default-src 'none'), so the report provably loads nothing at view time;
 * only the inline style and the inline script below are allowed.
 */
import { esc, jsonForScript } from './escape.js';
import { STYLES } from './styles.js';
import { CLIENT_SCRIPT } from './client-script.js';

export const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface PageParts {
  title: string;
  /** Already escaped HTML. */
  body: string;
  /** What the browser script reads (treemap cells' components); written as JSON, escaped for a script element. */
  data?: unknown;
}

export function htmlPage(parts: PageParts): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="cdk-cost">',
    `<title>${esc(parts.title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    parts.body,
    `<script type="application/json" id="cost-data">${jsonForScript(parts.data ?? {})}</script>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
