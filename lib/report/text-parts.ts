/**
 * Lines shared by the text renderers: what the estimate assumed, and the status summary.
 */
import type { Estimate } from '../estimate/estimate-types.js';
import { freeTierAllowanceLines, freeTierStatus } from './free-tier-text.js';
import { summaryCounts } from './view.js';

export function assumptionsLines(estimate: Estimate): string[] {
  const regions = [...new Set(estimate.stacks.map((s) => s.region))].join(', ');
  const prices =
    estimate.prices.kind === 'snapshot'
      ? `price snapshot (AWS price data published up to ${estimate.prices.pricesAsOf})`
      : `AWS Price List API (live, as of ${estimate.prices.pricesAsOf})`;
  return [
    `cdk-cost estimate of ${estimate.source.path} (${estimate.source.kind})`,
    `Region${regions.includes(',') ? 's' : ''}: ${regions} · Prices: ${prices}, on-demand USD, 730 h/month · ` +
      `Free tier: ${freeTierStatus(estimate)}`,
    `Usage: ${estimate.usageFile ?? 'none given (usage-based components are listed as usage missing)'}`,
    ...freeTierAllowanceLines(estimate),
  ];
}

export function summaryLine(estimate: Estimate): string {
  return `Resources: ${estimate.summary.resources} — ${summaryCounts(estimate)}`;
}
