/**
 * The HTML report: one self-contained file per object — an Estimate, a Sweep, a Comparison, a Diff.
 * Each renderer reads only that object (as written by `--format json`), so a saved JSON file renders
 * the same report as a fresh run.
 */
export { renderEstimateHtml } from './estimate-page.js';
export { renderSweepHtml, renderComparisonHtml } from './load-pages.js';
export { renderDiffHtml } from './diff-view.js';
