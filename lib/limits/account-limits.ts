/**
 * Quotas shared by the whole account in a Region: Lambda concurrent executions (every function) and
 * the API Gateway throttle (every REST and HTTP API). Each resource's own finding says when it alone
 * would cross the quota; these sum the load of all of them in the estimate, per Region, and name the
 * contributors. The estimate does not know accounts: resources in one Region count as one account.
 * A sum is reported only where two or more resources add to it (one alone is its own finding).
 */
import type { ResourceCost } from '../estimate/estimate-types.js';
import { limitIn, type AppliedLimit, type LimitsCatalogue } from './catalogue.js';
import type { LimitFinding, UsageNumbers } from './limit-types.js';
import { peakPerSecond, round } from './load-math.js';
import { API_THROTTLE_AVOID } from './rules/apigateway-throttle.js';
import { LAMBDA_CONCURRENCY_AVOID, lambdaPeakConcurrency } from './rules/lambda-concurrency.js';

export interface Loaded {
  resource: ResourceCost;
  usage: UsageNumbers;
}

interface Share {
  resource: string;
  current: number;
}

const API_TYPES = ['AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api'];

export function accountFindings(loaded: Loaded[], catalogue: LimitsCatalogue, peakFactor: number): LimitFinding[] {
  const findings: LimitFinding[] = [];
  for (const region of new Set(loaded.map((l) => l.resource.region))) {
    const here = loaded.filter((l) => l.resource.region === region);
    const functions = here.flatMap((l): Share[] => {
      if (l.resource.type !== 'AWS::Lambda::Function') return [];
      const peak = lambdaPeakConcurrency(l.usage, peakFactor);
      return peak && peak.concurrency > 0 ? [{ resource: l.resource.path, current: peak.concurrency }] : [];
    });
    const apis = here.flatMap((l): Share[] => {
      const requests = l.usage.get('monthlyRequests');
      if (!API_TYPES.includes(l.resource.type) || !requests) return [];
      return [{ resource: l.resource.path, current: peakPerSecond(requests, peakFactor) }];
    });
    const concurrency = limitIn(catalogue, 'lambda.concurrent-executions', region);
    if (concurrency)
      findings.push(...summed('lambda-account-concurrency', region, concurrency, functions, 'concurrent', LAMBDA_CONCURRENCY_AVOID));
    const throttle = limitIn(catalogue, 'apigateway.throttle', region);
    if (throttle) findings.push(...summed('apigateway-account-throttle', region, throttle, apis, 'requests/s', API_THROTTLE_AVOID));
  }
  return findings;
}

function summed(rule: string, region: string, limit: AppliedLimit, shares: Share[], what: string, avoid: string): LimitFinding[] {
  if (shares.length < 2) return [];
  const ordered = [...shares].sort((a, b) => b.current - a.current || a.resource.localeCompare(b.resource));
  const current = ordered.reduce((sum, s) => sum + s.current, 0);
  const breaksAt = limit.value / current;
  const parts = ordered.map((s) => `${s.resource} ${round(s.current)}`).join(' + ');
  const load = `${round(current)} ${what} at peak in ${region}, all ${ordered.length} together: ${parts}`;
  return [
    {
      resource: `account in ${region}`,
      rule,
      limit,
      current,
      load,
      breaksAt,
      crossed: breaksAt <= 1,
      avoid,
      contributors: ordered,
    },
  ];
}
