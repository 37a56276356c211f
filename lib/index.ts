/**
 * cdk-cost's public API (`import … from 'cdk-cost'`). CDK apps import from 'cdk-cost/cdk' instead:
 * that entry is light (Usage, Load, CostGuard).
 */
// Estimating. Every entry point takes the pricers it prices with: `new PricerRegistry()` holds all of them
// (`pricers: new PricerRegistry()`); build it once and pass the same one to every call.
export { PricerRegistry } from './resources/registry.js';
export type { Pricer, PricerContext, ComponentSpec, UsageKeyDefinition } from './resources/pricer.js';
export { runEstimate, type RunEstimateOptions, type EstimateRun } from './estimate/run-estimate.js';
export { estimateArchitecture, priceArchitecture, type EstimateOptions } from './estimate/estimate.js';
export type * from './estimate/estimate-types.js';
export { renderEstimate, FORMATS, type Format } from './report/render.js';
export { UserError } from './errors.js';

// Cost review: diff, PR comment, budgets
export { runDiff, type RunDiffOptions } from './diff/run-diff.js';
export { diffEstimates, type DiffSide } from './diff/diff-estimates.js';
export type * from './diff/diff-types.js';
export { renderDiff, DIFF_FORMATS, type DiffFormat } from './report/diff/render-diff.js';
export { renderEstimateHtml, renderSweepHtml, renderComparisonHtml, renderDiffHtml } from './report/html/render-html.js';
export { renderDiffMarkdown, type DiffMarkdownOptions } from './report/diff/render-diff-markdown.js';
export { checkBudgets, type BudgetInputs } from './budgets/check-budgets.js';
export { GitHubClient, type GitHubClientOptions } from './ci/github/github-client.js';
export { upsertComment, type CommentBehavior, type CommentTarget, type UpsertResult } from './ci/github/upsert-comment.js';
export { commentBody, commentMarker } from './ci/github/comment-body.js';

// Inside CDK apps
export { CostGuard, type CostGuardProps } from './cdk/cost-guard.js';

// Load that flows through the architecture: propagation, sweeps, comparisons
export { LoadContext } from './usage/load-context.js';
export { wireUsage, type UsageWiring, type UsageWiringOptions } from './usage/usage-wiring.js';
export { buildFlowGraph, type FlowGraph } from './graph/flow-graph.js';
export type { EdgeKind, FlowEdge } from './graph/edge-kind.js';
export { runLoadEstimate, estimateAt, type LoadRun } from './load/sweep/load-run.js';
export { runSweep, parseScales, type Sweep } from './load/sweep/sweep.js';
export { compareDesigns, type Comparison, type CompareSide } from './load/sweep/compare.js';
