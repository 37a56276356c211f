/**
 * What each stack cost: Cost Explorer GetCostAndUsage over the period, filtered by the
 * CloudFormation stack tag (a cost allocation tag AWS adds to every resource a stack creates),
 * grouped by that tag and SERVICE, then by that tag and RECORD_TYPE (credits, refunds and taxes
 * explain part of a difference), UnblendedCost, every page (NextPageToken). Each request is billed
 * ($0.01): the command log counts them.
 */
import { CostExplorerClient, GetCostAndUsageCommand, type GetCostAndUsageCommandInput } from '@aws-sdk/client-cost-explorer';
import { Decimal } from '../money.js';
import type { ClientFactory } from '../scan/aws/clients.js';

export const STACK_TAG = 'aws:cloudformation:stack-name';
/** Cost Explorer is served from us-east-1 alone. */
const CE_REGION = 'us-east-1';

export interface Period {
  /** Inclusive, YYYY-MM-DD. */
  start: string;
  /** Exclusive, YYYY-MM-DD (Cost Explorer's convention). */
  end: string;
}

/** stack → group (SERVICE or RECORD_TYPE value) → USD. */
export type StackAmounts = Map<string, Map<string, Decimal>>;

export interface StackCosts {
  byService: StackAmounts;
  byRecordType: StackAmounts;
  /** Whether any result was an estimate (the month is not closed yet). */
  estimated: boolean;
}

export async function fetchStackCosts(clients: ClientFactory, stacks: string[], period: Period): Promise<StackCosts> {
  const client = clients.get(CostExplorerClient, CE_REGION);
  let estimated = false;
  const grouped = async (dimension: 'SERVICE' | 'RECORD_TYPE'): Promise<StackAmounts> => {
    const out: StackAmounts = new Map();
    let token: string | undefined;
    do {
      const input: GetCostAndUsageCommandInput = {
        TimePeriod: { Start: period.start, End: period.end },
        Granularity: 'MONTHLY',
        Metrics: ['UnblendedCost'],
        Filter: { Tags: { Key: STACK_TAG, Values: [...stacks].sort(), MatchOptions: ['EQUALS'] } },
        GroupBy: [
          { Type: 'TAG', Key: STACK_TAG },
          { Type: 'DIMENSION', Key: dimension },
        ],
        ...(token ? { NextPageToken: token } : {}),
      };
      const page = await client.send(new GetCostAndUsageCommand(input));
      for (const result of page.ResultsByTime ?? []) {
        if (result.Estimated) estimated = true;
        for (const group of result.Groups ?? []) {
          const [tag, key] = group.Keys ?? [];
          // Tag group keys read "aws:cloudformation:stack-name$NAME"; "…$" is cost without the tag.
          const stack = tag?.slice(tag.indexOf('$') + 1);
          const amount = group.Metrics?.UnblendedCost?.Amount;
          if (!stack || !key || amount === undefined) continue;
          const amounts = out.get(stack) ?? new Map<string, Decimal>();
          amounts.set(key, (amounts.get(key) ?? new Decimal(0)).plus(amount));
          out.set(stack, amounts);
        }
      }
      token = page.NextPageToken;
    } while (token);
    return out;
  };
  const byService = await grouped('SERVICE');
  const byRecordType = byService.size ? await grouped('RECORD_TYPE') : new Map();
  return { byService, byRecordType, estimated };
}
